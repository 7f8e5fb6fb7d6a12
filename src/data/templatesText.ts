import {translate} from '@docusaurus/Translate';
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
 * The templates' wording, in Vietnamese (English in i18n/en/code.json): titles, the guidance
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
    title: translate({id: 'templates.businessCase.problem.title', message: 'Vấn đề và cơ hội'}),
    guidance: translate({
      id: 'templates.businessCase.problem.guidance',
      message: 'Các điểm nghẽn kinh doanh cụ thể, gắn với mục tiêu chiến lược.',
    }),
  },
  'candidate-use-cases': {
    title: translate({
      id: 'templates.businessCase.candidateUseCases.title',
      message: 'Ca sử dụng ứng viên',
    }),
    guidance: translate({
      id: 'templates.businessCase.candidateUseCases.guidance',
      message: 'Mô tả, người chịu trách nhiệm nghiệp vụ, dữ liệu cần dùng, lý do chọn.',
    }),
  },
  'value-hypothesis': {
    title: translate({
      id: 'templates.businessCase.valueHypothesis.title',
      message: 'Giả thuyết giá trị và cách đo',
    }),
    guidance: translate({
      id: 'templates.businessCase.valueHypothesis.guidance',
      message:
        'Chỉ số, mức nền hoặc cách đo mức nền, nguồn dữ liệu, thời điểm đo; đánh dấu các giả định.',
    }),
  },
  costs: {
    title: translate({id: 'templates.businessCase.costs.title', message: 'Chi phí'}),
    guidance: translate({
      id: 'templates.businessCase.costs.guidance',
      message: 'Ước tính cho đợt đầu, lấy từ kế hoạch nguồn lực.',
    }),
  },
  'risks-and-obligations': {
    title: translate({
      id: 'templates.businessCase.risksAndObligations.title',
      message: 'Rủi ro và nghĩa vụ',
    }),
    guidance: translate({
      id: 'templates.businessCase.risksAndObligations.guidance',
      message:
        'Dữ liệu, an toàn thông tin, sai lệch của mô hình. Với từng ca: dữ liệu cá nhân cơ bản hay nhạy cảm và có được xử lý ở nước ngoài không; vai trò dự kiến của doanh nghiệp theo Luật Trí tuệ nhân tạo và mức rủi ro dự kiến cao, trung bình hay thấp; đối chiếu với hành vi bị nghiêm cấm; nghĩa vụ minh bạch. Xem trang Chuẩn Bị của cẩm nang.',
    }),
  },
  options: {
    title: translate({id: 'templates.businessCase.options.title', message: 'Các phương án'}),
    guidance: translate({
      id: 'templates.businessCase.options.guidance',
      message:
        'Giữ nguyên hiện trạng, mua giải pháp có sẵn, tự xây dựng hoặc kết hợp, kèm ưu nhược điểm.',
    }),
  },
  recommendation: {
    title: translate({
      id: 'templates.businessCase.recommendation.title',
      message: 'Đề xuất và quyết định',
    }),
    guidance: translate({
      id: 'templates.businessCase.recommendation.guidance',
      message:
        'Phương án khuyến nghị, nguồn lực đợt đầu, điều kiện cho đợt sau, người quyết định và thời hạn.',
    }),
  },
  'mission-and-scope': {
    title: translate({
      id: 'templates.charter.missionAndScope.title',
      message: 'Sứ mệnh và phạm vi',
    }),
    guidance: translate({
      id: 'templates.charter.missionAndScope.guidance',
      message: 'Mục tiêu phục vụ; đơn vị và loại ca sử dụng thuộc, không thuộc phạm vi.',
    }),
  },
  responsibilities: {
    title: translate({id: 'templates.charter.responsibilities.title', message: 'Nhiệm vụ'}),
    guidance: translate({
      id: 'templates.charter.responsibilities.guidance',
      message:
        'Tiếp nhận và xếp ưu tiên ca sử dụng, đặt chuẩn mực, xây dựng tài sản dùng lại được, hỗ trợ tuân thủ, theo dõi kết quả bằng chỉ số đo lường quan trọng (KPI).',
    }),
  },
  'structure-and-roles': {
    title: translate({
      id: 'templates.charter.structureAndRoles.title',
      message: 'Cơ cấu và vai trò',
    }),
    guidance: translate({
      id: 'templates.charter.structureAndRoles.guidance',
      message: 'Tên người và tỷ lệ thời gian đưa vào phụ lục.',
    }),
  },
  authority: {
    title: translate({id: 'templates.charter.authority.title', message: 'Quyền hạn'}),
    guidance: translate({
      id: 'templates.charter.authority.guidance',
      message: 'Điều AI CoE được quyết định, được đề xuất, được yêu cầu.',
    }),
  },
  'existing-bodies': {
    title: translate({
      id: 'templates.charter.existingBodies.title',
      message: 'Quan hệ với cơ cấu sẵn có',
    }),
    guidance: translate({
      id: 'templates.charter.existingBodies.guidance',
      message: 'Hội đồng rủi ro, ban chỉ đạo chuyển đổi số, pháp chế.',
    }),
  },
  reporting: {
    title: translate({id: 'templates.charter.reporting.title', message: 'Báo cáo và nhịp họp'}),
    guidance: translate({
      id: 'templates.charter.reporting.guidance',
      message: 'Báo cáo cho ai, bao lâu một lần.',
    }),
  },
  'effective-date': {
    title: translate({id: 'templates.charter.effectiveDate.title', message: 'Hiệu lực và rà soát'}),
    guidance: translate({
      id: 'templates.charter.effectiveDate.guidance',
      message: 'Ngày hiệu lực, lần rà soát tới, người ký.',
    }),
  },
};

