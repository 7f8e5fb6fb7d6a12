import {describe, expect, it} from 'vitest';
import {
  DIMENSION_IDS,
  DIMENSIONS,
  QUESTION_IDS,
  type MaturityLevel,
} from '@site/src/data/assessment';
import {
  compareRuns,
  gapsToTarget,
  recommendationsFor,
  scoreAssessment,
  scoreDimension,
  type Answers,
} from '@site/src/utils/assessmentScoring';

/** Every question of a dimension answered with the given levels, in order. */
function answered(dimension: (typeof DIMENSION_IDS)[number], levels: MaturityLevel[]): Answers {
  return Object.fromEntries(DIMENSIONS[dimension].questions.map((q, i) => [q, levels[i]]));
}

const all = (level: MaturityLevel): Answers =>
  Object.fromEntries(QUESTION_IDS.map((question) => [question, level]));

describe('scoring a dimension', () => {
  it('averages its answered questions and rounds the level down, as the Assess page asks', () => {
    const result = scoreDimension(answered('data', [3, 3, 3, 2]), 'data');
    expect(result).toMatchObject({answered: 4, questions: 4, score: 2.75, level: 2});
  });

  it('reaches a level only when the evidence holds it on average', () => {
    expect(scoreDimension(answered('data', [4, 2, 3, 3]), 'data').level).toBe(3);
    expect(scoreDimension(answered('data', [4, 4, 4, 4]), 'data').level).toBe(4);
  });

  it('scores only the questions answered, and nothing when none is', () => {
    expect(scoreDimension({'data-quality': 2, 'data-access': 3}, 'data')).toMatchObject({
      answered: 2,
      score: 2.5,
      level: 2,
    });
    expect(scoreDimension({}, 'data')).toMatchObject({answered: 0, score: null, level: null});
  });

  it('ignores answers to other dimensions’ questions', () => {
    expect(scoreDimension({'business-goals': 4}, 'data').score).toBeNull();
  });
});

describe('scoring the whole assessment', () => {
  it('averages the scored dimensions and says whether every question is answered', () => {
    const answers = {...answered('data', [4, 4, 4, 4]), ...answered('operations', [1, 1, 1, 1])};
    const result = scoreAssessment(answers);
    expect(result.score).toBe(2.5);
    expect(result.level).toBe(2);
    expect(result.complete).toBe(false);
    expect(scoreAssessment(all(3))).toMatchObject({score: 3, level: 3, complete: true});
  });

  it('has no overall score before the first answer', () => {
    expect(scoreAssessment({})).toMatchObject({score: null, level: null, complete: false});
  });
});

describe('gaps and recommendations', () => {
  const answers = {
    ...all(3),
    ...answered('people-skills', [1, 1, 1, 1]),
    ...answered('operations', [2, 2, 2, 1]),
  };

  it('lists the dimensions below the target, widest gap first', () => {
    const gaps = gapsToTarget(scoreAssessment(answers), 3);
    expect(gaps).toEqual([
      {dimension: 'people-skills', level: 1, target: 3, gap: 2},
      {dimension: 'operations', level: 1, target: 3, gap: 2},
    ]);
  });

  it('takes a target per dimension, and skips dimensions without one', () => {
    const gaps = gapsToTarget(scoreAssessment(answers), {data: 4, 'people-skills': 2});
    expect(gaps.map(({dimension, gap}) => [dimension, gap])).toEqual([
      ['data', 1],
      ['people-skills', 1],
    ]);
  });

  it('has no gap where the target is met or the dimension is unscored', () => {
    expect(gapsToTarget(scoreAssessment(all(3)), 3)).toEqual([]);
    expect(gapsToTarget(scoreAssessment({}), 4)).toEqual([]);
  });

  it('sends each weak dimension to its own sections and checklist items', () => {
    const [first] = recommendationsFor(scoreAssessment(answers), 3);
    expect(first?.dimension).toBe('people-skills');
    expect(first?.sections).toEqual(DIMENSIONS['people-skills'].sections);
    expect(first?.checklistItems).toEqual(DIMENSIONS['people-skills'].checklistItems);
  });
});

describe('comparing two runs', () => {
  it('gives each dimension’s change, and none where a run left it unscored', () => {
    const before = {...answered('data', [1, 2, 2, 1])};
    const after = {...answered('data', [2, 3, 3, 2]), ...answered('operations', [2, 2, 2, 2])};
    const changes = compareRuns(before, after);
    expect(changes.find((c) => c.dimension === 'data')).toEqual({
      dimension: 'data',
      before: 1.5,
      after: 2.5,
      change: 1,
    });
    expect(changes.find((c) => c.dimension === 'operations')?.change).toBeNull();
    expect(changes.map((c) => c.dimension)).toEqual(DIMENSION_IDS);
  });
});
