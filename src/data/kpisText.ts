import {kpiOwnerNames} from './kpiOwners';
import type {KpiCategory, KpiId, ReviewCadence} from './kpis';

/**
 * The KPI library's wording, as the Monitor and Improve page's KPI sheet puts it (Vietnamese;
 * English in src/data/en/kpisText.ts). The owners, cadences and phases are in kpis.ts.
 */

export interface KpiText {
  readonly name: string;
  /** What the indicator tells the steering committee. */
  readonly definition: string;
  readonly formula: string;
  readonly dataSource: string;
}

/** The columns of the KPI sheet and library, also used by the workbook (TEMPLATE_LABELS). */
export const KPI_COLUMN_LABELS = {
  kpi: 'KPI',
  category: 'Nhóm',
  definition: 'Định nghĩa',
  formula: 'Cách tính',
  dataSource: 'Nguồn dữ liệu',
  owner: 'Người chịu trách nhiệm',
  cadence: 'Tần suất',
  setIn: 'Giai đoạn đặt chỉ số',
} as const;

/** The guide sets no targets: who does, said under the KPI sheet and library. */
export const KPI_TARGET_NOTE =
  'Mục tiêu do người chịu trách nhiệm nghiệp vụ đề xuất, ban chỉ đạo AI thống nhất; cẩm nang không đưa con số chung.';

export const KPI_CATEGORY_NAMES: Readonly<Record<KpiCategory, string>> = {
  value: 'Giá trị',
  adoption: 'Áp dụng',
  delivery: 'Triển khai',
  risk: 'Rủi ro',
};

export const REVIEW_CADENCE_NAMES: Readonly<Record<ReviewCadence, string>> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
};

export const KPI_TEXT: Readonly<Record<KpiId, KpiText>> = {
  'case-processing-time': {
    name: 'Thời gian xử lý hồ sơ',
    definition: 'Thời gian trung bình để hoàn tất một hồ sơ trong quy trình mà AI hỗ trợ.',
    formula: 'Tổng thời gian xử lý chia cho số hồ sơ hoàn tất',
    dataSource: 'Hệ thống nghiệp vụ',
  },
  'cumulative-net-value': {
    name: 'Giá trị ròng lũy kế',
    definition:
      'Lợi ích so với mức nền trừ mọi chi phí AI, cộng dồn từ đầu; tháng nó chuyển sang dương cho biết thời gian hoàn vốn.',
    formula: 'Chi phí tiết kiệm cộng doanh thu tăng thêm so với mức nền, trừ chi phí AI',
    dataSource: 'Số liệu tài chính',
  },
  'adoption-rate': {
    name: 'Tỷ lệ áp dụng',
    definition:
      'Mức người dùng mục tiêu thực sự dùng giải pháp AI trong công việc; một chỉ số báo trước.',
    formula: 'Người dùng mục tiêu dùng hằng tuần chia cho tổng người dùng mục tiêu',
    dataSource: 'Nhật ký truy cập',
  },
  'cycle-time': {
    name: 'Thời gian chu kỳ',
    definition: 'Tốc độ AI CoE đưa một ý tưởng thành giải pháp vận hành chính thức.',
    formula: 'Trung vị số ngày từ ý tưởng đến vận hành chính thức',
    dataSource: 'Danh sách công việc chung',
  },
  'gate-pass-rate': {
    name: 'Tỷ lệ qua cổng',
    definition:
      'Tỷ lệ ca sử dụng được duyệt đi tiếp ở cổng kiểm soát; dừng đúng tiêu chí cũng là kết quả hợp lệ.',
    formula: 'Số ca sử dụng được duyệt đi tiếp chia cho số ca sử dụng đến cổng',
    dataSource: 'Biên bản quyết định',
  },
  'compliance-level': {
    name: 'Mức độ tuân thủ',
    definition: 'Phần danh mục hệ thống AI đã được phân loại rủi ro và rà soát đúng lịch.',
    formula:
      'Hệ thống AI đã phân loại và rà soát đúng lịch chia cho tổng số hệ thống trong danh mục',
    dataSource: 'Danh mục hệ thống AI',
  },
  'ai-incidents': {
    name: 'Sự cố AI',
    definition: 'Số sự cố AI và tốc độ khắc phục, theo mức nghiêm trọng.',
    formula: 'Số sự cố theo mức nghiêm trọng; trung vị thời gian khắc phục',
    dataSource: 'Nhật ký sự cố',
  },
  'data-subject-requests': {
    name: 'Yêu cầu của chủ thể dữ liệu',
    definition: 'Việc đáp ứng quyền của chủ thể dữ liệu trong thời hạn luật định.',
    formula: 'Yêu cầu được phản hồi và thực hiện đúng thời hạn luật định chia cho tổng yêu cầu',
    dataSource: 'Hệ thống tiếp nhận yêu cầu',
  },
};

/** Who answers for a KPI, in this language. */
export const kpiOwnerName = (kpi: KpiId): string => kpiOwnerNames(kpi, 'và');
