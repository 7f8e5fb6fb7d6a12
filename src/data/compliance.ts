import type {PhaseId} from './process';

/**
 * The compliance map's facts: which obligation of which Vietnamese legal text falls on which
 * role, from when, and which deliverable of which phase meets it. A plain module (no
 * Docusaurus imports), so Node-side code and tests read the same data the pages show;
 * the wording lives in complianceText.ts.
 */

/** A calendar day, YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

/** The roles the AI law names for those who build, offer and run AI systems (Article 3). */
export const LEGAL_ROLES = ['developer', 'provider', 'deployer'] as const;
export type LegalRoleId = (typeof LEGAL_ROLES)[number];

export type LegalTextId = 'ai-law' | 'personal-data-law' | 'decree-356';

export interface LegalText {
  /** The official number, as the text itself writes it. */
  readonly number: string;
  readonly inForceFrom: IsoDate;
  /** Where a reader can read the whole text. */
  readonly url: string;
}

/** Where a phase's deliverable is described: its phase, and its heading id on that phase's page. */
export interface Deliverable {
  readonly phase: PhaseId;
  readonly anchor: string;
}

/** A provision: Article 35, clause 1 is {article: 35, clause: 1}. */
export interface Provision {
  readonly text: LegalTextId;
  readonly article: number;
  readonly clause?: number;
}

export interface Obligation {
  readonly provision: Provision;
  readonly roles: readonly LegalRoleId[];
  /** From this day the obligation binds new systems and new processing. */
  readonly appliesFrom: IsoDate;
  /**
   * True when Article 35 of the AI law gives systems already in operation before 1 March 2026
   * until the AI_LAW_TRANSITION dates to comply.
   */
  readonly existingSystemsTransition?: boolean;
  /** The deliverable that meets it; its phase is the deliverable's phase. */
  readonly deliverable: DeliverableId;
}

/** Address of the compliance map page, without locale prefix. */
export const COMPLIANCE_MAP_PATH = '/quy-trinh/ban-do-tuan-thu';

/** The legal texts the map draws on, with where to read each in full. */
export const LEGAL_TEXTS: Readonly<Record<LegalTextId, LegalText>> = {
  'ai-law': {
    number: '134/2025/QH15',
    inForceFrom: '2026-03-01',
    url: 'https://nhansu.vn/van-ban-phap-luat/Luat-Tri-tue-nhan-tao-2025-so-134-2025-QH15-679013.html',
  },
  'personal-data-law': {
    number: '91/2025/QH15',
    inForceFrom: '2026-01-01',
    url: 'https://vanban.chinhphu.vn/?classid=1&docid=214590&pageid=27160&typegroupid=3',
  },
  'decree-356': {
    number: '356/2025/NĐ-CP',
    inForceFrom: '2026-01-01',
    url: 'https://vanban.chinhphu.vn/?classid=1&docid=216387&pageid=27160',
  },
};

/**
 * Article 35(1) of the AI law: for systems already in operation before it took effect on
 * 1 March 2026, providers and deployers have 18 months in health, education and finance
 * and 12 months elsewhere, counted from that day.
 */
export const AI_LAW_TRANSITION = {
  healthEducationFinance: '2027-09-01',
  otherSectors: '2027-03-01',
} as const satisfies Record<string, IsoDate>;

/** The deliverables that meet an obligation, each a heading on its phase's page. */
export const DELIVERABLES = {
  'resource-plan': {phase: 'prepare', anchor: 'resource-plan-outline'},
  'ai-system-inventory': {phase: 'assess', anchor: 'ai-system-inventory'},
  'governance-policy': {phase: 'plan', anchor: 'governance-policy'},
  'review-report': {phase: 'monitor-improve', anchor: 'review-report'},
  'incident-and-rights-handling': {
    phase: 'monitor-improve',
    anchor: 'incident-and-rights-handling',
  },
} as const satisfies Record<string, Deliverable>;
export type DeliverableId = keyof typeof DELIVERABLES;

const AI_LAW_IN_FORCE = '2026-03-01';
const PERSONAL_DATA_LAW_IN_FORCE = '2026-01-01';

