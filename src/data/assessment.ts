import type {ChecklistItemId} from './checklists';

/**
 * The readiness self-assessment as structure: the Assess page's seven dimensions, four
 * questions each, answered on the guide's four-level maturity scale, and for each dimension
 * the sections of the guide and the phase checklist items that raise it. The questions and
 * the description of every level are in assessmentText.ts (Vietnamese) and i18n/en/code.json.
 */

/**
 * The guide's maturity scale (Assess page, "current-state"): 1 Starting, 2 Forming,
 * 3 Established, 4 Embedded.
 */
export const MATURITY_LEVELS = [1, 2, 3, 4] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** A heading of the guide: the page's path (as in process.ts) and the heading's id. */
export interface SectionLink {
  readonly path: string;
  readonly anchor: string;
}

export interface Dimension {
  /** The dimension's questions, in the order they are asked; ids are unique across dimensions. */
  readonly questions: readonly string[];
  /** Where the guide explains how to raise this dimension, most useful first. */
  readonly sections: readonly SectionLink[];
  /** The phase checklist items whose work raises this dimension. */
  readonly checklistItems: readonly ChecklistItemId[];
}

/** The seven dimensions, in the order the Assess page lists them. */
export const DIMENSIONS = {
  'strategy-leadership': {
    questions: ['business-goals', 'accountable-sponsor', 'funding', 'use-case-selection'],
    sections: [
      {path: '/quy-trinh/chuan-bi', anchor: 'business-case'},
      {path: '/quy-trinh/lap-ke-hoach', anchor: 'strategy-and-action-plan'},
      {path: '/chuyen-sau/mo-hinh-van-hanh', anchor: 'reporting-line'},
      {path: '/hop-tac', anchor: 'senior-leadership'},
    ],
    checklistItems: [
      'sponsor-and-lead',
      'use-case-hypotheses',
      'charter-signed',
      'use-cases-scored',
      'priorities-tied-to-kpis',
    ],
  },
  data: {
    questions: ['data-quality', 'data-access', 'personal-data-basis', 'data-in-prompts'],
    sections: [
      {path: '/quy-trinh/danh-gia', anchor: 'current-state'},
      {path: '/chuyen-sau/ai-tao-sinh-va-tac-tu', anchor: 'data-in-prompts'},
      {path: '/tac-dong-cua-ai', anchor: 'personal-data-law'},
    ],
    checklistItems: ['use-case-data-and-risk', 'inventory-details', 'inventory-classified'],
  },
  'technology-platform': {
    questions: ['build-environment', 'integration', 'vendor-management', 'running-costs'],
    sections: [
      {path: '/quy-trinh/chuan-bi', anchor: 'resources'},
      {path: '/chuyen-sau/don-vi-cung-ung-va-chi-phi', anchor: 'due-diligence'},
      {path: '/chuyen-sau/don-vi-cung-ung-va-chi-phi', anchor: 'running-costs'},
    ],
    checklistItems: ['no-long-term-contract', 'first-wave-costs', 'vendor-contract-clauses'],
  },
  'people-skills': {
    questions: ['builders', 'ai-literacy', 'business-ownership', 'workforce-planning'],
    sections: [
      {path: '/chuyen-sau/con-nguoi-va-ky-nang', anchor: 'roles'},
      {path: '/chuyen-sau/con-nguoi-va-ky-nang', anchor: 'hire-train-borrow'},
      {path: '/chuyen-sau/con-nguoi-va-ky-nang', anchor: 'ai-literacy'},
      {path: '/quy-trinh/chuan-bi', anchor: 'form-the-team'},
    ],
    checklistItems: ['sponsor-and-lead', 'member-time-confirmed', 'first-tranche-approved'],
  },
  'governance-risk-security': {
    questions: ['system-inventory', 'governance-policy', 'risk-classification', 'ai-security'],
    sections: [
      {path: '/quy-trinh/danh-gia', anchor: 'ai-system-inventory'},
      {path: '/quy-trinh/lap-ke-hoach', anchor: 'governance'},
      {path: '/quy-trinh/ban-do-tuan-thu', anchor: 'map'},
      {path: '/chuyen-sau/ai-tao-sinh-va-tac-tu', anchor: 'evaluation-and-red-teaming'},
    ],
    checklistItems: [
      'inventory-built',
      'inventory-details',
      'inventory-classified',
      'classification-dossier',
      'vendor-contract-clauses',
      'governance-policy-issued',
    ],
  },
  'culture-change': {
    questions: ['experimentation', 'cross-team-sharing', 'innovation-champions', 'change-plan'],
    sections: [
      {path: '/chuyen-sau/con-nguoi-va-ky-nang', anchor: 'change-and-communication'},
      {path: '/hop-tac', anchor: 'innovation-champions'},
      {path: '/hop-tac', anchor: 'working-rhythm'},
      {path: '/quy-trinh/danh-gia', anchor: 'stakeholder-input'},
    ],
    checklistItems: ['stakeholders-heard', 'input-summary-returned', 'governance-policy-issued'],
  },
  operations: {
    questions: ['path-to-production', 'model-monitoring', 'incident-handling', 'continuity'],
    sections: [
      {path: '/quy-trinh/lap-ke-hoach', anchor: 'poc-to-scale'},
      {path: '/quy-trinh/theo-doi-va-cai-tien', anchor: 'monitoring'},
      {path: '/quy-trinh/theo-doi-va-cai-tien', anchor: 'incident-and-rights-handling'},
    ],
    checklistItems: [
      'go-no-go-and-baseline',
      'owner-baseline-kpis',
      'dashboard-and-alerts',
      'error-channel-and-pause',
      'incident-process-rehearsed',
    ],
  },
} as const satisfies Record<string, Dimension>;

export type DimensionId = keyof typeof DIMENSIONS;
export type QuestionId = (typeof DIMENSIONS)[DimensionId]['questions'][number];

/** The dimensions in the order the Assess page lists them. */
export const DIMENSION_IDS = Object.keys(DIMENSIONS) as DimensionId[];

/** Every question, dimension by dimension: the order of a form and of an export. */
export const QUESTION_IDS: readonly QuestionId[] = DIMENSION_IDS.flatMap(
  (dimension) => DIMENSIONS[dimension].questions,
);

/** The dimension a question belongs to. */
export function dimensionOfQuestion(question: QuestionId): DimensionId {
  const dimension = DIMENSION_IDS.find((candidate) =>
    (DIMENSIONS[candidate].questions as readonly string[]).includes(question),
  );
  if (!dimension) throw new Error(`Unknown question "${question}"`);
  return dimension;
}

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return MATURITY_LEVELS.some((level) => level === value);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return QUESTION_IDS.some((question) => question === value);
}

export function isDimensionId(value: unknown): value is DimensionId {
  return DIMENSION_IDS.some((dimension) => dimension === value);
}
