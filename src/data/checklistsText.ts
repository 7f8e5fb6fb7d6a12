import type {ChecklistItemId} from './checklists';

/**
 * The phase checklists' items, word for word as each phase page lists them under
 * `{#checklist}` (Vietnamese here, English in src/data/en/checklistsText.ts). Change a page's checklist and
 * this text together: a unit test compares them.
 */
export const CHECKLIST_ITEM_TEXT: Readonly<Record<ChecklistItemId, string>> = {
  'sponsor-and-lead':
    'Đã có lãnh đạo bảo trợ cam kết thời gian và trưởng AI CoE được giao nhiệm vụ.',
  'use-case-hypotheses':
    'Mỗi ca ứng viên có vấn đề kinh doanh, người chịu trách nhiệm nghiệp vụ và giả thuyết giá trị đo được.',
  'use-case-data-and-risk':
    'Đã ghi nhận dữ liệu cá nhân, vai trò của doanh nghiệp và mức rủi ro dự kiến của từng ca, và biết dữ liệu nào sẽ được xử lý ở nước ngoài.',
  'inventory-started': 'Nếu đã có hệ thống AI đang chạy, việc lập danh mục hệ thống AI đã bắt đầu.',
  'options-compared': 'Đã so sánh các phương án, kể cả giữ nguyên hiện trạng.',
  'charter-signed': 'Điều lệ và quyết định thành lập đã ký; thẩm quyền ban chỉ đạo AI đã rõ.',
  'member-time-confirmed': 'Thời gian của từng thành viên đã được quản lý trực tiếp xác nhận.',
  'first-tranche-approved': 'Kế hoạch nguồn lực đợt đầu được phê duyệt, kèm điều kiện cho đợt sau.',
  'no-long-term-contract': 'Chưa ký hợp đồng nền tảng dài hạn nào.',
  'scope-settled': 'Chốt phạm vi, tham chiếu và lịch.',
  'inventory-built':
    'Lập danh mục hệ thống AI, kể cả giải pháp mua ngoài và công cụ nhân viên tự dùng; bắt đầu ngay nếu đã có hệ thống đang chạy.',
  'inventory-details':
    'Ghi vai trò, mức rủi ro, dữ liệu cá nhân và hạn tuân thủ của từng hệ thống.',
  'dimensions-scored': 'Chấm bảy khía cạnh có bằng chứng.',
  'stakeholders-heard': 'Phỏng vấn, hội thảo, khảo sát ẩn danh.',
  'gap-analysis': 'Lập bảng phân tích khoảng cách.',
  'input-summary-returned': 'Gửi lại bản tổng hợp ý kiến.',
  'steering-decision': 'Nhận quyết định của ban chỉ đạo AI.',
  'use-cases-scored': 'Chấm điểm ca sử dụng, ghi lý do chọn và tạm gác.',
  'priorities-tied-to-kpis': 'Gắn mỗi ưu tiên với một mục tiêu kinh doanh và một KPI.',
  'go-no-go-and-baseline': 'Viết tiêu chí đi tiếp hay dừng và đo mức nền trước mỗi bước.',
  'first-wave-costs': 'Ước tính chi phí vận hành, tích hợp, đào tạo của đợt đầu.',
  'inventory-classified':
    'Đưa mọi hệ thống AI vào danh mục, phân loại rủi ro, rà soát minh bạch và dữ liệu cá nhân.',
  'classification-dossier':
    'Với hệ thống rủi ro trung bình, cao: có hồ sơ phân loại và đã thông báo kết quả (khi doanh nghiệp là nhà cung cấp), hoặc đã nhận kết quả phân loại từ nhà cung cấp (khi là bên triển khai).',
  'vendor-contract-clauses':
    'Hợp đồng với đơn vị cung ứng giải pháp có điều khoản về phân loại, sự cố, dữ liệu cá nhân và hoàn trả bồi thường.',
  'governance-policy-issued':
    'Ban hành chính sách quản trị AI và thông báo đến toàn thể nhân viên.',
  'owner-baseline-kpis': 'Mỗi ca sử dụng có người chịu trách nhiệm nghiệp vụ, mức nền và KPI.',
  'dashboard-and-alerts': 'Bảng điều khiển và cảnh báo kỹ thuật đã hoạt động.',
  'error-channel-and-pause': 'Có kênh báo lỗi và người được quyền tạm dừng hệ thống.',
  'high-risk-review-schedule': 'Hệ thống rủi ro cao có lịch rà soát rủi ro riêng.',
  'quarterly-review-report': 'Báo cáo rà soát gửi ban chỉ đạo mỗi quý, quyết định có biên bản.',
  'incident-process-rehearsed':
    'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân nêu rõ thời hạn 72 giờ và 2 ngày làm việc, có người trực và đã được diễn tập.',
  'gazette-watch':
    'Pháp chế tra Công báo để theo dõi văn bản hướng dẫn Luật Trí tuệ nhân tạo và Luật Bảo vệ dữ liệu cá nhân.',
  'reassessment-scheduled': 'Lịch đánh giá lại mức độ trưởng thành về AI đã được chốt.',
};
