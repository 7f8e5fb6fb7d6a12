import {kpiOwnerNames} from '../kpiOwners';
import type {KpiCategory, KpiId, ReviewCadence} from '../kpis';
import type {KpiText} from '../kpisText';

/**
 * The KPI library's wording, as the Monitor and Improve page's KPI sheet puts it (English;
 * Vietnamese in src/data/kpisText.ts). The owners, cadences and phases are in kpis.ts.
 */

/** The columns of the KPI sheet and library, also used by the workbook (TEMPLATE_LABELS). */
export const KPI_COLUMN_LABELS = {
  kpi: 'KPI',
  category: 'Category',
  definition: 'Definition',
  formula: 'Formula',
  dataSource: 'Data source',
  owner: 'Owner',
  cadence: 'Cadence',
  setIn: 'Phase that sets it',
} as const;

/** The guide sets no targets: who does, said under the KPI sheet and library. */
export const KPI_TARGET_NOTE =
  'The business owner proposes each target and the AI steering committee agrees it; the guide gives no general figures.';

export const KPI_CATEGORY_NAMES: Readonly<Record<KpiCategory, string>> = {
  value: 'Value',
  adoption: 'Adoption',
  delivery: 'Delivery',
  risk: 'Risk',
};

export const REVIEW_CADENCE_NAMES: Readonly<Record<ReviewCadence, string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

export const KPI_TEXT: Readonly<Record<KpiId, KpiText>> = {
  'case-processing-time': {
    name: 'Case processing time',
    definition: 'The average time to complete one case in the process AI supports.',
    formula: 'Total processing time divided by cases completed',
    dataSource: 'Business system',
  },
  'cumulative-net-value': {
    name: 'Cumulative net value',
    definition:
      'Benefits against the baseline minus all AI costs, added up from the start; the month it turns positive gives the payback period.',
    formula: 'Cost savings plus additional revenue against baseline, minus AI costs',
    dataSource: 'Financial data',
  },
  'adoption-rate': {
    name: 'Adoption rate',
    definition:
      'How far target users actually use the AI solution in their work; a leading indicator.',
    formula: 'Target users active each week divided by all target users',
    dataSource: 'Access logs',
  },
  'cycle-time': {
    name: 'Cycle time',
    definition: 'How fast the AI CoE turns an idea into a solution in production.',
    formula: 'Median days from idea to production',
    dataSource: 'Shared backlog',
  },
  'gate-pass-rate': {
    name: 'Go/no-go pass rate',
    definition:
      'The share of use cases approved to proceed at a stage gate; stopping on the agreed criteria is a valid outcome too.',
    formula: 'Use cases approved to proceed divided by use cases reaching the gate',
    dataSource: 'Decision records',
  },
  'compliance-level': {
    name: 'Compliance level',
    definition:
      'The share of the AI system inventory that is risk-classified and reviewed on schedule.',
    formula:
      'AI systems classified and reviewed on schedule divided by all systems in the inventory',
    dataSource: 'AI system inventory',
  },
  'ai-incidents': {
    name: 'AI incidents',
    definition: 'How many AI incidents occur and how fast they are resolved, by severity.',
    formula: 'Incidents by severity; median time to resolve',
    dataSource: 'Incident log',
  },
  'data-subject-requests': {
    name: 'Data subject requests',
    definition: "How well data subjects' rights are honored within the legal deadlines.",
    formula: 'Requests answered and carried out within the legal deadlines divided by all requests',
    dataSource: 'Request intake system',
  },
};

/** Who answers for a KPI, in this language. */
export const kpiOwnerName = (kpi: KpiId): string => kpiOwnerNames(kpi, 'and');