type ColumnTexts = {
  readonly [Sheet in SheetTemplateId]: Readonly<
    Record<keyof (typeof SHEET_TEMPLATES)[Sheet]['columns'], string>
  >;
};

export const COLUMN_TEXT: ColumnTexts = {
  'use-case-intake': {
    'use-case': translate({id: 'templates.intake.useCase', message: 'Ca sử dụng'}),
    problem: translate({id: 'templates.intake.problem', message: 'Vấn đề kinh doanh'}),
    'business-owner': translate({
      id: 'templates.intake.businessOwner',
      message: 'Người chịu trách nhiệm nghiệp vụ',
    }),
    'business-goal': translate({
      id: 'templates.intake.businessGoal',
      message: 'Mục tiêu kinh doanh',
    }),
    'data-needed': translate({id: 'templates.intake.dataNeeded', message: 'Dữ liệu cần dùng'}),
    'personal-data': translate({id: 'templates.intake.personalData', message: 'Dữ liệu cá nhân'}),
    'expected-role': translate({
      id: 'templates.intake.expectedRole',
      message: 'Vai trò dự kiến của doanh nghiệp',
    }),
    'expected-risk-level': translate({
      id: 'templates.intake.expectedRiskLevel',
      message: 'Mức rủi ro dự kiến',
    }),
    'value-metric': translate({id: 'templates.intake.valueMetric', message: 'Chỉ số đo giá trị'}),
    baseline: translate({
      id: 'templates.intake.baseline',
      message: 'Mức nền hoặc cách đo mức nền',
    }),
  },
  'use-case-scoring': {
    'use-case': translate({id: 'templates.scoring.useCase', message: 'Ca sử dụng'}),
    'business-owner': translate({
      id: 'templates.scoring.businessOwner',
      message: 'Người chịu trách nhiệm nghiệp vụ',
    }),
    'expected-value': translate({
      id: 'templates.scoring.expectedValue',
      message: 'Giá trị kỳ vọng',
    }),
    feasibility: translate({id: 'templates.scoring.feasibility', message: 'Tính khả thi'}),
    risk: translate({id: 'templates.scoring.risk', message: 'Mức rủi ro'}),
    'weighted-score': translate({
      id: 'templates.scoring.weightedScore',
      message: 'Điểm có trọng số',
    }),
    decision: translate({id: 'templates.scoring.decision', message: 'Quyết định'}),
    reason: translate({id: 'templates.scoring.reason', message: 'Lý do chọn hoặc tạm gác'}),
  },
  'ai-system-inventory': {
    system: translate({id: 'templates.inventory.system', message: 'Hệ thống'}),
    owner: translate({id: 'templates.inventory.owner', message: 'Người chịu trách nhiệm'}),
    purpose: translate({id: 'templates.inventory.purpose', message: 'Mục đích'}),
    'in-operation-since': translate({
      id: 'templates.inventory.inOperationSince',
      message: 'Vận hành từ',
    }),
    sector: translate({id: 'templates.inventory.sector', message: 'Lĩnh vực'}),
    'company-role': translate({
      id: 'templates.inventory.companyRole',
      message: 'Vai trò của doanh nghiệp',
    }),
    'risk-level': translate({id: 'templates.inventory.riskLevel', message: 'Mức rủi ro'}),
    'prohibited-acts-check': translate({
      id: 'templates.inventory.prohibitedActsCheck',
      message: 'Hành vi bị nghiêm cấm',
    }),
    'personal-data': translate({
      id: 'templates.inventory.personalData',
      message: 'Dữ liệu cá nhân',
    }),
    'cross-border-transfer': translate({
      id: 'templates.inventory.crossBorderTransfer',
      message: 'Chuyển dữ liệu cá nhân xuyên biên giới',
    }),
    transparency: translate({
      id: 'templates.inventory.transparency',
      message: 'Nghĩa vụ minh bạch',
    }),
    'compliance-deadline': translate({
      id: 'templates.inventory.complianceDeadline',
      message: 'Hạn tuân thủ',
    }),
  },
  'risk-register': {
    system: translate({id: 'templates.riskRegister.system', message: 'Hệ thống AI'}),
    'system-risk-level': translate({
      id: 'templates.riskRegister.systemRiskLevel',
      message: 'Mức rủi ro của hệ thống',
    }),
    risk: translate({id: 'templates.riskRegister.risk', message: 'Mô tả rủi ro'}),
    likelihood: translate({id: 'templates.riskRegister.likelihood', message: 'Khả năng xảy ra'}),
    impact: translate({id: 'templates.riskRegister.impact', message: 'Mức ảnh hưởng'}),
    'risk-score': translate({id: 'templates.riskRegister.riskScore', message: 'Điểm rủi ro'}),
    controls: translate({id: 'templates.riskRegister.controls', message: 'Biện pháp kiểm soát'}),
    owner: translate({id: 'templates.riskRegister.owner', message: 'Người chịu trách nhiệm'}),
    'next-review': translate({id: 'templates.riskRegister.nextReview', message: 'Lần rà soát tới'}),
    status: translate({id: 'templates.riskRegister.status', message: 'Trạng thái'}),
  },
};

