import {beforeEach, describe, expect, it} from 'vitest';
import {QUESTION_IDS} from '@site/src/data/assessment';
import {
  ASSESSMENT_STORAGE_KEY,
  EMPTY_ASSESSMENT,
  MAX_SAVED_RUNS,
  clearAssessment,
  loadAssessment,
  saveAssessment,
  withSavedRun,
  type AssessmentState,
} from '@site/src/utils/assessmentStorage';
import {
  CHECKLIST_STORAGE_KEY,
  loadChecklistProgress,
  progressOf,
  saveChecklistProgress,
  toggled,
} from '@site/src/utils/checklistProgress';
import {StoredDataError, type StorageLike} from '@site/src/utils/versionedStorage';

const state: AssessmentState = {
  answers: {'business-goals': 3, 'data-quality': 1},
  target: 3,
  runs: [{name: 'Quý 1/2026', savedAt: '2026-03-31T09:00:00.000Z', answers: {'business-goals': 2}}],
};

const stored = (data: unknown, version = 1) => JSON.stringify({version, data});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('someone-else', 'keep me');
});

/** Other keys of the same site stay exactly as they were. */
function expectOtherKeysUntouched(): void {
  expect(localStorage.getItem('someone-else')).toBe('keep me');
}

describe('keeping the self-assessment in the browser', () => {
  it('gives back what it saved, runs and all', () => {
    expect(saveAssessment(localStorage, state)).toBeNull();
    expect(loadAssessment(localStorage)).toEqual({state, error: null});
    expectOtherKeysUntouched();
  });

  it('starts empty, without an error, when nothing is stored', () => {
    expect(loadAssessment(localStorage)).toEqual({state: EMPTY_ASSESSMENT, error: null});
  });

  it.each([
    ['text that is not JSON', '{"version":1,', 'not-json'],
    ['JSON without a version', JSON.stringify({data: state}), 'invalid'],
    ['a version this guide does not know', stored(state, 2), 'unknown-version'],
    ['an unknown question', stored({...state, answers: {'made-up': 2}}), 'invalid'],
    ['a level outside 1 to 4', stored({...state, answers: {'business-goals': 5}}), 'invalid'],
    ['a level written as text', stored({...state, answers: {'business-goals': '3'}}), 'invalid'],
    [
      'a run with a bad date',
      stored({...state, runs: [{...state.runs[0], savedAt: 'hôm qua'}]}),
      'invalid',
    ],
    ['runs that are not a list', stored({...state, runs: {}}), 'invalid'],
    ['an unknown target', stored({...state, target: 7}), 'invalid'],
  ])('reports %s as a typed error and starts afresh', (_, text, problem) => {
    localStorage.setItem(ASSESSMENT_STORAGE_KEY, text);
    const {state: loaded, error} = loadAssessment(localStorage);
    expect(error).toBeInstanceOf(StoredDataError);
    expect(error?.problem).toBe(problem);
    expect(error?.key).toBe(ASSESSMENT_STORAGE_KEY);
    expect(loaded).toEqual(EMPTY_ASSESSMENT);
    expectOtherKeysUntouched();
  });

  it('says storage is unavailable instead of throwing when the browser refuses it', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadAssessment(refusing).error?.problem).toBe('unavailable');
    expect(saveAssessment(refusing, state)?.problem).toBe('unavailable');
    expect(clearAssessment(refusing)?.problem).toBe('unavailable');
  });

  it('clears only its own key', () => {
    saveAssessment(localStorage, state);
    clearAssessment(localStorage);
    expect(localStorage.getItem(ASSESSMENT_STORAGE_KEY)).toBeNull();
    expectOtherKeysUntouched();
  });

  it('keeps saved runs for comparison, dropping the oldest beyond the limit', () => {
    let next: AssessmentState = {...EMPTY_ASSESSMENT, answers: {'business-goals': 1}};
    for (let run = 0; run <= MAX_SAVED_RUNS; run += 1) {
      next = withSavedRun(next, `  Lần ${run} `, new Date(Date.UTC(2026, 0, run + 1)));
    }
    expect(next.runs).toHaveLength(MAX_SAVED_RUNS);
    expect(next.runs[0]?.name).toBe('Lần 1');
    expect(next.runs.at(-1)).toEqual({
      name: `Lần ${MAX_SAVED_RUNS}`,
      savedAt: '2026-01-13T00:00:00.000Z',
      answers: {'business-goals': 1},
    });
    saveAssessment(localStorage, next);
    expect(loadAssessment(localStorage).state).toEqual(next);
  });

  it('accepts every question of the guide', () => {
    const answers = Object.fromEntries(QUESTION_IDS.map((question) => [question, 4]));
    saveAssessment(localStorage, {...EMPTY_ASSESSMENT, answers});
    expect(loadAssessment(localStorage)).toMatchObject({state: {answers}, error: null});
  });
});

describe('keeping checklist progress in the browser', () => {
  it('gives back the ticked items and counts a phase’s progress', () => {
    let done = toggled(new Set(), 'scope-settled', true);
    done = toggled(done, 'gap-analysis', true);
    done = toggled(done, 'scope-settled', false);
    expect(saveChecklistProgress(localStorage, done)).toBeNull();
    const loaded = loadChecklistProgress(localStorage);
    expect(loaded.error).toBeNull();
    expect([...loaded.done]).toEqual(['gap-analysis']);
    expect(progressOf(loaded.done, ['scope-settled', 'gap-analysis'])).toEqual({done: 1, total: 2});
    expectOtherKeysUntouched();
  });

  it.each([
    ['an unknown item', stored(['scope-settled', 'made-up']), 'invalid'],
    ['a list that is not one', stored({'scope-settled': true}), 'invalid'],
    ['a future version', stored(['scope-settled'], 2), 'unknown-version'],
    ['damaged text', '[', 'not-json'],
  ])('reports %s as a typed error and starts afresh', (_, text, problem) => {
    localStorage.setItem(CHECKLIST_STORAGE_KEY, text);
    const loaded = loadChecklistProgress(localStorage);
    expect(loaded.error?.problem).toBe(problem);
    expect(loaded.done.size).toBe(0);
    expectOtherKeysUntouched();
  });
});
