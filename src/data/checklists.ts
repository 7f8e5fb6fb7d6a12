import type {PhaseId} from './process';

/**
 * The checklist at the end of each phase page, as data: its items in the page's order, each
 * with an id that stays the same when the wording changes, so saved progress and links from
 * the readiness self-assessment keep pointing at the right item. The wording is in
 * checklistsText.ts; a unit test holds it to the pages' `{#checklist}` sections.
 */
export const CHECKLISTS = {
  prepare: [
    'sponsor-and-lead',
    'use-case-hypotheses',
    'use-case-data-and-risk',
    'inventory-started',
    'options-compared',
    'charter-signed',
    'member-time-confirmed',
    'first-tranche-approved',
    'no-long-term-contract',
  ],
  assess: [
    'scope-settled',
    'inventory-built',
    'inventory-details',
    'dimensions-scored',
    'stakeholders-heard',
    'gap-analysis',
    'input-summary-returned',
    'steering-decision',
  ],
  plan: [
    'use-cases-scored',
    'priorities-tied-to-kpis',
    'go-no-go-and-baseline',
    'first-wave-costs',
    'inventory-classified',
    'classification-dossier',
    'vendor-contract-clauses',
    'governance-policy-issued',
  ],
  'monitor-improve': [
    'owner-baseline-kpis',
    'dashboard-and-alerts',
    'error-channel-and-pause',
    'high-risk-review-schedule',
    'quarterly-review-report',
    'incident-process-rehearsed',
    'gazette-watch',
    'reassessment-scheduled',
  ],
} as const satisfies Record<PhaseId, readonly string[]>;

export type ChecklistItemId = (typeof CHECKLISTS)[PhaseId][number];

/** Heading id of the checklist section on every phase page. */
export const CHECKLIST_ANCHOR = 'checklist';

/** The phase whose checklist holds an item. */
export function phaseOfChecklistItem(item: ChecklistItemId): PhaseId {
  const phase = (Object.keys(CHECKLISTS) as PhaseId[]).find((candidate) =>
    (CHECKLISTS[candidate] as readonly string[]).includes(item),
  );
  if (!phase) throw new Error(`Unknown checklist item "${item}"`);
  return phase;
}

/** Every item of every checklist, in process order. */
export const CHECKLIST_ITEM_IDS: readonly ChecklistItemId[] = Object.values(CHECKLISTS).flat();