export const SCORING_CRITERION_TEXT: Readonly<Record<ScoringCriterionId, SectionText>> = {
  'expected-value': {
    title: translate({id: 'templates.criterion.expectedValue.title', message: 'Giá trị kỳ vọng'}),
    guidance: translate({
      id: 'templates.criterion.expectedValue.guidance',
      message: '5 khi ca sử dụng gỡ một điểm nghẽn gắn với mục tiêu lãnh đạo đang theo đuổi.',
    }),
  },
  feasibility: {
    title: translate({id: 'templates.criterion.feasibility.title', message: 'Tính khả thi'}),
    guidance: translate({
      id: 'templates.criterion.feasibility.guidance',
      message: '5 khi dữ liệu, công nghệ và người làm đều đã sẵn sàng.',
    }),
  },
  risk: {
    title: translate({id: 'templates.criterion.risk.title', message: 'Mức rủi ro'}),
    guidance: translate({
      id: 'templates.criterion.risk.guidance',
      message: '5 khi rủi ro thấp nhất; rủi ro càng cao, điểm càng thấp.',
    }),
  },
};

export const RISK_LEVEL_NAMES: Readonly<Record<AiRiskLevel, string>> = {
  high: translate({id: 'templates.riskLevel.high', message: 'Cao'}),
  medium: translate({id: 'templates.riskLevel.medium', message: 'Trung bình'}),
  low: translate({id: 'templates.riskLevel.low', message: 'Thấp'}),
};

