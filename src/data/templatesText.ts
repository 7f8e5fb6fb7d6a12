import {KPI_COLUMN_LABELS, KPI_TARGET_NOTE} from './kpisText';
import type {
  AiRiskLevel,
  DocumentSectionId,
  PersonalDataKind,
  ScoringCriterionId,
  Sector,
  SheetTemplateId,
  SHEET_TEMPLATES,
  RISK_STATUSES,
  USE_CASE_DECISIONS,
  YES_NO,
} from './templates';

export {TEMPLATE_TITLES} from './templateTitlesText';

/**
 * The templates' wording, in Vietnamese (English in src/data/en/templatesText.ts): titles, the guidance
 * under each heading of the document templates (taken from the outlines on the Prepare page),
 * column headers and the words of each drop-down list. The structure is in templates.ts.
 */

export interface SectionText {
  readonly title: string;
  /** What to write under the heading. */
  readonly guidance: string;
}

export const DOCUMENT_SECTION_TEXT: Readonly<Record<DocumentSectionId, SectionText>> = {
  problem: {
    title: 'Vấn đề và cơ hội',
    guidance: 'Các điểm nghẽn kinh doanh cụ thể, gắn với mục tiêu chiến lược.',
  },
  'candidate-use-cases': {
    title: 'Ca sử dụng ứng viên',
    guidance: 'Mô tả, người chịu trách nhiệm nghiệp vụ, dữ liệu cần dùng, lý do chọn.',
  },
  'value-hypothesis': {
    title: 'Giả thuyết giá trị và cách đo',
    guidance:
      'Chỉ số, mức nền hoặc cách đo mức nền, nguồn dữ liệu, thời điểm đo; đánh dấu các giả định.',
  },
  costs: {
    title: 'Chi phí',
    guidance: 'Ước tính cho đợt đầu, lấy từ kế hoạch nguồn lực.',
  },
  'risks-and-obligations': {
    title: 'Rủi ro và nghĩa vụ',
    guidance:
      'Dữ liệu, an toàn thông tin, sai lệch của mô hình. Với từng ca: dữ liệu cá nhân cơ bản hay nhạy cảm và có được xử lý ở nước ngoài không; vai trò dự kiến của doanh nghiệp theo Luật Trí tuệ nhân tạo và mức rủi ro dự kiến cao, trung bình hay thấp; đối chiếu với hành vi bị nghiêm cấm; nghĩa vụ minh bạch. Xem trang Chuẩn Bị của cẩm nang.',
  },
  options: {
    title: 'Các phương án',
    guidance:
      'Giữ nguyên hiện trạng, mua giải pháp có sẵn, tự xây dựng hoặc kết hợp, kèm ưu nhược điểm.',
  },
  recommendation: {
    title: 'Đề xuất và quyết định',
    guidance:
      'Phương án khuyến nghị, nguồn lực đợt đầu, điều kiện cho đợt sau, người quyết định và thời hạn.',
  },
  'mission-and-scope': {
    title: 'Sứ mệnh và phạm vi',
    guidance: 'Mục tiêu phục vụ; đơn vị và loại ca sử dụng thuộc, không thuộc phạm vi.',
  },
  responsibilities: {
    title: 'Nhiệm vụ',
    guidance:
      'Tiếp nhận và xếp ưu tiên ca sử dụng, đặt chuẩn mực, xây dựng tài sản dùng lại được, hỗ trợ tuân thủ, theo dõi kết quả bằng chỉ số đo lường quan trọng (KPI).',
  },
  'structure-and-roles': {
    title: 'Cơ cấu và vai trò',
    guidance: 'Tên người và tỷ lệ thời gian đưa vào phụ lục.',
  },
  authority: {
    title: 'Quyền hạn',
    guidance: 'Điều AI CoE được quyết định, được đề xuất, được yêu cầu.',
  },
  'existing-bodies': {
    title: 'Quan hệ với cơ cấu sẵn có',
    guidance: 'Hội đồng rủi ro, ban chỉ đạo chuyển đổi số, pháp chế.',
  },
  reporting: {
    title: 'Báo cáo và nhịp họp',
    guidance: 'Báo cáo cho ai, bao lâu một lần.',
  },
  'effective-date': {
    title: 'Hiệu lực và rà soát',
    guidance: 'Ngày hiệu lực, lần rà soát tới, người ký.',
  },
};

export type ColumnTexts = {
  readonly [Sheet in SheetTemplateId]: Readonly<
    Record<keyof (typeof SHEET_TEMPLATES)[Sheet]['columns'], string>
  >;
};

