import {translate} from '@docusaurus/Translate';
import type {ChecklistItemId} from './checklists';

/**
 * The phase checklists' items, word for word as each phase page lists them under
 * `{#checklist}` (Vietnamese here, English in i18n/en/code.json). Change a page's checklist and
 * this text together: a unit test compares them.
 */
export const CHECKLIST_ITEM_TEXT: Readonly<Record<ChecklistItemId, string>> = {
  'sponsor-and-lead': translate({
    id: 'checklist.prepare.sponsorAndLead',
    message: 'Đã có lãnh đạo bảo trợ cam kết thời gian và trưởng AI CoE được giao nhiệm vụ.',
  }),
  'use-case-hypotheses': translate({
    id: 'checklist.prepare.useCaseHypotheses',
    message:
      'Mỗi ca ứng viên có vấn đề kinh doanh, người chịu trách nhiệm nghiệp vụ và giả thuyết giá trị đo được.',
  }),
  'use-case-data-and-risk': translate({
    id: 'checklist.prepare.useCaseDataAndRisk',
    message:
      'Đã ghi nhận dữ liệu cá nhân, vai trò của doanh nghiệp và mức rủi ro dự kiến của từng ca, và biết dữ liệu nào sẽ được xử lý ở nước ngoài.',
  }),
  'inventory-started': translate({
    id: 'checklist.prepare.inventoryStarted',
    message: 'Nếu đã có hệ thống AI đang chạy, việc lập danh mục hệ thống AI đã bắt đầu.',
  }),
  'options-compared': translate({
    id: 'checklist.prepare.optionsCompared',
    message: 'Đã so sánh các phương án, kể cả giữ nguyên hiện trạng.',
  }),
  'charter-signed': translate({
    id: 'checklist.prepare.charterSigned',
    message: 'Điều lệ và quyết định thành lập đã ký; thẩm quyền ban chỉ đạo AI đã rõ.',
  }),
  'member-time-confirmed': translate({
    id: 'checklist.prepare.memberTimeConfirmed',
    message: 'Thời gian của từng thành viên đã được quản lý trực tiếp xác nhận.',
  }),
  'first-tranche-approved': translate({
    id: 'checklist.prepare.firstTrancheApproved',
    message: 'Kế hoạch nguồn lực đợt đầu được phê duyệt, kèm điều kiện cho đợt sau.',
  }),
  'no-long-term-contract': translate({
    id: 'checklist.prepare.noLongTermContract',
    message: 'Chưa ký hợp đồng nền tảng dài hạn nào.',
  }),
  'scope-settled': translate({
    id: 'checklist.assess.scopeSettled',
    message: 'Chốt phạm vi, tham chiếu và lịch.',
  }),
  'inventory-built': translate({
    id: 'checklist.assess.inventoryBuilt',
    message:
      'Lập danh mục hệ thống AI, kể cả giải pháp mua ngoài và công cụ nhân viên tự dùng; bắt đầu ngay nếu đã có hệ thống đang chạy.',
  }),
  'inventory-details': translate({
    id: 'checklist.assess.inventoryDetails',
    message: 'Ghi vai trò, mức rủi ro, dữ liệu cá nhân và hạn tuân thủ của từng hệ thống.',
  }),
  'dimensions-scored': translate({
    id: 'checklist.assess.dimensionsScored',
    message: 'Chấm bảy khía cạnh có bằng chứng.',
  }),
  'stakeholders-heard': translate({
    id: 'checklist.assess.stakeholdersHeard',
    message: 'Phỏng vấn, hội thảo, khảo sát ẩn danh.',
  }),
  'gap-analysis': translate({
    id: 'checklist.assess.gapAnalysis',
    message: 'Lập bảng phân tích khoảng cách.',
  }),
  'input-summary-returned': translate({
    id: 'checklist.assess.inputSummaryReturned',
    message: 'Gửi lại bản tổng hợp ý kiến.',
  }),
  'steering-decision': translate({
    id: 'checklist.assess.steeringDecision',
    message: 'Nhận quyết định của ban chỉ đạo AI.',
  }),
  'use-cases-scored': translate({
    id: 'checklist.plan.useCasesScored',
    message: 'Chấm điểm ca sử dụng, ghi lý do chọn và tạm gác.',
  }),
  'priorities-tied-to-kpis': translate({
    id: 'checklist.plan.prioritiesTiedToKpis',
    message: 'Gắn mỗi ưu tiên với một mục tiêu kinh doanh và một KPI.',
  }),
  'go-no-go-and-baseline': translate({
    id: 'checklist.plan.goNoGoAndBaseline',
    message: 'Viết tiêu chí đi tiếp hay dừng và đo mức nền trước mỗi bước.',
  }),
  'first-wave-costs': translate({
    id: 'checklist.plan.firstWaveCosts',
    message: 'Ước tính chi phí vận hành, tích hợp, đào tạo của đợt đầu.',
  }),
  'inventory-classified': translate({
    id: 'checklist.plan.inventoryClassified',
    message:
      'Đưa mọi hệ thống AI vào danh mục, phân loại rủi ro, rà soát minh bạch và dữ liệu cá nhân.',
  }),
  'classification-dossier': translate({
    id: 'checklist.plan.classificationDossier',
    message:
      'Với hệ thống rủi ro trung bình, cao: có hồ sơ phân loại và đã thông báo kết quả (khi doanh nghiệp là nhà cung cấp), hoặc đã nhận kết quả phân loại từ nhà cung cấp (khi là bên triển khai).',
  }),
  'vendor-contract-clauses': translate({
    id: 'checklist.plan.vendorContractClauses',
    message:
      'Hợp đồng với đơn vị cung ứng giải pháp có điều khoản về phân loại, sự cố, dữ liệu cá nhân và hoàn trả bồi thường.',
  }),
  'governance-policy-issued': translate({
    id: 'checklist.plan.governancePolicyIssued',
    message: 'Ban hành chính sách quản trị AI và thông báo đến toàn thể nhân viên.',
  }),
  'owner-baseline-kpis': translate({
    id: 'checklist.monitorImprove.ownerBaselineKpis',
    message: 'Mỗi ca sử dụng có người chịu trách nhiệm nghiệp vụ, mức nền và KPI.',
  }),
  'dashboard-and-alerts': translate({
    id: 'checklist.monitorImprove.dashboardAndAlerts',
    message: 'Bảng điều khiển và cảnh báo kỹ thuật đã hoạt động.',
  }),
  'error-channel-and-pause': translate({
    id: 'checklist.monitorImprove.errorChannelAndPause',
    message: 'Có kênh báo lỗi và người được quyền tạm dừng hệ thống.',
  }),
  'high-risk-review-schedule': translate({
    id: 'checklist.monitorImprove.highRiskReviewSchedule',
    message: 'Hệ thống rủi ro cao có lịch rà soát rủi ro riêng.',
  }),
  'quarterly-review-report': translate({
    id: 'checklist.monitorImprove.quarterlyReviewReport',
    message: 'Báo cáo rà soát gửi ban chỉ đạo mỗi quý, quyết định có biên bản.',
  }),
  'incident-process-rehearsed': translate({
    id: 'checklist.monitorImprove.incidentProcessRehearsed',
    message:
      'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân nêu rõ thời hạn 72 giờ và 2 ngày làm việc, có người trực và đã được diễn tập.',
  }),
  'gazette-watch': translate({
    id: 'checklist.monitorImprove.gazetteWatch',
    message:
      'Pháp chế tra Công báo để theo dõi văn bản hướng dẫn Luật Trí tuệ nhân tạo và Luật Bảo vệ dữ liệu cá nhân.',
  }),
  'reassessment-scheduled': translate({
    id: 'checklist.monitorImprove.reassessmentScheduled',
    message: 'Lịch đánh giá lại mức độ trưởng thành về AI đã được chốt.',
  }),
};
