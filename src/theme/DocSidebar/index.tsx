import {useDeferredValue, type ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar';

/**
 * The guide's sidebar: the desktop column, or on a narrow window the same tree inside the phone
 * menu. Docusaurus's own component, with one change: the switch from the server-rendered desktop
 * column to the phone menu's copy, which happens right after the page has hydrated on a phone,
 * is a deferred (transition) update. React then does it in small slices that yield to the
 * reader, instead of in the single long task that made the guide's pages slower to respond on a
 * phone than the stock site's (the guide's sidebar is much larger than the stock one).
 */
export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useDeferredValue(useWindowSize());
  // The desktop column is visible on hydration, so the server renders it.
  const showDesktop = windowSize === 'desktop' || windowSize === 'ssr';
  const showMobile = windowSize === 'mobile';
  return (
    <>
      {showDesktop && <DocSidebarDesktop {...props} />}
      {showMobile && <DocSidebarMobile {...props} />}
    </>
  );
}
