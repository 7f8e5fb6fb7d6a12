import type {ImportProblem} from '../utils/assessmentExchange';

/**
 * The readiness self-assessment's interface: its buttons, messages, results and saved runs
 * (Vietnamese here, English in src/data/en/readinessAssessmentInterfaceText.ts). The questions,
 * dimensions and levels are in assessmentText.ts. `level` is a maturity level's number, `name`
 * its name.
 */
export const READINESS_ASSESSMENT_TEXT = {
  level: {
    /** A level as the results, the target menu and the CSV name it. */
    name: (level: number, name: string): string => `Mức ${level} – ${name}`,
    /** Before a level's description under a question. */
    label: (level: number, name: string): string => `Mức ${level} – ${name}:`,
  },
  notAnswered: 'Chưa trả lời',
  target: {
    label: 'Mức mục tiêu cho mọi khía cạnh',
    custom: 'Mục tiêu riêng cho từng khía cạnh (từ tệp hoặc liên kết)',
  },
  /** Why a file or a share link could not be read. */
  importProblem: {
    'not-json':
      'Tệp này không phải tệp JSON nên không đọc được. Các câu trả lời hiện có vẫn được giữ nguyên.',
    'wrong-format':
      'Tệp này không phải bản xuất của bài tự đánh giá mức sẵn sàng. Các câu trả lời hiện có vẫn được giữ nguyên.',
    'unsupported-version':
      'Dữ liệu này được tạo từ một phiên bản khác của cẩm nang nên không đọc được. Các câu trả lời hiện có vẫn được giữ nguyên.',
    'invalid-answers':
      'Tệp có câu hỏi hoặc mức đánh giá mà cẩm nang không có, có thể do đã bị sửa tay. Các câu trả lời hiện có vẫn được giữ nguyên.',
    'damaged-link':
      'Liên kết chia sẻ bị hỏng hoặc đã bị sửa nên không hiển thị được kết quả. Trang hiển thị các câu trả lời đã lưu trong trình duyệt của bạn.',
  } satisfies Record<ImportProblem, string>,
  imported: 'Đã nhập câu trả lời từ tệp.',
  reset: {
    button: 'Làm lại từ đầu',
    done: 'Đã xóa các câu trả lời; các lần đánh giá đã lưu vẫn được giữ.',
  },
  json: {
    fileName: 'tu-danh-gia-muc-san-sang.json',
    export: 'Xuất tệp JSON',
    import: 'Nhập tệp JSON',
    fileLabel: 'Chọn tệp JSON để nhập',
  },
  csv: {
    fileName: 'tu-danh-gia-muc-san-sang.csv',
    export: 'Xuất bảng CSV',
  },
  print: 'In báo cáo một trang',
  share: {
    button: 'Sao chép liên kết chia sẻ',
    label: 'Liên kết chia sẻ kết quả',
    copied: 'Đã sao chép liên kết chia sẻ.',
    copyFailed: 'Trình duyệt không cho sao chép tự động; hãy sao chép liên kết trong ô bên dưới.',
    opened:
      'Trang đang hiển thị kết quả từ liên kết chia sẻ. Nếu bạn sửa câu trả lời, kết quả này sẽ được lưu thay cho câu trả lời cũ trong trình duyệt.',
  },
  results: {
    title: 'Kết quả tự đánh giá',
    answered: (answered: number, questions: number): string =>
      `Đã trả lời ${answered} trên ${questions} câu hỏi.`,
    empty: 'Chọn một mức cho từng câu hỏi để xem kết quả.',
    /** `level` in words, `score` formatted. */
    overall: (level: string, score: string): string =>
      `Mức sẵn sàng chung: ${level} (điểm trung bình ${score}).`,
    chart:
      'Biểu đồ radar mức sẵn sàng theo từng khía cạnh: đường liền là hiện trạng, đường nét đứt là mục tiêu. Số liệu nằm trong bảng kết quả.',
    caption: 'Điểm và mức theo từng khía cạnh',
    score: 'Điểm (1–4)',
    level: 'Mức hiện tại',
    target: 'Mục tiêu',
    gap: 'Khoảng cách',
    met: 'Đã đạt mục tiêu',
    below: (gap: number): string => `Còn thiếu ${gap} mức`,
  },
  /** The results' and the saved runs' first column. */
  dimension: 'Khía cạnh',
  next: {
    title: 'Việc cần làm để đạt mục tiêu',
    /** The levels in words. */
    dimension: (dimension: string, level: string, target: string): string =>
      `${dimension}: từ ${level} lên ${target}`,
    read: 'Đọc trong cẩm nang:',
    checklist: 'Các mục kiểm tra liên quan:',
  },
  runs: {
    title: 'Lưu và so sánh các lần đánh giá',
    name: 'Tên lần đánh giá (không bắt buộc)',
    save: 'Lưu lần đánh giá này',
    saved: 'Đã lưu lần đánh giá này.',
    compare: 'So sánh câu trả lời hiện tại với',
    choose: 'Chọn một lần đã lưu',
    caption: (name: string): string => `Thay đổi so với lần “${name}”`,
    before: 'Lần đã lưu',
    after: 'Hiện tại',
    change: 'Thay đổi',
    unchanged: 'Không đổi',
    /** `amount` formatted. */
    up: (amount: string): string => `Tăng ${amount}`,
    down: (amount: string): string => `Giảm ${amount}`,
  },
};

/** The entries the English copy must have too. */
export type ReadinessAssessmentText = typeof READINESS_ASSESSMENT_TEXT;