export const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  health: translate({id: 'templates.sector.health', message: 'Y tế'}),
  education: translate({id: 'templates.sector.education', message: 'Giáo dục'}),
  finance: translate({id: 'templates.sector.finance', message: 'Tài chính'}),
  other: translate({id: 'templates.sector.other', message: 'Lĩnh vực khác'}),
};

export const PERSONAL_DATA_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  none: translate({id: 'templates.personalData.none', message: 'Không có'}),
  basic: translate({id: 'templates.personalData.basic', message: 'Cơ bản'}),
  sensitive: translate({id: 'templates.personalData.sensitive', message: 'Nhạy cảm'}),
};

export const YES_NO_NAMES: Readonly<Record<(typeof YES_NO)[number], string>> = {
  yes: translate({id: 'templates.yesNo.yes', message: 'Có'}),
  no: translate({id: 'templates.yesNo.no', message: 'Không'}),
};

export const DECISION_NAMES: Readonly<Record<(typeof USE_CASE_DECISIONS)[number], string>> = {
  selected: translate({id: 'templates.decision.selected', message: 'Chọn'}),
  'set-aside': translate({id: 'templates.decision.setAside', message: 'Tạm gác'}),
};

export const RISK_STATUS_NAMES: Readonly<Record<(typeof RISK_STATUSES)[number], string>> = {
  open: translate({id: 'templates.riskStatus.open', message: 'Mới ghi nhận'}),
  'in-treatment': translate({id: 'templates.riskStatus.inTreatment', message: 'Đang xử lý'}),
  closed: translate({id: 'templates.riskStatus.closed', message: 'Đã đóng'}),
};

/** Labels and notes the generated files print around the tables. */
export const TEMPLATE_LABELS = {
  ...KPI_COLUMN_LABELS,
  weight: translate({id: 'templates.label.weight', message: 'Trọng số (%)'}),
  weightTotal: translate({id: 'templates.label.weightTotal', message: 'Tổng trọng số'}),
  weightNote: translate({
    id: 'templates.label.weightNote',
    message:
      'Trọng số là điểm xuất phát của mẫu; ban chỉ đạo AI tự đặt trọng số của mình, tổng phải bằng 100. Mỗi tiêu chí chấm từ 1 đến 5, 5 là tốt nhất.',
  }),
  criterion: translate({id: 'templates.label.criterion', message: 'Tiêu chí'}),
  howToScore: translate({id: 'templates.label.howToScore', message: 'Cách chấm'}),
  deadlineNote: translate({
    id: 'templates.label.deadlineNote',
    message:
      'Hạn tuân thủ được tính từ ngày vận hành và lĩnh vực; pháp chế cần xác nhận cho từng hệ thống.',
  }),
  riskScoreNote: translate({
    id: 'templates.label.riskScoreNote',
    message: 'Điểm rủi ro bằng khả năng xảy ra nhân mức ảnh hưởng, mỗi yếu tố chấm từ 1 đến 5.',
  }),
  stakeholder: translate({id: 'templates.label.stakeholder', message: 'Bên liên quan'}),
  baseline: translate({id: 'templates.label.baseline', message: 'Mức nền'}),
  target: translate({id: 'templates.label.target', message: 'Mục tiêu'}),
  tablesDocumentTitle: translate({
    id: 'templates.label.tablesDocumentTitle',
    message: 'Biểu mẫu dạng bảng của AI CoE',
  }),
  kpiNote: KPI_TARGET_NOTE,
  source: translate({id: 'templates.label.source', message: 'Theo cẩm nang AI CoE, mục:'}),
} as const;
