/**
 * The AI CoE process as structure: its phases in order, the groups who take part and how.
 *
 * This module is the one source of truth for that structure, and it imports nothing from
 * Docusaurus, so the site config, repository scripts and tests read it as the pages do. The
 * words shown to readers (phase names, summaries, what each group is asked) are in
 * `processText.ts` (Vietnamese) and `i18n/en/code.json` (English).
 */

/** The four phases, in the order of the owner's source page. */
export type PhaseId = 'prepare' | 'assess' | 'plan' | 'monitor-improve';

/** Names of the phase pictograms drawn by src/components/process/PhaseIcon. */
export type PhaseIconName = 'foundation' | 'magnifier' | 'route' | 'gauge';

export interface Phase {
  readonly id: PhaseId;
  /** Site-relative path of the phase page, without locale prefix; also its doc id. */
  readonly path: string;
  readonly icon: PhaseIconName;
  /** For each of the source's three points, the heading on the phase page that explains it. */
  readonly pointAnchors: readonly [string, string, string];
}

/** The phases in process order: a phase's position is its index plus one. */
export const PHASES: readonly Phase[] = [
  {
    id: 'prepare',
    path: '/quy-trinh/chuan-bi',
    icon: 'foundation',
    pointAnchors: ['business-case', 'form-the-team', 'resources'],
  },
  {
    id: 'assess',
    path: '/quy-trinh/danh-gia',
    icon: 'magnifier',
    pointAnchors: ['current-state', 'benchmark-gaps', 'stakeholder-input'],
  },
  {
    id: 'plan',
    path: '/quy-trinh/lap-ke-hoach',
    icon: 'route',
    pointAnchors: ['strategy-and-action-plan', 'poc-to-scale', 'governance'],
  },
  {
    id: 'monitor-improve',
    path: '/quy-trinh/theo-doi-va-cai-tien',
    icon: 'gauge',
    pointAnchors: ['monitoring', 'kpis', 'continuous-improvement'],
  },
];

/** The phase that the last phase's lessons loop back into. */
export const LOOP_BACK_TO: PhaseId = 'plan';

/** Path of the process overview, where the source page's text appears. */
export const PROCESS_OVERVIEW_PATH = '/quy-trinh';

export function phaseById(id: PhaseId): Phase {
  const phase = PHASES.find((candidate) => candidate.id === id);
  if (!phase) throw new Error(`Unknown phase "${id}"`);
  return phase;
}

/** The phase that closes the cycle, whose lessons loop back into LOOP_BACK_TO. */
export function lastPhase(): Phase {
  const phase = PHASES.at(-1);
  if (!phase) throw new Error('The process has no phases');
  return phase;
}

/** 1 to 4: where the phase sits in the process. */
export function phasePosition(id: PhaseId): number {
  return PHASES.indexOf(phaseById(id)) + 1;
}

/** How a group takes part in a phase: leads, does the work with the lead, is asked, or is kept informed. */
export type Involvement = 'leads' | 'takes-part' | 'consulted' | 'informed';

/** The roles from most to least involved: the order of table columns and rows. */
export const INVOLVEMENTS: readonly Involvement[] = [
  'leads',
  'takes-part',
  'consulted',
  'informed',
];

/** The groups whose collaboration the source page names, plus the AI CoE team that coordinates them. */
export type StakeholderId =
  | 'senior-leadership'
  | 'ai-coe-team'
  | 'technology'
  | 'data'
  | 'hr'
  | 'operations'
  | 'risk'
  | 'innovation-champions';

export interface Stakeholder {
  readonly id: StakeholderId;
  /** The group's role in each phase. */
  readonly involvement: Readonly<Record<PhaseId, Involvement>>;
}

/** In display order: leadership first, then the coordinating team, then the functions. */
export const STAKEHOLDERS: readonly Stakeholder[] = [
  {
    id: 'senior-leadership',
    involvement: {
      prepare: 'leads',
      assess: 'takes-part',
      plan: 'leads',
      'monitor-improve': 'takes-part',
    },
  },
  {
    id: 'ai-coe-team',
    involvement: {prepare: 'leads', assess: 'leads', plan: 'leads', 'monitor-improve': 'leads'},
  },
  {
    id: 'technology',
    involvement: {
      prepare: 'takes-part',
      assess: 'takes-part',
      plan: 'takes-part',
      'monitor-improve': 'takes-part',
    },
  },
  {
    id: 'data',
    involvement: {
      prepare: 'consulted',
      assess: 'takes-part',
      plan: 'takes-part',
      'monitor-improve': 'takes-part',
    },
  },
  {
    id: 'hr',
    involvement: {
      prepare: 'takes-part',
      assess: 'consulted',
      plan: 'takes-part',
      'monitor-improve': 'informed',
    },
  },
  {
    id: 'operations',
    involvement: {
      prepare: 'consulted',
      assess: 'takes-part',
      plan: 'takes-part',
      'monitor-improve': 'leads',
    },
  },
  {
    id: 'risk',
    involvement: {
      prepare: 'consulted',
      assess: 'takes-part',
      plan: 'takes-part',
      'monitor-improve': 'takes-part',
    },
  },
  {
    id: 'innovation-champions',
    involvement: {
      prepare: 'informed',
      assess: 'takes-part',
      plan: 'informed',
      'monitor-improve': 'takes-part',
    },
  },
];

/** The stakeholders of one phase, most involved first (display order within a role). */
export function stakeholdersByInvolvement(phase: PhaseId): readonly Stakeholder[] {
  return [...STAKEHOLDERS].sort(
    (a, b) =>
      INVOLVEMENTS.indexOf(a.involvement[phase]) - INVOLVEMENTS.indexOf(b.involvement[phase]),
  );
}

/** The source page's three circles of people who must work together. */
export type CircleId = 'departments' | 'innovators' | 'leadership';

export interface CollaborationCircle {
  readonly id: CircleId;
  readonly members: readonly StakeholderId[];
}

export const COLLABORATION_CIRCLES: readonly CollaborationCircle[] = [
  {id: 'departments', members: ['technology', 'data', 'hr', 'operations', 'risk']},
  {id: 'innovators', members: ['innovation-champions']},
  {id: 'leadership', members: ['senior-leadership']},
];
