import {describe, expect, it} from 'vitest';
import {blockingBySource} from '../../scripts/lib/blockingBySource.mjs';

const PAGE = 'http://127.0.0.1:3311/quy-trinh/chuan-bi';

/** The parts of a Lighthouse result the split reads. */
function result(
  firstPaint: number,
  tasks: {url: string; startTime: number; duration: number}[],
  interactive = 10_000,
) {
  return {
    finalDisplayedUrl: PAGE,
    audits: {
      'first-contentful-paint': {numericValue: firstPaint},
      interactive: {numericValue: interactive},
      'long-tasks': {details: {items: tasks}},
    },
  };
}

describe('blockingBySource', () => {
  it('counts each task’s time beyond 50 ms for the page’s HTML or for scripts', () => {
    const figures = blockingBySource(
      result(1000, [
        {url: PAGE, startTime: 1200, duration: 150},
        {url: 'http://127.0.0.1:3311/assets/js/main.1a2b3c4d.js', startTime: 2000, duration: 300},
        {
          url: 'http://127.0.0.1:3311/assets/js/17896441.9f8e.js?v=2',
          startTime: 2400,
          duration: 80,
        },
        {url: 'Unattributable', startTime: 1500, duration: 200},
      ]),
    );
    expect(figures).toEqual({document: 100, scripts: 250 + 30});
  });

  it('counts only the part of a task between first paint and interactive, as Lighthouse does', () => {
    const figures = blockingBySource(
      result(
        1000,
        [
          {url: PAGE, startTime: 900, duration: 160},
          {url: PAGE, startTime: 500, duration: 300},
          {url: 'http://127.0.0.1:3311/assets/js/main.1a2b3c4d.js', startTime: 2900, duration: 200},
          {url: 'http://127.0.0.1:3311/assets/js/main.1a2b3c4d.js', startTime: 3100, duration: 90},
        ],
        3000,
      ),
    );
    expect(figures).toEqual({document: 10, scripts: 50});
  });

  it('treats the page address with a closing slash as the page, and gives zero without long tasks', () => {
    expect(blockingBySource(result(0, [{url: `${PAGE}/`, startTime: 0, duration: 70}]))).toEqual({
      document: 20,
      scripts: 0,
    });
    expect(blockingBySource(result(0, []))).toEqual({document: 0, scripts: 0});
  });
});
