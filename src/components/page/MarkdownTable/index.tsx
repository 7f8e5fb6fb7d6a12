import {
  Children,
  cloneElement,
  isValidElement,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** A table part as MDX renders it: a plain `thead`, `tbody`, `tr`, `th` or `td` element. */
type Part = ReactElement<{
  children?: ReactNode;
  colSpan?: number;
  'data-label'?: string;
}>;

const ROW_GROUPS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
const ROWS: ReadonlySet<string> = new Set(['tr']);
const CELLS: ReadonlySet<string> = new Set(['th', 'td']);

const isPart = (node: ReactNode, tags: ReadonlySet<string>): node is Part =>
  isValidElement(node) && typeof node.type === 'string' && tags.has(node.type);

const partsOf = (children: ReactNode, tags: ReadonlySet<string>): Part[] =>
  Children.toArray(children).filter((node): node is Part => isPart(node, tags));

const spanOf = (cell: Part): number => Math.max(1, Number(cell.props.colSpan) || 1);

/** The text a header cell shows (emphasis, code and links flattened), to label its column. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** Each column's name, from the first row of the table's header (none without a header). */
function columnLabels(sections: ReactNode): string[] {
  const head = partsOf(sections, ROW_GROUPS).find((section) => section.type === 'thead');
  const [firstRow] = partsOf(head?.props.children, ROWS);
  return partsOf(firstRow?.props.children, CELLS).flatMap((cell) => {
    const label = textOf(cell.props.children).replace(/\s+/g, ' ').trim();
    return Array<string>(spanOf(cell)).fill(label);
  });
}

/**
 * The table's parts with each body cell given its column's name in `data-label`, which the
 * stacked layout shows above the cell. Done while rendering, so the static HTML carries the
 * labels and the stacked layout needs no JavaScript. No ARIA roles are added: the W3C HTML
 * checker rejects roles on the cells of a native table, and Chromium and Firefox keep a
 * `display: block` table's semantics (checked in Chromium's accessibility tree by
 * tests/e2e/phone-tables.spec.ts).
 */
function withColumnLabels(sections: ReactNode, labels: readonly string[]): ReactNode {
  return Children.map(sections, (section) => {
    if (!isPart(section, ROW_GROUPS) || section.type === 'thead') return section;
    const rows = Children.map(section.props.children, (row) => {
      if (!isPart(row, ROWS)) return row;
      let column = 0;
      const cells = Children.map(row.props.children, (cell) => {
        if (!isPart(cell, CELLS)) return cell;
        const label = labels[column];
        column += spanOf(cell);
        return cell.type === 'td' && label ? cloneElement(cell, {'data-label': label}) : cell;
      });
      return cloneElement(row, {}, cells);
    });
    return cloneElement(section, {}, rows);
  });
}

/**
 * A Markdown table. On a phone it stacks (the shared `site-stacked-table` style in custom.css):
 * each row a block titled by its first cell, each other cell labelled with its column's name.
 * Should a table still be wider than the page, the box around it scrolls sideways, and only then
 * becomes a labelled region that the keyboard can reach, with a visible hint, so keyboard and
 * screen-reader users can scroll it too; a table that fits stays as it is.
 */
export default function MarkdownTable({
  children,
  className,
  ...props
}: ComponentProps<'table'>): ReactNode {
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
        <table {...props} className={clsx('site-stacked-table', className)}>
          {withColumnLabels(children, columnLabels(children))}
        </table>
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
