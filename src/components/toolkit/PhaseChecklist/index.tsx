import {useId, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {CHECKLISTS} from '@site/src/data/checklists';
import {CHECKLIST_ITEM_TEXT} from '@site/src/data/checklistsText';
import {CHECKLIST_PROGRESS_TEXT} from '@site/src/data/checklistProgressText';
import {PHASE_CHECKLIST_TEXT} from '@site/src/data/phaseChecklistInterfaceText';
import type {PhaseId} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';
import {
  progressOf,
  saveChecklistProgress,
  toggled,
  type ChecklistProgress,
} from '@site/src/utils/checklistProgress';
import {useSavedChecklistProgress} from '../useSavedChecklistProgress';
import StoredDataNotice from '../StoredDataNotice';
import type {StoredDataError} from '@site/src/utils/versionedStorage';
import {printPart} from '@site/src/utils/printPart';
import styles from './styles.module.css';

/**
 * A phase's checklist as native checkboxes, ticks kept in the browser, with a printable
 * sign-off sheet. The server renders every item unticked, so without JavaScript it reads as
 * the plain list; saved ticks are read after hydration.
 */
export default function PhaseChecklist({phase}: {phase: PhaseId}): ReactNode {
  const id = useId();
  const items = CHECKLISTS[phase];
  const interactive = useIsBrowser();
  const loaded = useSavedChecklistProgress();
  const [edited, setEdited] = useState<ChecklistProgress | null>(null);
  const [saveProblem, setSaveProblem] = useState<StoredDataError | null>(null);
  const done = edited ?? loaded.done;
  const problem = saveProblem ?? (edited ? null : loaded.error);

  const update = (next: ChecklistProgress): void => {
    setEdited(next);
    setSaveProblem(saveChecklistProgress(window.localStorage, next));
  };

  // Reset clears only this phase's ticks: the other phases' progress stays saved.
  const reset = (): void =>
    update(new Set([...done].filter((item) => !(items as readonly string[]).includes(item))));

  const {done: count, total} = progressOf(done, items);
  return (
    <section className={styles.checklist} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className={styles.title}>
        {PHASE_CHECKLIST_TEXT.title(PHASE_TEXT[phase].title)}
      </p>
      <StoredDataNotice error={problem} />
      <ul className={styles.items}>
        {items.map((item) => (
          <li key={item}>
            <label className={styles.item}>
              <input
                type="checkbox"
                name={item}
                checked={done.has(item)}
                disabled={!interactive}
                onChange={(event) => update(toggled(done, item, event.target.checked))}
              />
              <span>{CHECKLIST_ITEM_TEXT[item]}</span>
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className={styles.summary}>
        {CHECKLIST_PROGRESS_TEXT.progress(count, total)}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary"
          disabled={!interactive || count === 0}
          onClick={reset}
        >
          {PHASE_CHECKLIST_TEXT.reset}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={!interactive}
          onClick={() => printPart('sign-off')}
        >
          {PHASE_CHECKLIST_TEXT.print}
        </button>
      </div>
      <table className={styles.signOff}>
        <caption>{PHASE_CHECKLIST_TEXT.signOff.caption(PHASE_TEXT[phase].title)}</caption>
        <thead>
          <tr>
            <th scope="col">{PHASE_CHECKLIST_TEXT.signOff.item}</th>
            <th scope="col">{PHASE_CHECKLIST_TEXT.signOff.status}</th>
            <th scope="col">{PHASE_CHECKLIST_TEXT.signOff.owner}</th>
            <th scope="col">{PHASE_CHECKLIST_TEXT.signOff.date}</th>
            <th scope="col">{PHASE_CHECKLIST_TEXT.signOff.signature}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item}>
              <th scope="row">{CHECKLIST_ITEM_TEXT[item]}</th>
              <td>
                {done.has(item)
                  ? PHASE_CHECKLIST_TEXT.signOff.done
                  : PHASE_CHECKLIST_TEXT.signOff.open}
              </td>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
