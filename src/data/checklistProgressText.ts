/**
 * A checklist's progress in words (Vietnamese here, English in
 * src/data/en/checklistProgressText.ts): under each phase checklist, and for every phase on the
 * process overview, which loads this but not the checklist's own wording.
 */
export const CHECKLIST_PROGRESS_TEXT = {
  progress: (done: number, total: number): string => `Đã xong ${done} trên ${total} mục`,
  /** The overview's list of phases, for assistive technology. */
  summaryLabel: 'Tiến độ danh sách kiểm tra theo giai đoạn',
  /** Between a phase's name (a link) and its progress on the overview. */
  separator: ': ',
};

/** The entries the English copy must have too. */
export type ChecklistProgressText = typeof CHECKLIST_PROGRESS_TEXT;