export const COLUMN_TEXT: ColumnTexts = {
  'use-case-intake': {
    'use-case': 'Ca sử dụng',
    problem: 'Vấn đề kinh doanh',
    'business-owner': 'Người chịu trách nhiệm nghiệp vụ',
    'business-goal': 'Mục tiêu kinh doanh',
    'data-needed': 'Dữ liệu cần dùng',
    'personal-data': 'Dữ liệu cá nhân',
    'expected-role': 'Vai trò dự kiến của doanh nghiệp',
    'expected-risk-level': 'Mức rủi ro dự kiến',
    'value-metric': 'Chỉ số đo giá trị',
    baseline: 'Mức nền hoặc cách đo mức nền',
  },
  'use-case-scoring': {
    'use-case': 'Ca sử dụng',
    'business-owner': 'Người chịu trách nhiệm nghiệp vụ',
    'expected-value': 'Giá trị kỳ vọng',
    feasibility: 'Tính khả thi',
    risk: 'Mức rủi ro',
    'weighted-score': 'Điểm có trọng số',
    decision: 'Quyết định',
    reason: 'Lý do chọn hoặc tạm gác',
  },
  'ai-system-inventory': {
    system: 'Hệ thống',
    owner: 'Người chịu trách nhiệm',
    purpose: 'Mục đích',
    'in-operation-since': 'Vận hành từ',
    sector: 'Lĩnh vực',
    'company-role': 'Vai trò của doanh nghiệp',
    'risk-level': 'Mức rủi ro',
    'prohibited-acts-check': 'Hành vi bị nghiêm cấm',
    'personal-data': 'Dữ liệu cá nhân',
    'cross-border-transfer': 'Chuyển dữ liệu cá nhân xuyên biên giới',
    transparency: 'Nghĩa vụ minh bạch',
    'compliance-deadline': 'Hạn tuân thủ',
  },
  'risk-register': {
    system: 'Hệ thống AI',
    'system-risk-level': 'Mức rủi ro của hệ thống',
    risk: 'Mô tả rủi ro',
    likelihood: 'Khả năng xảy ra',
    impact: 'Mức ảnh hưởng',
    'risk-score': 'Điểm rủi ro',
    controls: 'Biện pháp kiểm soát',
    owner: 'Người chịu trách nhiệm',
    'next-review': 'Lần rà soát tới',
    status: 'Trạng thái',
  },
};

export const SCORING_CRITERION_TEXT: Readonly<Record<ScoringCriterionId, SectionText>> = {
  'expected-value': {
    title: 'Giá trị kỳ vọng',
    guidance: '5 khi ca sử dụng gỡ một điểm nghẽn gắn với mục tiêu lãnh đạo đang theo đuổi.',
  },
  feasibility: {
    title: 'Tính khả thi',
    guidance: '5 khi dữ liệu, công nghệ và người làm đều đã sẵn sàng.',
  },
  risk: {
    title: 'Mức rủi ro',
    guidance: '5 khi rủi ro thấp nhất; rủi ro càng cao, điểm càng thấp.',
  },
};

export const RISK_LEVEL_NAMES: Readonly<Record<AiRiskLevel, string>> = {
  high: 'Cao',
  medium: 'Trung bình',
  low: 'Thấp',
};

export const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  health: 'Y tế',
  education: 'Giáo dục',
  finance: 'Tài chính',
  other: 'Lĩnh vực khác',
};

export const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  none: 'Không có',
  basic: 'Cơ bản',
  sensitive: 'Nhạy cảm',
};

export const YES_NO_NAMES: Readonly<Record<(typeof YES_NO)[number], string>> = {
  yes: 'Có',
  no: 'Không',
};

export const DECISION_NAMES: Readonly<Record<(typeof USE_CASE_DECISIONS)[number], string>> = {
  selected: 'Chọn',
  'set-aside': 'Tạm gác',
};

export const RISK_STATUS_NAMES: Readonly<Record<(typeof RISK_STATUSES)[number], string>> = {
  open: 'Mới ghi nhận',
  'in-treatment': 'Đang xử lý',
  closed: 'Đã đóng',
};

/** Labels and notes the generated files print around the tables. */
export const TEMPLATE_LABELS = {
  ...KPI_COLUMN_LABELS,
  weight: 'Trọng số (%)',
  weightTotal: 'Tổng trọng số',
  weightNote:
    'Trọng số là điểm xuất phát của mẫu; ban chỉ đạo AI tự đặt trọng số của mình, tổng phải bằng 100. Mỗi tiêu chí chấm từ 1 đến 5, 5 là tốt nhất.',
  criterion: 'Tiêu chí',
  howToScore: 'Cách chấm',
  deadlineNote:
    'Hạn tuân thủ được tính từ ngày vận hành và lĩnh vực; pháp chế cần xác nhận cho từng hệ thống.',
  riskScoreNote: 'Điểm rủi ro bằng khả năng xảy ra nhân mức ảnh hưởng, mỗi yếu tố chấm từ 1 đến 5.',
  stakeholder: 'Bên liên quan',
  baseline: 'Mức nền',
  target: 'Mục tiêu',
  tablesDocumentTitle: 'Biểu mẫu dạng bảng của AI CoE',
  kpiNote: KPI_TARGET_NOTE,
  source: 'Theo cẩm nang AI CoE, mục:',
} as const;
