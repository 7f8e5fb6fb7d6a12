import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {CHECKLIST_ANCHOR, CHECKLISTS} from '@site/src/data/checklists';
import {CHECKLIST_PROGRESS_TEXT} from '@site/src/data/checklistProgressText';
import {PHASES} from '@site/src/data/process';
import {numberedPhaseTitle} from '@site/src/data/processText';
import {progressOf} from '@site/src/utils/checklistProgress';
import {useSavedChecklistProgress} from '../useSavedChecklistProgress';
import StoredDataNotice from '../StoredDataNotice';

/**
 * For the process overview: how far the reader's team is through each phase's checklist, in
 * words, each linking to that checklist. The server renders "0 of n", the browser's saved
 * ticks replace it after hydration.
 */
export default function ChecklistProgressSummary(): ReactNode {
  const {done, error: problem} = useSavedChecklistProgress();
  return (
    <>
      <StoredDataNotice error={problem} />
      <ul aria-label={CHECKLIST_PROGRESS_TEXT.summaryLabel}>
        {PHASES.map((phase) => {
          const {done: count, total} = progressOf(done, CHECKLISTS[phase.id]);
          return (
            <li key={phase.id}>
              <Link to={`${phase.path}#${CHECKLIST_ANCHOR}`}>{numberedPhaseTitle(phase.id)}</Link>
              {CHECKLIST_PROGRESS_TEXT.separator}
              {CHECKLIST_PROGRESS_TEXT.progress(count, total)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
