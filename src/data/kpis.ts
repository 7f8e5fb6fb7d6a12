import type {PhaseId, StakeholderId} from './process';

/**
 * The KPI library: the indicators the guide's KPI sheet recommends (Monitor and Improve page,
 * `{#kpi-sheet}`), with who owns each, how often it is reviewed and the phase that sets it.
 * The guide gives no targets: each business owner proposes them and the steering committee
 * agrees them, so there are none here. Names, formulas and data sources are in kpisText.ts.
 */

/** The four groups a balanced set of KPIs covers (Monitor and Improve page, `{#kpis}`). */
export const KPI_CATEGORIES = ['value', 'adoption', 'delivery', 'risk'] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];

export const REVIEW_CADENCES = ['monthly', 'quarterly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export interface Kpi {
  readonly category: KpiCategory;
  /** The group that answers for the figure: business owners sit with operations. */
  readonly owner: StakeholderId;
  /** A second group that shares the ownership, where the KPI sheet names two. */
  readonly coOwner?: StakeholderId;
  readonly cadence: ReviewCadence;
  /** The phase whose work first defines the indicator and its baseline. */
  readonly setIn: PhaseId;
}

/** In the KPI sheet's order. */
export const KPIS = {
  'case-processing-time': {
    category: 'value',
    owner: 'operations',
    cadence: 'monthly',
    setIn: 'prepare',
  },
  'cumulative-net-value': {
    category: 'value',
    owner: 'operations',
    cadence: 'quarterly',
    setIn: 'prepare',
  },
  'adoption-rate': {category: 'adoption', owner: 'operations', cadence: 'monthly', setIn: 'plan'},
  'cycle-time': {category: 'delivery', owner: 'ai-coe-team', cadence: 'quarterly', setIn: 'plan'},
  'gate-pass-rate': {
    category: 'delivery',
    owner: 'ai-coe-team',
    cadence: 'quarterly',
    setIn: 'plan',
  },
  'compliance-level': {
    category: 'risk',
    owner: 'risk',
    cadence: 'quarterly',
    setIn: 'assess',
  },
  'ai-incidents': {
    category: 'risk',
    owner: 'technology',
    coOwner: 'data',
    cadence: 'monthly',
    setIn: 'monitor-improve',
  },
  'data-subject-requests': {
    category: 'risk',
    owner: 'risk',
    cadence: 'quarterly',
    setIn: 'monitor-improve',
  },
} as const satisfies Record<string, Kpi>;

export type KpiId = keyof typeof KPIS;
export const KPI_IDS = Object.keys(KPIS) as KpiId[];

/** Where the guide sets out the KPI sheet. */
export const KPI_SHEET_SECTION = {path: '/quy-trinh/theo-doi-va-cai-tien', anchor: 'kpi-sheet'};
