import {useDeferredValue, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

/**
 * The phone menu, drawn as a low-priority update. Docusaurus draws it as soon as the page has
 * hydrated and found the window narrow, in one uninterruptible task that on a phone blocks the
 * page for a couple of hundred milliseconds (the menu is the whole site's table of contents).
 * Deferring the value lets React draw it in small slices that yield to the reader's input, while
 * a tap on the menu button (which sets `shown`) still draws it at once.
 */
export default function NavbarMobileSidebarDeferred(): ReactNode {
  const {shouldRender, shown} = useNavbarMobileSidebar();
  const deferredShouldRender = useDeferredValue(shouldRender);
  if (!deferredShouldRender && !shown) return null;
  return <NavbarMobileSidebar />;
}
