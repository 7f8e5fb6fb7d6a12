import {
  DIMENSION_IDS,
  DIMENSIONS,
  MATURITY_LEVELS,
  type DimensionId,
  type MaturityLevel,
  type QuestionId,
  type SectionLink,
} from '../data/assessment';
import type {ChecklistItemId} from '../data/checklists';

/**
 * Scores the readiness self-assessment. A dimension's score is the mean of its answered
 * questions; its level is that mean rounded down, because the Assess page asks for the lower
 * level whenever the evidence is mixed. The overall score is the mean of the dimension scores.
 */

/** The level chosen for each answered question. */
export type Answers = Partial<Record<QuestionId, MaturityLevel>>;

export interface DimensionResult {
  readonly dimension: DimensionId;
  readonly answered: number;
  readonly questions: number;
  /** Mean of the answered questions, 1 to 4; null when none is answered. */
  readonly score: number | null;
  readonly level: MaturityLevel | null;
}

export interface AssessmentResult {
  readonly dimensions: readonly DimensionResult[];
  /** Mean of the scored dimensions; null when no question is answered. */
  readonly score: number | null;
  readonly level: MaturityLevel | null;
  /** Every question answered. */
  readonly complete: boolean;
}

/** A target for every dimension, or one level for all of them. */
export type Target = MaturityLevel | Partial<Record<DimensionId, MaturityLevel>>;

export interface Gap {
  readonly dimension: DimensionId;
  readonly level: MaturityLevel;
  readonly target: MaturityLevel;
  /** How many levels short of the target: at least 1. */
  readonly gap: number;
}

export interface Recommendation extends Gap {
  readonly sections: readonly SectionLink[];
  readonly checklistItems: readonly ChecklistItemId[];
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The level a score stands for: rounded down, with room for floating-point error. */
export function levelOfScore(score: number): MaturityLevel {
  const floored = Math.floor(score + 1e-9);
  const level = MATURITY_LEVELS.find((candidate) => candidate === floored);
  if (level === undefined) throw new RangeError(`No maturity level for a score of ${score}`);
  return level;
}

export function scoreDimension(answers: Answers, dimension: DimensionId): DimensionResult {
  const questions: readonly QuestionId[] = DIMENSIONS[dimension].questions;
  const levels = questions
    .map((question) => answers[question])
    .filter((level): level is MaturityLevel => level !== undefined);
  const score = mean(levels);
  return {
    dimension,
    answered: levels.length,
    questions: questions.length,
    score,
    level: score === null ? null : levelOfScore(score),
  };
}

export function scoreAssessment(answers: Answers): AssessmentResult {
  const dimensions = DIMENSION_IDS.map((dimension) => scoreDimension(answers, dimension));
  const score = mean(dimensions.flatMap((result) => (result.score === null ? [] : [result.score])));
  return {
    dimensions,
    score,
    level: score === null ? null : levelOfScore(score),
    complete: dimensions.every((result) => result.answered === result.questions),
  };
}

function targetFor(target: Target, dimension: DimensionId): MaturityLevel | undefined {
  return typeof target === 'number' ? target : target[dimension];
}

/**
 * The scored dimensions below their target, widest gap first (ties in the Assess page's
 * order). Unscored dimensions and dimensions without a target have no gap.
 */
export function gapsToTarget(result: AssessmentResult, target: Target): Gap[] {
  return result.dimensions
    .flatMap(({dimension, level}) => {
      const wanted = targetFor(target, dimension);
      if (level === null || wanted === undefined || level >= wanted) return [];
      return [{dimension, level, target: wanted, gap: wanted - level}];
    })
    .sort((a, b) => b.gap - a.gap);
}

/** For each gap, the guide's sections and the checklist items that close it. */
export function recommendationsFor(result: AssessmentResult, target: Target): Recommendation[] {
  return gapsToTarget(result, target).map((gap) => ({
    ...gap,
    sections: DIMENSIONS[gap.dimension].sections,
    checklistItems: DIMENSIONS[gap.dimension].checklistItems,
  }));
}

export interface DimensionChange {
  readonly dimension: DimensionId;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either run left the dimension unscored. */
  readonly change: number | null;
}

/** How each dimension's score moved between two runs of the assessment. */
export function compareRuns(before: Answers, after: Answers): DimensionChange[] {
  return DIMENSION_IDS.map((dimension) => {
    const from = scoreDimension(before, dimension).score;
    const to = scoreDimension(after, dimension).score;
    return {
      dimension,
      before: from,
      after: to,
      change: from === null || to === null ? null : to - from,
    };
  });
}
