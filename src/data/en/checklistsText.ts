import type {ChecklistItemId} from '../checklists';

/**
 * The phase checklists' items, word for word as each phase page lists them under
 * `{#checklist}` (English here). Change a page's checklist and
 * this text together: a unit test compares them.
 */
export const CHECKLIST_ITEM_TEXT: Readonly<Record<ChecklistItemId, string>> = {
  'sponsor-and-lead':
    'An executive sponsor has committed time and an AI CoE lead has been appointed.',
  'use-case-hypotheses':
    'Each candidate use case has a business problem, a business owner and a measurable value hypothesis.',
  'use-case-data-and-risk':
    "Personal data, the company's role and the expected risk level are recorded for each use case, and you know which data will be processed abroad.",
  'inventory-started':
    'If AI systems are already running, work on the AI system inventory has started.',
  'options-compared': 'Options have been compared, including doing nothing.',
  'charter-signed':
    "The charter and the establishing decision are signed; the AI steering committee's authority is clear.",
  'member-time-confirmed': "Line managers have confirmed each member's time.",
  'first-tranche-approved':
    'The first-tranche resource plan is approved, with conditions for the next tranche.',
  'no-long-term-contract': 'No long-term platform contract has been signed.',
  'scope-settled': 'Settle scope, references and schedule.',
  'inventory-built':
    'Build the AI system inventory, including bought solutions and tools employees use on their own; start at once if systems are already running.',
  'inventory-details':
    "Record each system's role, risk level, personal data and compliance deadline.",
  'dimensions-scored': 'Score all seven dimensions with evidence.',
  'stakeholders-heard': 'Run interviews, workshops and an anonymous survey.',
  'gap-analysis': 'Build the gap analysis.',
  'input-summary-returned': 'Send the input summary back to participants.',
  'steering-decision': "Get the steering committee's decision.",
  'use-cases-scored': 'Score use cases and record why each was chosen or set aside.',
  'priorities-tied-to-kpis': 'Tie every priority to a business goal and a KPI.',
  'go-no-go-and-baseline': 'Write go/no-go criteria and measure the baseline before each stage.',
  'first-wave-costs': 'Estimate first-wave running, integration and training costs.',
  'inventory-classified':
    'Add every AI system to the inventory, classify its risk, and review transparency and personal data.',
  'classification-dossier':
    "For medium- and high-risk systems: a classification dossier exists and the result has been notified (where the company is the provider), or the provider's classification has been obtained (where the company is the deployer).",
  'vendor-contract-clauses':
    'Vendor contracts cover classification, incidents, personal data and recourse for compensation.',
  'governance-policy-issued': 'Issue the AI governance policy and announce it to all employees.',
  'owner-baseline-kpis': 'Every use case has a business owner, a baseline and KPIs.',
  'dashboard-and-alerts': 'The dashboard and technical alerts are live.',
  'error-channel-and-pause':
    'There is an error-reporting channel and a named person who may pause a system.',
  'high-risk-review-schedule': 'High-risk systems have their own risk review schedule.',
  'quarterly-review-report':
    'The review report goes to the steering committee every quarter, and decisions are minuted.',
  'incident-process-rehearsed':
    'The process for handling incidents and personal data requests states the 72-hour and 2-working-day deadlines, has someone on call and has been rehearsed.',
  'gazette-watch':
    'Legal checks the Official Gazette for implementing texts for the AI law and the Personal Data Protection Law.',
  'reassessment-scheduled': 'The annual AI maturity reassessment is scheduled.',
};
