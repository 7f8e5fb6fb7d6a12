import {memo, useDeferredValue, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

type Menu = Pick<Props, 'sidebar' | 'path'>;

/**
 * The guide's tree inside the phone menu; a tap on a page closes the menu. The menu's filler
 * hands it over in an effect, an update React would draw in one uninterruptible task right
 * after the page starts; the tree is therefore drawn as a deferred update, in slices that give
 * way to the reader, and is there long before a reader opens the menu.
 */
function DocSidebarMobileMenu({menu}: {menu: Menu}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  const drawn = useDeferredValue<Menu | null>(menu, null);
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      {drawn && (
        <DocSidebarItems
          items={drawn.sidebar}
          activePath={drawn.path}
          onItemClick={(item) => {
            if (item.type === 'link' || (item.type === 'category' && item.href)) {
              mobileSidebar.toggle();
            }
          }}
          level={1}
        />
      )}
    </ul>
  );
}

/**
 * Docusaurus's component, with one change: the menu filler gets a single prop, the sidebar and
 * path memoized together. The filler sorts its props' names with `localeCompare` to memoize
 * them, and the first `localeCompare` on a page loads the browser's collation data, about 12 ms
 * of a phone page's start-up measured in Chromium (four times that on Lighthouse's phone); with
 * one name there is nothing to compare.
 */
function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileMenu} props={{menu}} />;
}

export default memo(DocSidebarMobile);
