import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {CHECKLIST_ANCHOR, CHECKLISTS} from '@site/src/data/checklists';
import {PHASES} from '@site/src/data/process';
import {numberedPhaseTitle} from '@site/src/data/processText';
import {progressOf} from '@site/src/utils/checklistProgress';
import {progressWords, useSavedChecklistProgress} from '../useSavedChecklistProgress';
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
      <ul
        aria-label={translate({
          id: 'checklistProgressSummary.label',
          message: 'Tiến độ danh sách kiểm tra theo giai đoạn',
        })}
      >
        {PHASES.map((phase) => {
          const {done: count, total} = progressOf(done, CHECKLISTS[phase.id]);
          return (
            <li key={phase.id}>
              <Translate
                id="checklistProgressSummary.phase"
                values={{
                  phase: (
                    <Link to={`${phase.path}#${CHECKLIST_ANCHOR}`}>
                      {numberedPhaseTitle(phase.id)}
                    </Link>
                  ),
                  progress: progressWords(count, total),
                }}
              >
                {'{phase}: {progress}'}
              </Translate>
            </li>
          );
        })}
      </ul>
    </>
  );
}
