import type {PhaseChecklistText} from '../phaseChecklistInterfaceText';

/**
 * The phase checklist's interface: its title, buttons and printed sign-off sheet (English here,
 * Vietnamese in src/data/phaseChecklistInterfaceText.ts).
 */
export const PHASE_CHECKLIST_TEXT: PhaseChecklistText = {
  title: (phase) => `${phase} phase checklist`,
  reset: "Clear this phase's ticks",
  print: 'Print the sign-off sheet',
  signOff: {
    caption: (phase) => `${phase} phase sign-off sheet`,
    item: 'Item',
    status: 'Status',
    owner: 'Owner',
    date: 'Date',
    signature: 'Signature',
    done: 'Done',
    open: 'Not done',
  },
};
