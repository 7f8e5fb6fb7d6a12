import type {ComponentType} from 'react';
import * as runtime from 'react/jsx-runtime';
import {evaluate} from '@mdx-js/mdx';
// The GitHub-flavoured Markdown plugin Docusaurus itself compiles tables with (@docusaurus/mdx-loader).
import remarkGfm from 'remark-gfm';
import {act, render, screen, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {renderToString} from './serverRender';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import PhaseStakeholdersTable from '@site/src/components/stakeholders/PhaseStakeholdersTable';
import RolesByPhaseTable from '@site/src/components/stakeholders/RolesByPhaseTable';

/** jsdom has no layout: stand in for the browser's measurements and its ResizeObserver. */
let report: () => void = () => {};
let widths = {scroll: 0, client: 0};

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        report = callback;
      }
      observe() {
        report();
      }
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(() => widths.scroll);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => widths.client);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderTable() {
  render(
    <MarkdownTable>
      <tbody>
        <tr>
          <td>Ô</td>
        </tr>
      </tbody>
    </MarkdownTable>,
  );
}

describe('MarkdownTable', () => {
  it('leaves a table that fits alone: no extra tab stop, no hint', () => {
    widths = {scroll: 600, client: 700};
    renderTable();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByText(/kéo ngang/)).not.toBeInTheDocument();
  });

  it('makes a table wider than the page a labelled region the keyboard reaches, with a hint', () => {
    widths = {scroll: 900, client: 358};
    renderTable();
    const region = screen.getByRole('region', {name: 'Bảng rộng, cuộn ngang để xem hết các cột'});
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('table'));
    expect(screen.getByText(/kéo ngang/)).toBeVisible();
  });

  it('follows the layout when the window is resized', () => {
    widths = {scroll: 900, client: 358};
    renderTable();
    expect(screen.getByRole('region')).toBeInTheDocument();
    widths = {scroll: 900, client: 1200};
    act(() => report());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

/** A page's Markdown compiled as Docusaurus does, its tables drawn by MarkdownTable. */
async function compiled(markdown: string): Promise<ComponentType> {
  const {default: Content} = await evaluate(markdown, {...runtime, remarkPlugins: [remarkGfm]});
  return function Page() {
    return <Content components={{table: MarkdownTable}} />;
  };
}

const GLOSSARY = [
  '| Thuật ngữ | Thuật ngữ tiếng **Anh** | Định nghĩa |',
  '| --------- | ----------------------- | ---------- |',
  '| quy trình | <span lang="en">process</span> | Chuỗi bốn giai đoạn |',
  '| giai đoạn | `phase` | Một trong bốn phần lớn |',
].join('\n');

const GLOSSARY_HEADERS = ['Thuật ngữ', 'Thuật ngữ tiếng Anh', 'Định nghĩa'];

/** Every body cell carries the text of the header above it; returns the labels row by row. */
function expectCellsLabelledByTheirHeader(table: HTMLTableElement): (string | null)[][] {
  const headers = Array.from(table.tHead!.rows[0]!.cells, (cell) => cell.textContent!.trim());
  const labels = Array.from(table.tBodies[0]!.rows, (row) =>
    Array.from(row.cells, (cell) => cell.getAttribute('data-label')),
  );
  for (const row of Array.from(table.tBodies[0]!.rows)) {
    Array.from(row.cells).forEach((cell, column) => {
      if (cell.tagName === 'TD') expect(cell).toHaveAttribute('data-label', headers[column]);
    });
  }
  return labels;
}

describe('MarkdownTable on a phone: stacked, labeled, still a table', () => {
  it("labels each body cell with its column's header, as MDX renders the table", async () => {
    const Page = await compiled(GLOSSARY);
    render(<Page />);
    const table = screen.getByRole<HTMLTableElement>('table');
    expect(expectCellsLabelledByTheirHeader(table)).toEqual([GLOSSARY_HEADERS, GLOSSARY_HEADERS]);
    expect(table).toHaveClass('site-stacked-table');
  });

  it('keeps the native table markup, with no ARIA role the HTML checker would reject', async () => {
    const Page = await compiled(GLOSSARY);
    const {container} = render(<Page />);
    expect(container.querySelectorAll('[role]:not([role="region"])')).toHaveLength(0);
    const table = screen.getByRole<HTMLTableElement>('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(GLOSSARY_HEADERS);
    expect(table.querySelectorAll('tbody td')).toHaveLength(6);
  });

  it('puts the labels in the static HTML, so stacking needs no JavaScript', async () => {
    const Page = await compiled(GLOSSARY);
    const html = renderToString(<Page />);
    expect(html).toContain('<td data-label="Thuật ngữ tiếng Anh"><span lang="en">');
    expect(html).toContain('<td data-label="Định nghĩa">Chuỗi bốn giai đoạn</td>');
    expect(html).toMatch(/<th>Thuật ngữ tiếng <strong>Anh<\/strong><\/th>/);
  });

  it('spreads a wide header over its columns, skips header cells in the body, and leaves no empty label', () => {
    render(
      <MarkdownTable>
        <thead>
          <tr>
            <th>Khía cạnh</th>
            <th colSpan={2}>Mức</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>Dữ liệu</th>
            <td>1</td>
            <td>3</td>
            <td>Cao</td>
          </tr>
        </tbody>
      </MarkdownTable>,
    );
    const cells = screen.getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Mức', 'Mức', null]);
  });

  it('labels nothing in a table without a header row', () => {
    renderTable();
    expect(screen.getByRole('cell')).not.toHaveAttribute('data-label');
  });
});

describe('the stakeholder tables stack with the same style', () => {
  it.each([
    ['PhaseStakeholdersTable', () => <PhaseStakeholdersTable phase="assess" />],
    ['RolesByPhaseTable', () => <RolesByPhaseTable />],
  ])('%s labels each cell with its column, with a row header per row', (_, Table) => {
    render(<Table />);
    const table = screen.getByRole<HTMLTableElement>('table');
    expect(table).toHaveClass('site-stacked-table');
    expect(expectCellsLabelledByTheirHeader(table).flat().length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(table.tBodies[0]!.rows.length);
  });
});
