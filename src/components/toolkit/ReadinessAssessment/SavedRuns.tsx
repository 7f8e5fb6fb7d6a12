import {useId, useState, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import {DIMENSION_TEXT} from '@site/src/data/assessmentText';
import {READINESS_ASSESSMENT_TEXT as TEXT} from '@site/src/data/readinessAssessmentInterfaceText';
import type {AssessmentState} from '@site/src/utils/assessmentStorage';
import {compareRuns} from '@site/src/utils/assessmentScoring';
import {formatScore} from './format';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import styles from './styles.module.css';

function changeWords(change: number | null, locale: string): string {
  if (change === null) return '–';
  if (Math.abs(change) < 1e-9) {
    return TEXT.runs.unchanged;
  }
  const amount = formatScore(Math.abs(change), locale);
  return change > 0 ? TEXT.runs.up(amount) : TEXT.runs.down(amount);
}

/** Saving the current answers as a named run, and comparing any saved run with them. */
export default function SavedRuns({
  state,
  interactive,
  locale,
  onSave,
}: {
  state: AssessmentState;
  interactive: boolean;
  locale: string;
  onSave: (name: string) => void;
}): ReactNode {
  const id = useId();
  const [name, setName] = useState('');
  const [compared, setCompared] = useState('');
  const run = compared === '' ? undefined : state.runs[Number(compared)];
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'vi-VN', {
    dateStyle: 'medium',
  });
  return (
    <section className={styles.runs} aria-labelledby={`${id}-title`}>
      <Heading as="h3" id={`${id}-title`}>
        {TEXT.runs.title}
      </Heading>
      <form
        className={styles.runForm}
        onSubmit={(event) => {
          event.preventDefault();
          onSave(name.trim() === '' ? dateFormat.format(new Date()) : name);
          setName('');
        }}
      >
        <label htmlFor={`${id}-name`}>{TEXT.runs.name}</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={!interactive}>
          {TEXT.runs.save}
        </button>
      </form>
      {state.runs.length > 0 && (
        <>
          <label htmlFor={`${id}-compare`}>{TEXT.runs.compare}</label>{' '}
          <select
            id={`${id}-compare`}
            value={compared}
            onChange={(event) => setCompared(event.target.value)}
          >
            <option value="">{TEXT.runs.choose}</option>
            {state.runs.map((saved, index) => (
              <option key={`${saved.savedAt}-${index}`} value={index}>
                {`${saved.name} (${dateFormat.format(new Date(saved.savedAt))})`}
              </option>
            ))}
          </select>
        </>
      )}
      {run && (
        <MarkdownTable className={styles.resultsTable}>
          <caption>{TEXT.runs.caption(run.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{TEXT.dimension}</th>
              <th scope="col">{TEXT.runs.before}</th>
              <th scope="col">{TEXT.runs.after}</th>
              <th scope="col">{TEXT.runs.change}</th>
            </tr>
          </thead>
          <tbody>
            {compareRuns(run.answers, state.answers).map(({dimension, before, after, change}) => (
              <tr key={dimension}>
                <th scope="row">{DIMENSION_TEXT[dimension].name}</th>
                <td>{formatScore(before, locale)}</td>
                <td>{formatScore(after, locale)}</td>
                <td>{changeWords(change, locale)}</td>
              </tr>
            ))}
          </tbody>
        </MarkdownTable>
      )}
    </section>
  );
}
