import {AI_LAW_TRANSITION, LEGAL_ROLES, LEGAL_TEXTS, type IsoDate} from './compliance';
import type {SectionLink} from './assessment';
import {TEMPLATE_SOURCES, type DocumentTemplateId} from './templateCatalog';

export {TEMPLATE_FILES, TEMPLATE_SOURCES, TEMPLATES_DIR} from './templateCatalog';
export type {DocumentTemplateId, TemplateFileId} from './templateCatalog';

/**
 * The downloadable templates as structure: the outline of each document template, the columns
 * of each worksheet, and the lists and weights the worksheets use. Each template follows a
 * deliverable the guide describes (its `source` heading); the wording is in templatesText.ts.
 * The RACI and KPI sheets are drawn from process.ts and kpis.ts, so they have no columns here
 * beyond their own.
 */

/** The AI law's three risk levels (Article 9), most severe first, as the inventory records them. */
export const AI_RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type AiRiskLevel = (typeof AI_RISK_LEVELS)[number];

/** Sectors with the longer transition for systems in operation before the AI law (Article 35(1)). */
export const SECTORS = ['health', 'education', 'finance', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const PERSONAL_DATA_KINDS = ['none', 'basic', 'sensitive'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const YES_NO = ['yes', 'no'] as const;

/** The day the AI law took effect, from which new systems comply as soon as they go into use. */
export const AI_LAW_IN_FORCE: IsoDate = LEGAL_TEXTS['ai-law'].inForceFrom;

/**
 * When a system must comply with the AI law: at once if it went into use on or after the day
 * the law took effect, otherwise at the end of its sector's transition (Article 35(1)).
 */
export function complianceDeadline(inOperationSince: IsoDate, sector: Sector): IsoDate {
  if (inOperationSince >= AI_LAW_IN_FORCE) return inOperationSince;
  return sector === 'other'
    ? AI_LAW_TRANSITION.otherSectors
    : AI_LAW_TRANSITION.healthEducationFinance;
}

export interface DocumentTemplate {
  readonly source: SectionLink;
  /** The outline's parts, in the page's order. */
  readonly sections: readonly string[];
}

export const DOCUMENT_TEMPLATES = {
  'business-case': {
    source: TEMPLATE_SOURCES['business-case'],
    sections: [
      'problem',
      'candidate-use-cases',
      'value-hypothesis',
      'costs',
      'risks-and-obligations',
      'options',
      'recommendation',
    ],
  },
  charter: {
    source: TEMPLATE_SOURCES['charter'],
    sections: [
      'mission-and-scope',
      'responsibilities',
      'structure-and-roles',
      'authority',
      'existing-bodies',
      'reporting',
      'effective-date',
    ],
  },
} as const satisfies Record<DocumentTemplateId, DocumentTemplate>;
export type DocumentSectionId = (typeof DOCUMENT_TEMPLATES)[DocumentTemplateId]['sections'][number];

/**
 * The use case scoring criteria on the Plan page (expected value, feasibility, risk level),
 * each scored 1 to 5 where 5 is best (for risk: the lowest risk). The weights are the
 * template's starting point, not a finding: the steering committee sets its own, and they must
 * add up to 100.
 */
export const SCORING_CRITERIA = {
  'expected-value': {weight: 40},
  feasibility: {weight: 30},
  risk: {weight: 30},
} as const satisfies Record<string, {weight: number}>;
export type ScoringCriterionId = keyof typeof SCORING_CRITERIA;
export const SCORING_CRITERION_IDS = Object.keys(SCORING_CRITERIA) as ScoringCriterionId[];
export const SCORE_RANGE = {min: 1, max: 5} as const;

/** What the steering committee decides for each scored use case. */
export const USE_CASE_DECISIONS = ['selected', 'set-aside'] as const;

/** The kinds of value a cell holds, which decide its format and its validation. */
export type ColumnKind =
  | 'text'
  | 'date'
  | 'score'
  | 'number'
  | 'formula'
  | 'risk-level'
  | 'legal-role'
  | 'sector'
  | 'personal-data'
  | 'yes-no'
  | 'decision'
  | 'status';

export interface SheetTemplate {
  readonly source: SectionLink;
  /** Column id → what it holds, in the order of the sheet. */
  readonly columns: Readonly<Record<string, ColumnKind>>;
}

export const RISK_STATUSES = ['open', 'in-treatment', 'closed'] as const;

export const SHEET_TEMPLATES = {
  'use-case-intake': {
    source: TEMPLATE_SOURCES['use-case-intake'],
    columns: {
      'use-case': 'text',
      problem: 'text',
      'business-owner': 'text',
      'business-goal': 'text',
      'data-needed': 'text',
      'personal-data': 'personal-data',
      'expected-role': 'legal-role',
      'expected-risk-level': 'risk-level',
      'value-metric': 'text',
      baseline: 'text',
    },
  },
  'use-case-scoring': {
    source: TEMPLATE_SOURCES['use-case-scoring'],
    columns: {
      'use-case': 'text',
      'business-owner': 'text',
      'expected-value': 'score',
      feasibility: 'score',
      risk: 'score',
      'weighted-score': 'formula',
      decision: 'decision',
      reason: 'text',
    },
  },
  'ai-system-inventory': {
    source: TEMPLATE_SOURCES['ai-system-inventory'],
    columns: {
      system: 'text',
      owner: 'text',
      purpose: 'text',
      'in-operation-since': 'date',
      sector: 'sector',
      'company-role': 'legal-role',
      'risk-level': 'risk-level',
      'prohibited-acts-check': 'text',
      'personal-data': 'personal-data',
      'cross-border-transfer': 'yes-no',
      transparency: 'text',
      'compliance-deadline': 'formula',
    },
  },
  'risk-register': {
    source: TEMPLATE_SOURCES['risk-register'],
    columns: {
      system: 'text',
      'system-risk-level': 'risk-level',
      risk: 'text',
      likelihood: 'score',
      impact: 'score',
      'risk-score': 'formula',
      controls: 'text',
      owner: 'text',
      'next-review': 'date',
      status: 'status',
    },
  },
} as const satisfies Record<string, SheetTemplate>;
export type SheetTemplateId = keyof typeof SHEET_TEMPLATES;
export type SheetColumnId = {
  [Sheet in SheetTemplateId]: keyof (typeof SHEET_TEMPLATES)[Sheet]['columns'];
}[SheetTemplateId];

/** The legal roles the inventory's role columns offer, from the compliance map. */
export const INVENTORY_ROLES = LEGAL_ROLES;

/** Blank rows each worksheet prepares with its formulas and drop-down lists. */
export const SHEET_ROWS = 50;
