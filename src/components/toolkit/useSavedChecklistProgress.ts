import {useMemo} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {loadChecklistProgress, type LoadedProgress} from '@site/src/utils/checklistProgress';

// Shared by the phase checklist and the overview's progress summary, in a module of its own
// so that the overview does not load the checklist component.

/** "3 of 9 done", in words: what the summary and the process overview say. */
export function progressWords(done: number, total: number): string {
  return translate(
    {id: 'phaseChecklist.progress', message: 'Đã xong {done} trên {total} mục'},
    {done, total},
  );
}

const NOTHING_SAVED: LoadedProgress = {done: new Set(), error: null};

/**
 * The ticks saved in the browser, read after hydration: the server and the hydrating render
 * show every item unticked, so the markup matches.
 */
export function useSavedChecklistProgress(): LoadedProgress {
  const isBrowser = useIsBrowser();
  return useMemo(
    () => (isBrowser ? loadChecklistProgress(window.localStorage) : NOTHING_SAVED),
    [isBrowser],
  );
}