/** Every obligation on the map, in the order of the process: the phase that meets it first. */
export const OBLIGATIONS = {
  'cross-border-transfer': {
    provision: {text: 'personal-data-law', article: 20},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'resource-plan',
  },
  'data-protection-officer': {
    provision: {text: 'personal-data-law', article: 33, clause: 2},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'resource-plan',
  },
  'no-prohibited-use': {
    provision: {text: 'ai-law', article: 7},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: AI_LAW_IN_FORCE,
    deliverable: 'ai-system-inventory',
  },
  'provider-risk-classification': {
    provision: {text: 'ai-law', article: 10, clause: 1},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'ai-system-inventory',
  },
  'deployer-keeps-classification': {
    provision: {text: 'ai-law', article: 10, clause: 2},
    roles: ['deployer'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'ai-system-inventory',
  },
  'personal-data-types': {
    provision: {text: 'personal-data-law', article: 30, clause: 4},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'ai-system-inventory',
  },
  'classification-notice': {
    provision: {text: 'ai-law', article: 10, clause: 3},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  'conformity-assessment': {
    provision: {text: 'ai-law', article: 13, clause: 1},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  'high-risk-provider-duties': {
    provision: {text: 'ai-law', article: 14, clause: 1},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  'interaction-disclosure': {
    provision: {text: 'ai-law', article: 11, clause: 1},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  'machine-readable-marking': {
    provision: {text: 'ai-law', article: 11, clause: 2},
    roles: ['provider'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  'public-content-labels': {
    provision: {text: 'ai-law', article: 11, clause: 3},
    roles: ['deployer'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'governance-policy',
  },
  consent: {
    provision: {text: 'personal-data-law', article: 9},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'governance-policy',
  },
  'automated-processing-notice': {
    provision: {text: 'decree-356', article: 10, clause: 3},
    roles: ['provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'governance-policy',
  },
  'processing-impact-assessment': {
    provision: {text: 'personal-data-law', article: 21, clause: 1},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'governance-policy',
  },
  'high-risk-deployer-duties': {
    provision: {text: 'ai-law', article: 14, clause: 2},
    roles: ['deployer'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'review-report',
  },
  'annual-ai-compliance-check': {
    provision: {text: 'decree-356', article: 10, clause: 5},
    roles: ['provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'review-report',
  },
  'serious-incidents': {
    provision: {text: 'ai-law', article: 12, clause: 2},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: AI_LAW_IN_FORCE,
    existingSystemsTransition: true,
    deliverable: 'incident-and-rights-handling',
  },
  'breach-notification': {
    provision: {text: 'personal-data-law', article: 23, clause: 1},
    roles: ['developer', 'provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'incident-and-rights-handling',
  },
  'data-subject-requests': {
    provision: {text: 'decree-356', article: 5},
    roles: ['provider', 'deployer'],
    appliesFrom: PERSONAL_DATA_LAW_IN_FORCE,
    deliverable: 'incident-and-rights-handling',
  },
} as const satisfies Record<string, Obligation>;
export type ObligationId = keyof typeof OBLIGATIONS;

/** The obligations in the order the map lists them. */
export const OBLIGATION_IDS = Object.keys(OBLIGATIONS) as ObligationId[];

/** The obligations that one phase's deliverables meet. */
export function obligationsMetIn(phase: PhaseId): ObligationId[] {
  return OBLIGATION_IDS.filter((id) => DELIVERABLES[OBLIGATIONS[id].deliverable].phase === phase);
}

/** The role a shared link asks the map to show: `?role=deployer`. */
export const ROLE_PARAMETER = 'role';

/**
 * Reads the role from a page address's query string. No parameter shows every role; a
 * value that is not a role (a doctored or mistyped link) does too, and says so.
 */
export function roleFromQuery(search: string): {role: LegalRoleId | null; invalid: boolean} {
  const value = new URLSearchParams(search).get(ROLE_PARAMETER);
  if (value === null || value === '') return {role: null, invalid: false};
  const role = LEGAL_ROLES.find((candidate) => candidate === value);
  return role ? {role, invalid: false} : {role: null, invalid: true};
}
