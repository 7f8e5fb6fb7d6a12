import {translate} from '@docusaurus/Translate';
import {KPIS, type Kpi, type KpiCategory, type KpiId, type ReviewCadence} from './kpis';
import {STAKEHOLDER_TEXT} from './processText';

/**
 * The KPI library's wording, as the Monitor and Improve page's KPI sheet puts it (Vietnamese;
 * English in i18n/en/code.json). The owners, cadences and phases are in kpis.ts.
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
  kpi: translate({id: 'templates.label.kpi', message: 'KPI'}),
  category: translate({id: 'templates.label.category', message: 'Nhóm'}),
  definition: translate({id: 'templates.label.definition', message: 'Định nghĩa'}),
  formula: translate({id: 'templates.label.formula', message: 'Cách tính'}),
  dataSource: translate({id: 'templates.label.dataSource', message: 'Nguồn dữ liệu'}),
  owner: translate({id: 'templates.label.owner', message: 'Người chịu trách nhiệm'}),
  cadence: translate({id: 'templates.label.cadence', message: 'Tần suất'}),
  setIn: translate({id: 'templates.label.setIn', message: 'Giai đoạn đặt chỉ số'}),
} as const;

/** The guide sets no targets: who does, said under the KPI sheet and library. */
export const KPI_TARGET_NOTE = translate({
  id: 'templates.label.kpiNote',
  message:
    'Mục tiêu do người chịu trách nhiệm nghiệp vụ đề xuất, ban chỉ đạo AI thống nhất; cẩm nang không đưa con số chung.',
});

export const KPI_CATEGORY_NAMES: Readonly<Record<KpiCategory, string>> = {
  value: translate({id: 'kpis.category.value', message: 'Giá trị'}),
  adoption: translate({id: 'kpis.category.adoption', message: 'Áp dụng'}),
  delivery: translate({id: 'kpis.category.delivery', message: 'Triển khai'}),
  risk: translate({id: 'kpis.category.risk', message: 'Rủi ro'}),
};

export const REVIEW_CADENCE_NAMES: Readonly<Record<ReviewCadence, string>> = {
  monthly: translate({id: 'kpis.cadence.monthly', message: 'Hằng tháng'}),
  quarterly: translate({id: 'kpis.cadence.quarterly', message: 'Hằng quý'}),
};

