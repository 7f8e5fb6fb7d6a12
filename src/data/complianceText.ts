import {translate} from '@docusaurus/Translate';
import type {DeliverableId, LegalRoleId, LegalTextId, ObligationId} from './compliance';

/**
 * The compliance map's wording, in the reader's language: what each obligation asks, and
 * the names of roles, legal texts and deliverables. The facts live in compliance.ts.
 */

export const LEGAL_ROLE_NAMES: Readonly<Record<LegalRoleId, string>> = {
  developer: translate({id: 'compliance.role.developer', message: 'Nhà phát triển'}),
  provider: translate({id: 'compliance.role.provider', message: 'Nhà cung cấp'}),
  deployer: translate({id: 'compliance.role.deployer', message: 'Bên triển khai'}),
};

export const LEGAL_TEXT_NAMES: Readonly<Record<LegalTextId, string>> = {
  'ai-law': translate({id: 'compliance.text.aiLaw', message: 'Luật Trí tuệ nhân tạo'}),
  'personal-data-law': translate({
    id: 'compliance.text.personalDataLaw',
    message: 'Luật Bảo vệ dữ liệu cá nhân',
  }),
  'decree-356': translate({id: 'compliance.text.decree356', message: 'Nghị định'}),
};

export const DELIVERABLE_NAMES: Readonly<Record<DeliverableId, string>> = {
  'resource-plan': translate({
    id: 'compliance.deliverable.resourcePlan',
    message: 'Kế hoạch nguồn lực',
  }),
  'ai-system-inventory': translate({
    id: 'compliance.deliverable.aiSystemInventory',
    message: 'Danh mục hệ thống AI và phân loại rủi ro',
  }),
  'governance-policy': translate({
    id: 'compliance.deliverable.governancePolicy',
    message: 'Chính sách quản trị AI',
  }),
  'review-report': translate({
    id: 'compliance.deliverable.reviewReport',
    message: 'Báo cáo rà soát định kỳ',
  }),
  'incident-and-rights-handling': translate({
    id: 'compliance.deliverable.incidentAndRightsHandling',
    message: 'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân',
  }),
};

export interface ObligationWording {
  /** What the obligation asks, as a short imperative. */
  readonly title: string;
  /** What meeting it takes, in one to three sentences. */
  readonly action: string;
}

