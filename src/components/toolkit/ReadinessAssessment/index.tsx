import {useId, useMemo, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import {
  DIMENSION_IDS,
  DIMENSIONS,
  MATURITY_LEVELS,
  isMaturityLevel,
  type MaturityLevel,
  type QuestionId,
} from '@site/src/data/assessment';
import {
  DIMENSION_TEXT,
  EXPORT_COLUMNS,
  LEVEL_TEXT,
  QUESTION_TEXT,
} from '@site/src/data/assessmentText';
import {READINESS_ASSESSMENT_TEXT as TEXT} from '@site/src/data/readinessAssessmentInterfaceText';
import {
  AssessmentImportError,
  assessmentCsv,
  exportJson,
  encodeShareCode,
  importJson,
  SHARE_PARAMETER,
  shareCodeFromQuery,
} from '@site/src/utils/assessmentExchange';
import {
  EMPTY_ASSESSMENT,
  loadAssessment,
  saveAssessment,
  withSavedRun,
  type AssessmentState,
} from '@site/src/utils/assessmentStorage';
import type {Target} from '@site/src/utils/assessmentScoring';
import {downloadText} from '@site/src/utils/download';
import type {StoredDataError} from '@site/src/utils/versionedStorage';
import StoredDataNotice from '../StoredDataNotice';
import {importMessage} from './messages';
import Results from './Results';
import SavedRuns from './SavedRuns';
import {printPart} from '@site/src/utils/printPart';
import styles from './styles.module.css';

/** The target the form proposes until the reader picks one: the scale's "Established". */
export const DEFAULT_TARGET: MaturityLevel = 3;

/** A button of the tool's action row, usable once the page has hydrated. */
function Action({
  primary = false,
  enabled,
  onClick,
  children,
}: {
  primary?: boolean;
  enabled: boolean;
  onClick: () => void;
  children: ReactNode;
}): ReactNode {
  return (
    <button
      type="button"
      className={clsx('button', primary ? 'button--primary' : 'button--secondary')}
      disabled={!enabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

interface Opening {
  readonly state: AssessmentState;
  /** Saved data that could not be used. */
  readonly problem: StoredDataError | null;
  /** A share link that could not be read. */
  readonly alert: string | null;
  readonly status: string | null;
}

const SERVER_START: Opening = {state: EMPTY_ASSESSMENT, problem: null, alert: null, status: null};

/**
 * What the page opens with in the browser: the saved answers, replaced by a shared result when
 * the address carries one. A damaged link is reported and the saved answers shown instead.
 */
function openAssessment(storage: Storage, search: string): Opening {
  const loaded = loadAssessment(storage);
  try {
    const shared = shareCodeFromQuery(search);
    if (!shared) return {state: loaded.state, problem: loaded.error, alert: null, status: null};
    return {
      state: {...loaded.state, answers: shared.answers, target: shared.target},
      problem: loaded.error,
      alert: null,
      status: TEXT.share.opened,
    };
  } catch (error) {
    if (!(error instanceof AssessmentImportError)) throw error;
    return {
      state: loaded.state,
      problem: loaded.error,
      alert: importMessage(error.problem),
      status: null,
    };
  }
}

/**
 * The readiness self-assessment. The server renders every question with its four levels as a
 * native radio group, and the empty results, so the page reads as a printed questionnaire
 * without JavaScript; the browser then restores saved answers, or a result shared by link.
 */
export default function ReadinessAssessment(): ReactNode {
  const id = useId();
  const {i18n} = useDocusaurusContext();
  const interactive = useIsBrowser();
  const initial = useMemo(
    () =>
      interactive ? openAssessment(window.localStorage, window.location.search) : SERVER_START,
    [interactive],
  );
  const [edited, setEdited] = useState<AssessmentState | null>(null);
  const [saveProblem, setSaveProblem] = useState<StoredDataError | null>(null);
  // undefined: the reader has not acted yet, so the messages from opening the page stand.
  const [alert, setAlert] = useState<string | null | undefined>(undefined);
  const [status, setStatus] = useState<string | null | undefined>(undefined);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const state = edited ?? initial.state;
  const problem = saveProblem ?? (edited ? null : initial.problem);
  const shownAlert = alert === undefined ? initial.alert : alert;
  const shownStatus = status === undefined ? initial.status : status;

  const update = (next: AssessmentState): void => {
    setEdited(next);
    setSaveProblem(saveAssessment(window.localStorage, next));
  };

  const target: Target = state.target ?? DEFAULT_TARGET;
  const chosenTarget = typeof target === 'number' ? String(target) : 'custom';

  const answer = (question: QuestionId, level: MaturityLevel): void =>
    update({...state, answers: {...state.answers, [question]: level}});

  const exportFile = {answers: state.answers, target};

  const importFile = async (file: File): Promise<void> => {
    try {
      const imported = importJson(await file.text());
      update({...state, answers: imported.answers, target: imported.target});
      setAlert(null);
      setStatus(TEXT.imported);
    } catch (error) {
      if (!(error instanceof AssessmentImportError)) throw error;
      setAlert(importMessage(error.problem));
    }
  };

  const copyShareLink = async (): Promise<void> => {
    const url = new URL(window.location.href);
    url.hash = '';
    url.searchParams.set(SHARE_PARAMETER, encodeShareCode(exportFile));
    setShareUrl(url.toString());
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus(TEXT.share.copied);
    } catch {
      setStatus(TEXT.share.copyFailed);
    }
  };

  return (
    <div className={styles.assessment}>
      <StoredDataNotice error={problem} />
      {shownAlert && (
        <div role="alert" className="alert alert--danger margin-bottom--md">
          {shownAlert}
        </div>
      )}
      <p role="status" className={styles.status}>
        {shownStatus}
      </p>

      <form className={styles.questions} onSubmit={(event) => event.preventDefault()}>
        {DIMENSION_IDS.map((dimension) => (
          <section
            key={dimension}
            className={styles.dimension}
            aria-labelledby={`readiness-${dimension}`}
          >
            <Heading as="h3" id={`readiness-${dimension}`}>
              {DIMENSION_TEXT[dimension].name}
            </Heading>
            <p>{DIMENSION_TEXT[dimension].question}</p>
            {DIMENSIONS[dimension].questions.map((question: QuestionId) => (
              <fieldset key={question} className={styles.question}>
                <legend>{QUESTION_TEXT[question].prompt}</legend>
                {MATURITY_LEVELS.map((level) => (
                  <label key={level} className={styles.level}>
                    <input
                      type="radio"
                      name={`${id}-${question}`}
                      value={level}
                      checked={state.answers[question] === level}
                      disabled={!interactive}
                      onChange={() => answer(question, level)}
                    />
                    <span>
                      <strong>{TEXT.level.label(level, LEVEL_TEXT[level].name)}</strong>{' '}
                      {QUESTION_TEXT[question].levels[level - 1]}
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
          </section>
        ))}

        <div className={styles.target}>
          <label htmlFor={`${id}-target`}>{TEXT.target.label}</label>
          <select
            id={`${id}-target`}
            value={chosenTarget}
            disabled={!interactive}
            onChange={(event) => {
              const level = Number(event.target.value);
              if (isMaturityLevel(level)) update({...state, target: level});
            }}
          >
            {chosenTarget === 'custom' && <option value="custom">{TEXT.target.custom}</option>}
            {MATURITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {TEXT.level.name(level, LEVEL_TEXT[level].name)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <Results answers={state.answers} target={target} locale={i18n.currentLocale} />

      <div className={styles.actions}>
        <Action
          enabled={interactive}
          onClick={() => {
            update({...state, answers: {}, target: null});
            setShareUrl(null);
            setStatus(TEXT.reset.done);
          }}
        >
          {TEXT.reset.button}
        </Action>
        <Action
          enabled={interactive}
          onClick={() =>
            downloadText(exportJson(exportFile, new Date()), TEXT.json.fileName, 'application/json')
          }
        >
          {TEXT.json.export}
        </Action>
        <Action enabled={interactive} onClick={() => fileInput.current?.click()}>
          {TEXT.json.import}
        </Action>
        <input
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={TEXT.json.fileLabel}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <Action
          enabled={interactive}
          onClick={() =>
            downloadText(
              assessmentCsv(state.answers, {
                columns: EXPORT_COLUMNS,
                dimensions: DIMENSION_TEXT,
                questions: QUESTION_TEXT,
                levels: LEVEL_TEXT,
              }),
              TEXT.csv.fileName,
              'text/csv;charset=utf-8',
            )
          }
        >
          {TEXT.csv.export}
        </Action>
        <Action enabled={interactive} onClick={() => printPart('assessment-report')}>
          {TEXT.print}
        </Action>
        <Action primary enabled={interactive} onClick={() => void copyShareLink()}>
          {TEXT.share.button}
        </Action>
      </div>
      {shareUrl && (
        <p className={styles.share}>
          <label htmlFor={`${id}-share`}>{TEXT.share.label}</label>
          <input id={`${id}-share`} type="text" readOnly value={shareUrl} />
        </p>
      )}

      <SavedRuns
        state={state}
        interactive={interactive}
        locale={i18n.currentLocale}
        onSave={(name) => {
          update(withSavedRun(state, name, new Date()));
          setStatus(TEXT.runs.saved);
        }}
      />
    </div>
  );
}
