import type {ChecklistProgressText} from '../checklistProgressText';

/**
 * A checklist's progress in words (English here, Vietnamese in src/data/checklistProgressText.ts).
 */
export const CHECKLIST_PROGRESS_TEXT: ChecklistProgressText = {
  progress: (done, total) => `${done} of ${total} items done`,
  summaryLabel: 'Checklist progress by phase',
  separator: ': ',
};
