import {KPI_COLUMN_LABELS, KPI_TARGET_NOTE} from './kpisText';
import type {
  AiRiskLevel,
  DocumentSectionId,
  PersonalDataKind,
  ScoringCriterionId,
  Sector,
  RISK_STATUSES,
  USE_CASE_DECISIONS,
  YES_NO,
} from '../templates';
import type {SectionText, ColumnTexts} from '../templatesText';

export {TEMPLATE_TITLES} from './templateTitlesText';

/**
 * The templates' wording, in English (Vietnamese in src/data/templatesText.ts): titles, the guidance
 * under each heading of the document templates (taken from the outlines on the Prepare page),
 * column headers and the words of each drop-down list. The structure is in templates.ts.
 */

export const DOCUMENT_SECTION_TEXT: Readonly<Record<DocumentSectionId, SectionText>> = {
  problem: {
    title: 'Problem and opportunity',
    guidance: 'Specific business bottlenecks, tied to strategic goals.',
  },
  'candidate-use-cases': {
    title: 'Candidate use cases',
    guidance: 'Description, business owner, data needed, why it was chosen.',
  },
  'value-hypothesis': {
    title: 'Value hypothesis and measurement',
    guidance:
      'Metric, baseline or how it will be measured, data source, when to measure; assumptions flagged.',
  },
  costs: {
    title: 'Costs',
    guidance: 'Estimate for the first tranche, taken from the resource plan.',
  },
  'risks-and-obligations': {
    title: 'Risks and obligations',
    guidance:
      "Data, information security, model bias. For each use case: basic or sensitive personal data, and whether any of it will be processed abroad; the company's expected role under the AI law and the expected risk level, high, medium or low; a check against the prohibited acts; transparency duties. See the guide's Prepare page.",
  },
  options: {
    title: 'Options',
    guidance:
      'Do nothing, buy an off-the-shelf solution, build in-house, or combine, with pros and cons.',
  },
  recommendation: {
    title: 'Recommendation and decision',
    guidance:
      'Recommended option, first-tranche resources, conditions for the next tranche, decision maker and deadline.',
  },
  'mission-and-scope': {
    title: 'Mission and scope',
    guidance: 'The goals it serves; units and types of use case in and out of scope.',
  },
  responsibilities: {
    title: 'Responsibilities',
    guidance:
      'Intake and prioritization of use cases, standards, reusable assets, compliance support, tracking results with key performance indicators (KPIs).',
  },
  'structure-and-roles': {
    title: 'Structure and roles',
    guidance: 'Names and time shares in an appendix.',
  },
  authority: {
    title: 'Authority',
    guidance: 'What the AI CoE decides, proposes and can require.',
  },
  'existing-bodies': {
    title: 'Relationship with existing bodies',
    guidance: 'Risk committee, digital transformation steering committee, legal.',
  },
  reporting: {
    title: 'Reporting and meeting rhythm',
    guidance: 'Who it reports to and how often.',
  },
  'effective-date': {
    title: 'Effective date and review',
    guidance: 'When it takes effect, next review, signatories.',
  },
};

export const COLUMN_TEXT: ColumnTexts = {
  'use-case-intake': {
    'use-case': 'Use case',
    problem: 'Business problem',
    'business-owner': 'Business owner',
    'business-goal': 'Business goal',
    'data-needed': 'Data needed',
    'personal-data': 'Personal data',
    'expected-role': "Company's expected role",
    'expected-risk-level': 'Expected risk level',
    'value-metric': 'Value metric',
    baseline: 'Baseline or how to measure it',
  },
  'use-case-scoring': {
    'use-case': 'Use case',
    'business-owner': 'Business owner',
    'expected-value': 'Expected value',
    feasibility: 'Feasibility',
    risk: 'Risk level',
    'weighted-score': 'Weighted score',
    decision: 'Decision',
    reason: 'Why chosen or set aside',
  },
  'ai-system-inventory': {
    system: 'System',
    owner: 'Owner',
    purpose: 'Purpose',
    'in-operation-since': 'In operation since',
    sector: 'Sector',
    'company-role': "Company's role",
    'risk-level': 'Risk level',
    'prohibited-acts-check': 'Prohibited acts',
    'personal-data': 'Personal data',
    'cross-border-transfer': 'Cross-border transfer of personal data',
    transparency: 'Transparency duties',
    'compliance-deadline': 'Compliance deadline',
  },
  'risk-register': {
    system: 'AI system',
    'system-risk-level': 'System risk level',
    risk: 'Risk description',
    likelihood: 'Likelihood',
    impact: 'Impact',
    'risk-score': 'Risk score',
    controls: 'Controls',
    owner: 'Owner',
    'next-review': 'Next review',
    status: 'Status',
  },
};

export const SCORING_CRITERION_TEXT: Readonly<Record<ScoringCriterionId, SectionText>> = {
  'expected-value': {
    title: 'Expected value',
    guidance: '5 when the use case removes a bottleneck tied to a goal leadership is pursuing.',
  },
  feasibility: {
    title: 'Feasibility',
    guidance: '5 when the data, technology and people are all ready.',
  },
  risk: {
    title: 'Risk level',
    guidance: '5 for the lowest risk; the higher the risk, the lower the score.',
  },
};

export const RISK_LEVEL_NAMES: Readonly<Record<AiRiskLevel, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  health: 'Health',
  education: 'Education',
  finance: 'Finance',
  other: 'Other sector',
};

export const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  none: 'None',
  basic: 'Basic',
  sensitive: 'Sensitive',
};

export const YES_NO_NAMES: Readonly<Record<(typeof YES_NO)[number], string>> = {
  yes: 'Yes',
  no: 'No',
};

export const DECISION_NAMES: Readonly<Record<(typeof USE_CASE_DECISIONS)[number], string>> = {
  selected: 'Selected',
  'set-aside': 'Set aside',
};

export const RISK_STATUS_NAMES: Readonly<Record<(typeof RISK_STATUSES)[number], string>> = {
  open: 'Open',
  'in-treatment': 'In treatment',
  closed: 'Closed',
};

/** Labels and notes the generated files print around the tables. */
export const TEMPLATE_LABELS = {
  ...KPI_COLUMN_LABELS,
  weight: 'Weight (%)',
  weightTotal: 'Total weight',
  weightNote:
    "The weights are the template's starting point; the AI steering committee sets its own, and they must add up to 100. Score each criterion from 1 to 5, where 5 is best.",
  criterion: 'Criterion',
  howToScore: 'How to score',
  deadlineNote:
    'The compliance deadline is worked out from the date the system went into operation and its sector; legal should confirm it for each system.',
  riskScoreNote: 'The risk score is likelihood times impact, each scored from 1 to 5.',
  stakeholder: 'Stakeholder',
  baseline: 'Baseline',
  target: 'Target',
  tablesDocumentTitle: 'AI CoE table templates',
  kpiNote: KPI_TARGET_NOTE,
  source: 'From the AI CoE guide, section:',
} as const;
