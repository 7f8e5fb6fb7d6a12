import {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * A Markdown table in a box that scrolls sideways when the table is wider than the page.
 * Only then does the box become a labelled region that the keyboard can reach, with a visible
 * hint, so keyboard and screen-reader users can scroll it too; a table that fits stays as it is.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // The observer reports the box's size once at once and again whenever the layout changes.
    const observer = new ResizeObserver(() => {
      setScrolls(element.scrollWidth > element.clientWidth + 1);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const region = scrolls
    ? {
        role: 'region',
        tabIndex: 0,
        'aria-label': translate({
          id: 'scrollableTable.label',
          message: 'Bảng rộng, cuộn ngang để xem hết các cột',
          description: 'Accessible name of a table box that scrolls sideways',
        }),
      }
    : {};

  return (
    <div className={styles.wrapper}>
      <div ref={box} className={styles.scroller} {...region}>
        <table {...props} />
      </div>
      {scrolls && (
        <p className={styles.hint} aria-hidden="true">
          <Translate
            id="scrollableTable.hint"
            description="Visible hint under a table that scrolls sideways"
          >
            Bảng rộng hơn màn hình: kéo ngang, hoặc chọn bảng rồi dùng phím mũi tên, để xem hết.
          </Translate>
        </p>
      )}
    </div>
  );
}
