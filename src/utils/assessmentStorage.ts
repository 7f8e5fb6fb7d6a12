import {
  DIMENSION_IDS,
  isDimensionId,
  isMaturityLevel,
  isQuestionId,
  type DimensionId,
  type MaturityLevel,
} from '../data/assessment';
import type {Answers, Target} from './assessmentScoring';
import {
  isRecord,
  readVersioned,
  removeVersioned,
  writeVersioned,
  type StorageLike,
  type StoredDataError,
} from './versionedStorage';

/**
 * The readiness self-assessment as the browser keeps it: the answers in progress, the target
 * the reader chose, and earlier runs saved for comparison. Version 1 of the stored shape;
 * when questions are renamed or removed, raise the version and read the old one explicitly.
 */
export const ASSESSMENT_STORAGE_KEY = 'ai-coe-playbook:readiness-assessment';
export const ASSESSMENT_SCHEMA_VERSION = 1;

/** Saved runs kept at most; saving another drops the oldest. */
export const MAX_SAVED_RUNS = 12;
const MAX_RUN_NAME_LENGTH = 120;

export interface SavedRun {
  readonly name: string;
  /** When it was saved, as an ISO 8601 timestamp. */
  readonly savedAt: string;
  readonly answers: Answers;
}

export interface AssessmentState {
  readonly answers: Answers;
  readonly target: Target | null;
  /** Oldest first. */
  readonly runs: readonly SavedRun[];
}

export const EMPTY_ASSESSMENT: AssessmentState = {answers: {}, target: null, runs: []};

/** Answers exactly as the guide writes them, or null: unknown questions and levels are refused. */
export function parseAnswers(value: unknown): Answers | null {
  if (!isRecord(value)) return null;
  const answers: Answers = {};
  for (const [question, level] of Object.entries(value)) {
    if (!isQuestionId(question) || !isMaturityLevel(level)) return null;
    answers[question] = level;
  }
  return answers;
}

export function parseTarget(value: unknown): Target | null | undefined {
  if (value === null) return null;
  if (isMaturityLevel(value)) return value;
  if (!isRecord(value)) return undefined;
  const target: Partial<Record<DimensionId, MaturityLevel>> = {};
  for (const [dimension, level] of Object.entries(value)) {
    if (!isDimensionId(dimension) || !isMaturityLevel(level)) return undefined;
    target[dimension] = level;
  }
  return target;
}

function parseRun(value: unknown): SavedRun | null {
  if (!isRecord(value)) return null;
  const {name, savedAt, answers} = value;
  if (typeof name !== 'string' || name.length > MAX_RUN_NAME_LENGTH) return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  const parsed = parseAnswers(answers);
  return parsed && {name, savedAt, answers: parsed};
}

export function parseAssessmentState(value: unknown): AssessmentState | null {
  if (!isRecord(value) || !Array.isArray(value.runs)) return null;
  const answers = parseAnswers(value.answers);
  const target = parseTarget(value.target);
  const runs = value.runs.map(parseRun);
  if (!answers || target === undefined || runs.length > MAX_SAVED_RUNS) return null;
  if (runs.some((run) => run === null)) return null;
  return {answers, target, runs: runs as SavedRun[]};
}

export interface LoadedAssessment {
  readonly state: AssessmentState;
  /** Set when stored data existed but could not be used; the state is then a fresh start. */
  readonly error: StoredDataError | null;
}

export function loadAssessment(storage: StorageLike): LoadedAssessment {
  const {value, error} = readVersioned(
    storage,
    ASSESSMENT_STORAGE_KEY,
    ASSESSMENT_SCHEMA_VERSION,
    parseAssessmentState,
  );
  return {state: value ?? EMPTY_ASSESSMENT, error};
}

export function saveAssessment(
  storage: StorageLike,
  state: AssessmentState,
): StoredDataError | null {
  return writeVersioned(storage, ASSESSMENT_STORAGE_KEY, ASSESSMENT_SCHEMA_VERSION, state);
}

export function clearAssessment(storage: StorageLike): StoredDataError | null {
  return removeVersioned(storage, ASSESSMENT_STORAGE_KEY);
}

/** The state with the current answers kept as a named run, the oldest dropped beyond the limit. */
export function withSavedRun(state: AssessmentState, name: string, savedAt: Date): AssessmentState {
  const run: SavedRun = {
    name: name.trim().slice(0, MAX_RUN_NAME_LENGTH),
    savedAt: savedAt.toISOString(),
    answers: state.answers,
  };
  return {...state, runs: [...state.runs, run].slice(-MAX_SAVED_RUNS)};
}

/** One level for every dimension, as a target the form offers by default. */
export function uniformTarget(level: MaturityLevel): Record<DimensionId, MaturityLevel> {
  return Object.fromEntries(DIMENSION_IDS.map((dimension) => [dimension, level])) as Record<
    DimensionId,
    MaturityLevel
  >;
}