export const KPI_TEXT: Readonly<Record<KpiId, KpiText>> = {
  'case-processing-time': {
    name: translate({id: 'kpis.caseProcessingTime.name', message: 'Thời gian xử lý hồ sơ'}),
    definition: translate({
      id: 'kpis.caseProcessingTime.definition',
      message: 'Thời gian trung bình để hoàn tất một hồ sơ trong quy trình mà AI hỗ trợ.',
    }),
    formula: translate({
      id: 'kpis.caseProcessingTime.formula',
      message: 'Tổng thời gian xử lý chia cho số hồ sơ hoàn tất',
    }),
    dataSource: translate({
      id: 'kpis.caseProcessingTime.dataSource',
      message: 'Hệ thống nghiệp vụ',
    }),
  },
  'cumulative-net-value': {
    name: translate({id: 'kpis.cumulativeNetValue.name', message: 'Giá trị ròng lũy kế'}),
    definition: translate({
      id: 'kpis.cumulativeNetValue.definition',
      message:
        'Lợi ích so với mức nền trừ mọi chi phí AI, cộng dồn từ đầu; tháng nó chuyển sang dương cho biết thời gian hoàn vốn.',
    }),
    formula: translate({
      id: 'kpis.cumulativeNetValue.formula',
      message: 'Chi phí tiết kiệm cộng doanh thu tăng thêm so với mức nền, trừ chi phí AI',
    }),
    dataSource: translate({id: 'kpis.cumulativeNetValue.dataSource', message: 'Số liệu tài chính'}),
  },
  'adoption-rate': {
    name: translate({id: 'kpis.adoptionRate.name', message: 'Tỷ lệ áp dụng'}),
    definition: translate({
      id: 'kpis.adoptionRate.definition',
      message:
        'Mức người dùng mục tiêu thực sự dùng giải pháp AI trong công việc; một chỉ số báo trước.',
    }),
    formula: translate({
      id: 'kpis.adoptionRate.formula',
      message: 'Người dùng mục tiêu dùng hằng tuần chia cho tổng người dùng mục tiêu',
    }),
    dataSource: translate({id: 'kpis.adoptionRate.dataSource', message: 'Nhật ký truy cập'}),
  },
  'cycle-time': {
    name: translate({id: 'kpis.cycleTime.name', message: 'Thời gian chu kỳ'}),
    definition: translate({
      id: 'kpis.cycleTime.definition',
      message: 'Tốc độ AI CoE đưa một ý tưởng thành giải pháp vận hành chính thức.',
    }),
    formula: translate({
      id: 'kpis.cycleTime.formula',
      message: 'Trung vị số ngày từ ý tưởng đến vận hành chính thức',
    }),
    dataSource: translate({id: 'kpis.cycleTime.dataSource', message: 'Danh sách công việc chung'}),
  },
  'gate-pass-rate': {
    name: translate({id: 'kpis.gatePassRate.name', message: 'Tỷ lệ qua cổng'}),
    definition: translate({
      id: 'kpis.gatePassRate.definition',
      message:
        'Tỷ lệ ca sử dụng được duyệt đi tiếp ở cổng kiểm soát; dừng đúng tiêu chí cũng là kết quả hợp lệ.',
    }),
    formula: translate({
      id: 'kpis.gatePassRate.formula',
      message: 'Số ca sử dụng được duyệt đi tiếp chia cho số ca sử dụng đến cổng',
    }),
    dataSource: translate({id: 'kpis.gatePassRate.dataSource', message: 'Biên bản quyết định'}),
  },
  'compliance-level': {
    name: translate({id: 'kpis.complianceLevel.name', message: 'Mức độ tuân thủ'}),
    definition: translate({
      id: 'kpis.complianceLevel.definition',
      message: 'Phần danh mục hệ thống AI đã được phân loại rủi ro và rà soát đúng lịch.',
    }),
    formula: translate({
      id: 'kpis.complianceLevel.formula',
      message:
        'Hệ thống AI đã phân loại và rà soát đúng lịch chia cho tổng số hệ thống trong danh mục',
    }),
    dataSource: translate({id: 'kpis.complianceLevel.dataSource', message: 'Danh mục hệ thống AI'}),
  },
  'ai-incidents': {
    name: translate({id: 'kpis.aiIncidents.name', message: 'Sự cố AI'}),
    definition: translate({
      id: 'kpis.aiIncidents.definition',
      message: 'Số sự cố AI và tốc độ khắc phục, theo mức nghiêm trọng.',
    }),
    formula: translate({
      id: 'kpis.aiIncidents.formula',
      message: 'Số sự cố theo mức nghiêm trọng; trung vị thời gian khắc phục',
    }),
    dataSource: translate({id: 'kpis.aiIncidents.dataSource', message: 'Nhật ký sự cố'}),
  },
  'data-subject-requests': {
    name: translate({
      id: 'kpis.dataSubjectRequests.name',
      message: 'Yêu cầu của chủ thể dữ liệu',
    }),
    definition: translate({
      id: 'kpis.dataSubjectRequests.definition',
      message: 'Việc đáp ứng quyền của chủ thể dữ liệu trong thời hạn luật định.',
    }),
    formula: translate({
      id: 'kpis.dataSubjectRequests.formula',
      message: 'Yêu cầu được phản hồi và thực hiện đúng thời hạn luật định chia cho tổng yêu cầu',
    }),
    dataSource: translate({
      id: 'kpis.dataSubjectRequests.dataSource',
      message: 'Hệ thống tiếp nhận yêu cầu',
    }),
  },
};

/** Who answers for a KPI: its owner group, and the group that shares it where there is one. */
export function kpiOwnerName(kpi: KpiId): string {
  const {owner, coOwner}: Kpi = KPIS[kpi];
  if (!coOwner) return STAKEHOLDER_TEXT[owner].name;
  return translate(
    {id: 'kpis.owner.shared', message: '{owner} và {coOwner}'},
    {owner: STAKEHOLDER_TEXT[owner].name, coOwner: STAKEHOLDER_TEXT[coOwner].name.toLowerCase()},
  );
}