export const OBLIGATION_WORDING: Readonly<Record<ObligationId, ObligationWording>> = {
  'cross-border-transfer': {
    title: translate({
      id: 'compliance.obligation.crossBorderTransfer.title',
      message: 'Lập hồ sơ đánh giá tác động chuyển dữ liệu cá nhân ra nước ngoài',
    }),
    action: translate({
      id: 'compliance.obligation.crossBorderTransfer.action',
      message:
        'Dùng nền tảng hay dịch vụ AI đặt ở nước ngoài để xử lý dữ liệu cá nhân thu thập tại Việt Nam là chuyển dữ liệu cá nhân xuyên biên giới. Lập hồ sơ đánh giá tác động và gửi bản chính cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân thuộc Bộ Công an trong 60 ngày kể từ lần chuyển đầu tiên.',
    }),
  },
  'data-protection-officer': {
    title: translate({
      id: 'compliance.obligation.dataProtectionOfficer.title',
      message: 'Chỉ định bộ phận, nhân sự bảo vệ dữ liệu cá nhân',
    }),
    action: translate({
      id: 'compliance.obligation.dataProtectionOfficer.action',
      message:
        'Chỉ định bộ phận, nhân sự đủ điều kiện năng lực bảo vệ dữ liệu cá nhân hoặc thuê dịch vụ bảo vệ dữ liệu cá nhân; điều kiện với nhân sự do Điều 13 đến Điều 16 Nghị định 356/2025/NĐ-CP quy định. Doanh nghiệp nhỏ và doanh nghiệp khởi nghiệp được chọn chưa áp dụng trong 5 năm, trừ khi xử lý trực tiếp dữ liệu nhạy cảm hoặc dữ liệu của số lượng lớn chủ thể (Điều 38).',
    }),
  },
  'no-prohibited-use': {
    title: translate({
      id: 'compliance.obligation.noProhibitedUse.title',
      message: 'Không phát triển, cung cấp hay sử dụng AI cho hành vi bị nghiêm cấm',
    }),
    action: translate({
      id: 'compliance.obligation.noProhibitedUse.action',
      message:
        'Đối chiếu từng hệ thống và ca sử dụng với các hành vi bị nghiêm cấm, như dùng yếu tố giả mạo người hay sự kiện thật để lừa dối, khai thác điểm yếu của nhóm dễ bị tổn thương, thu thập dữ liệu trái luật để huấn luyện AI, hay vô hiệu hóa cơ chế giám sát của con người.',
    }),
  },
  'provider-risk-classification': {
    title: translate({
      id: 'compliance.obligation.providerRiskClassification.title',
      message: 'Tự phân loại mức rủi ro trước khi đưa hệ thống vào sử dụng',
    }),
    action: translate({
      id: 'compliance.obligation.providerRiskClassification.action',
      message:
        'Xếp hệ thống vào mức rủi ro cao, trung bình hoặc thấp; hệ thống rủi ro trung bình và cao phải có hồ sơ phân loại. Khi chưa xác định được mức rủi ro, nhà cung cấp có thể đề nghị Bộ Khoa học và Công nghệ hướng dẫn trên cơ sở hồ sơ kỹ thuật.',
    }),
  },
  'deployer-keeps-classification': {
    title: translate({
      id: 'compliance.obligation.deployerKeepsClassification.title',
      message: 'Dùng hệ thống trong phạm vi phân loại của nhà cung cấp',
    }),
    action: translate({
      id: 'compliance.obligation.deployerKeepsClassification.action',
      message:
        'Bên triển khai kế thừa kết quả phân loại của nhà cung cấp và giữ hệ thống an toàn khi sử dụng. Nếu sửa đổi, tích hợp hay thay đổi chức năng làm phát sinh rủi ro mới hoặc cao hơn, phải phối hợp với nhà cung cấp để phân loại lại. Ghi kết quả phân loại của nhà cung cấp vào danh mục hệ thống AI.',
    }),
  },
  'personal-data-types': {
    title: translate({
      id: 'compliance.obligation.personalDataTypes.title',
      message: 'Xác định dữ liệu cá nhân mỗi hệ thống AI xử lý và phân loại theo mức rủi ro',
    }),
    action: translate({
      id: 'compliance.obligation.personalDataTypes.action',
      message:
        'Việc xử lý dữ liệu cá nhân bằng trí tuệ nhân tạo phải được phân loại theo mức độ rủi ro để có biện pháp bảo vệ phù hợp. Với mỗi hệ thống, ghi rõ dữ liệu cá nhân cơ bản và nhạy cảm được dùng, theo danh mục tại Điều 3 và Điều 4 Nghị định 356/2025/NĐ-CP.',
    }),
  },
  'classification-notice': {
    title: translate({
      id: 'compliance.obligation.classificationNotice.title',
      message: 'Thông báo kết quả phân loại cho Bộ Khoa học và Công nghệ',
    }),
    action: translate({
      id: 'compliance.obligation.classificationNotice.action',
      message:
        'Với hệ thống rủi ro trung bình hoặc cao, nhà cung cấp thông báo kết quả phân loại qua Cổng thông tin điện tử một cửa về trí tuệ nhân tạo trước khi đưa vào sử dụng. Quy trình phê duyệt ca sử dụng cần có bước này.',
    }),
  },
  'conformity-assessment': {
    title: translate({
      id: 'compliance.obligation.conformityAssessment.title',
      message: 'Đánh giá sự phù hợp trước khi đưa hệ thống rủi ro cao vào sử dụng',
    }),
    action: translate({
      id: 'compliance.obligation.conformityAssessment.action',
      message:
        'Hệ thống rủi ro cao phải được đánh giá sự phù hợp trước khi đưa vào sử dụng và khi có thay đổi đáng kể. Hệ thống thuộc danh mục phải chứng nhận do tổ chức đánh giá sự phù hợp thực hiện; với hệ thống khác, nhà cung cấp tự đánh giá hoặc thuê tổ chức đánh giá.',
    }),
  },
  'high-risk-provider-duties': {
    title: translate({
      id: 'compliance.obligation.highRiskProviderDuties.title',
      message:
        'Quản lý rủi ro, dữ liệu, hồ sơ kỹ thuật và sự giám sát của con người với hệ thống rủi ro cao',
    }),
    action: translate({
      id: 'compliance.obligation.highRiskProviderDuties.action',
      message:
        'Nhà cung cấp thiết lập và duy trì biện pháp quản lý rủi ro; quản trị dữ liệu huấn luyện, kiểm thử và vận hành; lập, cập nhật, lưu giữ hồ sơ kỹ thuật và nhật ký hoạt động; thiết kế để con người giám sát và can thiệp được; và giải trình với cơ quan có thẩm quyền.',
    }),
  },
  'interaction-disclosure': {
    title: translate({
      id: 'compliance.obligation.interactionDisclosure.title',
      message: 'Cho người dùng biết họ đang tương tác với AI',
    }),
    action: translate({
      id: 'compliance.obligation.interactionDisclosure.action',
      message:
        'Hệ thống tương tác trực tiếp với con người, như trợ lý ảo hay chatbot, phải được thiết kế và vận hành để người sử dụng nhận biết họ đang làm việc với hệ thống AI, trừ khi luật khác có quy định riêng.',
    }),
  },
  'machine-readable-marking': {
    title: translate({
      id: 'compliance.obligation.machineReadableMarking.title',
      message: 'Đánh dấu âm thanh, hình ảnh, video do AI tạo ra ở định dạng máy đọc được',
    }),
    action: translate({
      id: 'compliance.obligation.machineReadableMarking.action',
      message:
        'Âm thanh, hình ảnh, video do hệ thống tạo ra phải mang dấu hiệu ở định dạng máy đọc được, theo hình thức do Chính phủ quy định.',
    }),
  },
  'public-content-labels': {
    title: translate({
      id: 'compliance.obligation.publicContentLabels.title',
      message: 'Thông báo rõ khi công bố nội dung do AI tạo ra có thể gây nhầm lẫn',
    }),
    action: translate({
      id: 'compliance.obligation.publicContentLabels.action',
      message:
        'Khi đưa ra công chúng văn bản, âm thanh, hình ảnh, video do AI tạo ra hoặc chỉnh sửa mà có thể gây nhầm lẫn về tính xác thực của sự kiện hay nhân vật, bên triển khai phải thông báo rõ. Nội dung mô phỏng ngoại hình, giọng nói của người thật hoặc tái hiện sự kiện thật phải gắn nhãn dễ nhận biết (Điều 11 khoản 4).',
    }),
  },
  consent: {
    title: translate({
      id: 'compliance.obligation.consent.title',
      message: 'Có sự đồng ý hợp lệ cho từng mục đích xử lý dữ liệu cá nhân',
    }),
    action: translate({
      id: 'compliance.obligation.consent.action',
      message:
        'Sự đồng ý phải tự nguyện, cho từng mục đích, thể hiện rõ ràng và kiểm chứng được; im lặng hay không phản hồi không được coi là đồng ý. Các trường hợp không cần sự đồng ý do Điều 19 quy định.',
    }),
  },
  'automated-processing-notice': {
    title: translate({
      id: 'compliance.obligation.automatedProcessingNotice.title',
      message: 'Thông báo và giải thích khi AI xử lý dữ liệu cá nhân tự động',
    }),
    action: translate({
      id: 'compliance.obligation.automatedProcessingNotice.action',
      message:
        'Thông báo cho chủ thể dữ liệu về việc xử lý dữ liệu cá nhân tự động, giải thích nguyên tắc hoạt động của thuật toán và ảnh hưởng đối với họ, và cho họ lựa chọn không tham gia.',
    }),
  },
  'processing-impact-assessment': {
    title: translate({
      id: 'compliance.obligation.processingImpactAssessment.title',
      message: 'Lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân',
    }),
    action: translate({
      id: 'compliance.obligation.processingImpactAssessment.action',
      message:
        'Bên kiểm soát dữ liệu cá nhân lập, lưu giữ hồ sơ và gửi bản chính cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân trong 60 ngày kể từ ngày đầu tiên xử lý, rồi cập nhật khi có thay đổi theo Điều 22. Doanh nghiệp nhỏ và doanh nghiệp khởi nghiệp được chọn chưa áp dụng trong 5 năm, trừ khi xử lý trực tiếp dữ liệu nhạy cảm hoặc dữ liệu của số lượng lớn chủ thể (Điều 38).',
    }),
  },
  'high-risk-deployer-duties': {
    title: translate({
      id: 'compliance.obligation.highRiskDeployerDuties.title',
      message: 'Vận hành hệ thống rủi ro cao đúng mục đích, giữ khả năng can thiệp của con người',
    }),
    action: translate({
      id: 'compliance.obligation.highRiskDeployerDuties.action',
      message:
        'Bên triển khai vận hành và giám sát hệ thống đúng mục đích, phạm vi và mức rủi ro đã phân loại; bảo đảm an toàn dữ liệu và khả năng can thiệp của con người; duy trì tuân thủ tiêu chuẩn, quy chuẩn kỹ thuật; và giải trình với cơ quan có thẩm quyền. Báo cáo rà soát định kỳ ghi lại các việc này.',
    }),
  },
  'annual-ai-compliance-check': {
    title: translate({
      id: 'compliance.obligation.annualAiComplianceCheck.title',
      message: 'Đánh giá tuân thủ hằng năm với hệ thống AI xử lý dữ liệu cá nhân',
    }),
    action: translate({
      id: 'compliance.obligation.annualAiComplianceCheck.action',
      message:
        'Hệ thống AI xử lý dữ liệu cá nhân phải có các biện pháp bảo vệ nêu tại Điều 10 Nghị định 356/2025/NĐ-CP, trong đó có đánh giá tuân thủ định kỳ mỗi năm một lần.',
    }),
  },
  'serious-incidents': {
    title: translate({
      id: 'compliance.obligation.seriousIncidents.title',
      message: 'Xử lý và báo cáo sự cố nghiêm trọng',
    }),
    action: translate({
      id: 'compliance.obligation.seriousIncidents.action',
      message:
        'Khi xảy ra sự cố nghiêm trọng, nhà phát triển và nhà cung cấp khẩn trương khắc phục, tạm dừng hoặc thu hồi hệ thống và thông báo cho cơ quan có thẩm quyền; bên triển khai ghi nhận, thông báo kịp thời và phối hợp khắc phục. Báo cáo gửi qua Cổng thông tin điện tử một cửa về trí tuệ nhân tạo.',
    }),
  },
  'breach-notification': {
    title: translate({
      id: 'compliance.obligation.breachNotification.title',
      message: 'Thông báo vi phạm về dữ liệu cá nhân trong 72 giờ',
    }),
    action: translate({
      id: 'compliance.obligation.breachNotification.action',
      message:
        'Khi phát hiện vi phạm quy định về bảo vệ dữ liệu cá nhân có thể gây hại, bên kiểm soát dữ liệu cá nhân thông báo cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân chậm nhất 72 giờ kể từ khi phát hiện; bên xử lý dữ liệu cá nhân báo kịp thời cho bên kiểm soát.',
    }),
  },
  'data-subject-requests': {
    title: translate({
      id: 'compliance.obligation.dataSubjectRequests.title',
      message: 'Phản hồi yêu cầu của chủ thể dữ liệu trong 2 ngày làm việc',
    }),
    action: translate({
      id: 'compliance.obligation.dataSubjectRequests.action',
      message:
        'Phản hồi yêu cầu gửi đúng thủ tục trong 02 ngày làm việc, rồi thực hiện trong 10 đến 20 ngày tùy loại: xem, chỉnh sửa, cung cấp dữ liệu; rút lại sự đồng ý, hạn chế hoặc phản đối xử lý; hay xóa dữ liệu. Quyền của chủ thể dữ liệu do Điều 4 Luật Bảo vệ dữ liệu cá nhân quy định.',
    }),
  },
};
