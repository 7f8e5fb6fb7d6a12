import {act, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import ScrollableTable from '@site/src/components/ScrollableTable';

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
    <ScrollableTable>
      <tbody>
        <tr>
          <td>Ô</td>
        </tr>
      </tbody>
    </ScrollableTable>,
  );
}

describe('ScrollableTable', () => {
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
