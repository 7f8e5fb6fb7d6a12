/**
 * The phase checklist's interface: its title, buttons and printed sign-off sheet (Vietnamese
 * here, English in src/data/en/phaseChecklistInterfaceText.ts). The items themselves are in
 * checklistsText.ts, the progress line in checklistProgressText.ts.
 */
export const PHASE_CHECKLIST_TEXT = {
  title: (phase: string): string => `Danh sách kiểm tra giai đoạn ${phase}`,
  reset: 'Bỏ đánh dấu giai đoạn này',
  print: 'In phiếu xác nhận',
  signOff: {
    caption: (phase: string): string => `Phiếu xác nhận hoàn thành giai đoạn ${phase}`,
    item: 'Hạng mục',
    status: 'Tình trạng',
    owner: 'Người chịu trách nhiệm',
    date: 'Ngày',
    signature: 'Chữ ký',
    done: 'Đã xong',
    open: 'Chưa xong',
  },
};

/** The entries the English copy must have too. */
export type PhaseChecklistText = typeof PHASE_CHECKLIST_TEXT;
