/**
 * What a toolkit page says when the browser's saved data cannot be used (Vietnamese here,
 * English in src/data/en/storedDataNoticeText.ts), by problem. Every page with a tool that saves
 * (the self-assessment, the phase checklists, the overview's progress) loads this, and only this.
 */
export const STORED_DATA_TEXT = {
  unavailable:
    'Trình duyệt không cho lưu dữ liệu (có thể do chế độ riêng tư hoặc bộ nhớ đã đầy), nên tiến độ sẽ không được giữ lại khi tải lại trang.',
  unknownVersion:
    'Dữ liệu đã lưu thuộc một phiên bản khác của cẩm nang nên không đọc được. Trang bắt đầu lại từ đầu; dữ liệu khác không bị ảnh hưởng.',
  damaged:
    'Dữ liệu đã lưu trong trình duyệt bị hỏng hoặc đã bị sửa nên không dùng được. Trang bắt đầu lại từ đầu; dữ liệu khác không bị ảnh hưởng.',
};

/** The entries the English copy must have too. */
export type StoredDataText = typeof STORED_DATA_TEXT;
