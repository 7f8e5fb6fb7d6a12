import {useMemo} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {loadChecklistProgress, type LoadedProgress} from '@site/src/utils/checklistProgress';

// Shared by the phase checklist and the overview's progress summary, in a module of its own
// so that the overview does not load the checklist component.

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
