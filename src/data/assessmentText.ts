import {translate} from '@docusaurus/Translate';
import type {DimensionId, MaturityLevel, QuestionId} from './assessment';

/**
 * What the readiness self-assessment says, in Vietnamese (English in i18n/en/code.json): the
 * guide's four maturity levels as the Assess page names them, the seven dimensions, and for
 * every question what each level looks like in practice. The structure is in assessment.ts.
 */

export interface LevelText {
  readonly name: string;
  /** What the level looks like, as the Assess page's scale table says it. */
  readonly description: string;
}

export const LEVEL_TEXT: Readonly<Record<MaturityLevel, LevelText>> = {
  1: {
    name: translate({id: 'assessment.level.starting.name', message: 'Khởi đầu'}),
    description: translate({
      id: 'assessment.level.starting.description',
      message: 'Rời rạc, do cá nhân tự làm; chưa có văn bản hay người chịu trách nhiệm',
    }),
  },
  2: {
    name: translate({id: 'assessment.level.forming.name', message: 'Hình thành'}),
    description: translate({
      id: 'assessment.level.forming.description',
      message: 'Có vài sáng kiến hoặc quy tắc, nhưng gói trong một đơn vị và phụ thuộc vài người',
    }),
  },
  3: {
    name: translate({id: 'assessment.level.established.name', message: 'Bài bản'}),
    description: translate({
      id: 'assessment.level.established.description',
      message: 'Thống nhất, thành văn bản, áp dụng ở nhiều đơn vị, có người chịu trách nhiệm',
    }),
  },
  4: {
    name: translate({id: 'assessment.level.embedded.name', message: 'Tích hợp'}),
    description: translate({
      id: 'assessment.level.embedded.description',
      message: 'Là một phần của vận hành thường ngày, được đo lường và cải tiến định kỳ',
    }),
  },
};

export interface DimensionText {
  readonly name: string;
  /** The Assess page's one-line question for the dimension. */
  readonly question: string;
}

export const DIMENSION_TEXT: Readonly<Record<DimensionId, DimensionText>> = {
  'strategy-leadership': {
    name: translate({
      id: 'assessment.dimension.strategyLeadership.name',
      message: 'Chiến lược và lãnh đạo',
    }),
    question: translate({
      id: 'assessment.dimension.strategyLeadership.question',
      message: 'AI có gắn với mục tiêu kinh doanh, có người chịu trách nhiệm?',
    }),
  },
  data: {
    name: translate({id: 'assessment.dimension.data.name', message: 'Dữ liệu'}),
    question: translate({
      id: 'assessment.dimension.data.question',
      message: 'Đủ chất lượng, truy cập được, có cơ sở pháp lý để xử lý?',
    }),
  },
  'technology-platform': {
    name: translate({
      id: 'assessment.dimension.technologyPlatform.name',
      message: 'Công nghệ và nền tảng',
    }),
    question: translate({
      id: 'assessment.dimension.technologyPlatform.question',
      message: 'Đủ để xây dựng, tích hợp và chạy mô hình?',
    }),
  },
  'people-skills': {
    name: translate({
      id: 'assessment.dimension.peopleSkills.name',
      message: 'Con người và kỹ năng',
    }),
    question: translate({
      id: 'assessment.dimension.peopleSkills.question',
      message: 'Có người làm được AI, nghiệp vụ có hiểu AI?',
    }),
  },
  'governance-risk-security': {
    name: translate({
      id: 'assessment.dimension.governanceRiskSecurity.name',
      message: 'Quản trị, rủi ro và an ninh',
    }),
    question: translate({
      id: 'assessment.dimension.governanceRiskSecurity.question',
      message: 'Có chính sách, quy trình phê duyệt, kiểm soát an ninh cho AI?',
    }),
  },
  'culture-change': {
    name: translate({
      id: 'assessment.dimension.cultureChange.name',
      message: 'Văn hóa và thay đổi',
    }),
    question: translate({
      id: 'assessment.dimension.cultureChange.question',
      message: 'Có sẵn sàng thử cách làm mới, chia sẻ dữ liệu giữa các phòng ban?',
    }),
  },
  operations: {
    name: translate({id: 'assessment.dimension.operations.name', message: 'Vận hành'}),
    question: translate({
      id: 'assessment.dimension.operations.question',
      message: 'Đưa được mô hình vào dùng, giám sát và duy trì?',
    }),
  },
};

export interface QuestionText {
  readonly prompt: string;
  /** What each level looks like for this question: levels 1 to 4. */
  readonly levels: readonly [string, string, string, string];
}

export const QUESTION_TEXT: Readonly<Record<QuestionId, QuestionText>> = {
  'business-goals': {
    prompt: translate({
      id: 'assessment.question.businessGoals.prompt',
      message: 'Các sáng kiến AI gắn với mục tiêu kinh doanh đến đâu?',
    }),
    levels: [
      translate({
        id: 'assessment.question.businessGoals.level1',
        message:
          'Sáng kiến AI xuất phát từ sở thích của từng người, không gắn với mục tiêu nào của doanh nghiệp.',
      }),
      translate({
        id: 'assessment.question.businessGoals.level2',
        message:
          'Vài đơn vị gắn dự án AI với mục tiêu của đơn vị mình, nhưng chưa có chiến lược AI chung.',
      }),
      translate({
        id: 'assessment.question.businessGoals.level3',
        message:
          'Có chiến lược AI thành văn bản; mỗi ca sử dụng ưu tiên gắn với một mục tiêu kinh doanh và một KPI.',
      }),
      translate({
        id: 'assessment.question.businessGoals.level4',
        message:
          'Chiến lược AI là một phần của kế hoạch kinh doanh hằng năm và được điều chỉnh theo kết quả đo được.',
      }),
    ],
  },
  'accountable-sponsor': {
    prompt: translate({
      id: 'assessment.question.accountableSponsor.prompt',
      message: 'Ở cấp lãnh đạo, ai chịu trách nhiệm giải trình về AI?',
    }),
    levels: [
      translate({
        id: 'assessment.question.accountableSponsor.level1',
        message: 'Chưa ai trong ban lãnh đạo cấp cao được giao trách nhiệm về AI.',
      }),
      translate({
        id: 'assessment.question.accountableSponsor.level2',
        message:
          'Một lãnh đạo quan tâm và ủng hộ, nhưng chưa được giao chính thức và chưa cam kết thời gian.',
      }),
      translate({
        id: 'assessment.question.accountableSponsor.level3',
        message:
          'Lãnh đạo bảo trợ được giao bằng văn bản; ban chỉ đạo AI có thẩm quyền ghi trong điều lệ AI CoE.',
      }),
      translate({
        id: 'assessment.question.accountableSponsor.level4',
        message:
          'Ban chỉ đạo AI họp định kỳ, quyết định có biên bản và rà soát danh mục ca sử dụng mỗi quý.',
      }),
    ],
  },
  funding: {
    prompt: translate({
      id: 'assessment.question.funding.prompt',
      message: 'Nguồn lực cho AI được cấp như thế nào?',
    }),
    levels: [
      translate({
        id: 'assessment.question.funding.level1',
        message:
          'Chi phí cho AI nằm rải rác trong ngân sách của từng đơn vị; không ai theo dõi tổng số.',
      }),
      translate({
        id: 'assessment.question.funding.level2',
        message: 'Một vài dự án có ngân sách, được duyệt theo từng đề xuất riêng lẻ.',
      }),
      translate({
        id: 'assessment.question.funding.level3',
        message:
          'Có cơ sở kinh doanh cho AI và kế hoạch nguồn lực được phê duyệt, cấp theo đợt kèm điều kiện cho đợt sau.',
      }),
      translate({
        id: 'assessment.question.funding.level4',
        message: 'Nguồn lực được phân bổ lại theo kết quả ở mỗi cổng kiểm soát và mỗi kỳ rà soát.',
      }),
    ],
  },
  'use-case-selection': {
    prompt: translate({
      id: 'assessment.question.useCaseSelection.prompt',
      message: 'Ca sử dụng được chọn ra sao?',
    }),
    levels: [
      translate({
        id: 'assessment.question.useCaseSelection.level1',
        message: 'Ý tưởng nảy ra ở đâu làm ở đó; không có danh sách chung hay tiêu chí chọn.',
      }),
      translate({
        id: 'assessment.question.useCaseSelection.level2',
        message: 'Có danh sách ý tưởng, nhưng việc chọn dựa vào ý kiến của vài người.',
      }),
      translate({
        id: 'assessment.question.useCaseSelection.level3',
        message:
          'Ca sử dụng được chấm trên một thang chung: giá trị kỳ vọng, tính khả thi, mức rủi ro; lý do chọn và tạm gác được ghi lại.',
      }),
      translate({
        id: 'assessment.question.useCaseSelection.level4',
        message:
          'Danh mục ca sử dụng được rà soát định kỳ; ca không đạt tiêu chí bị dừng và nguồn lực chuyển sang ca khác.',
      }),
    ],
  },
  'data-quality': {
    prompt: translate({
      id: 'assessment.question.dataQuality.prompt',
      message: 'Dữ liệu cho các ca sử dụng ưu tiên có đủ chất lượng không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.dataQuality.level1',
        message:
          'Chất lượng dữ liệu chưa được đo; dữ liệu nằm rải rác trong bảng tính và các hệ thống riêng.',
      }),
      translate({
        id: 'assessment.question.dataQuality.level2',
        message: 'Vài bộ dữ liệu được làm sạch cho từng dự án, và mỗi dự án lại làm lại từ đầu.',
      }),
      translate({
        id: 'assessment.question.dataQuality.level3',
        message:
          'Dữ liệu quan trọng có người chịu trách nhiệm, định nghĩa thống nhất và tiêu chí chất lượng thành văn bản.',
      }),
      translate({
        id: 'assessment.question.dataQuality.level4',
        message:
          'Chất lượng dữ liệu được đo thường xuyên; lỗi được phát hiện và sửa ngay tại nguồn.',
      }),
    ],
  },
  'data-access': {
    prompt: translate({
      id: 'assessment.question.dataAccess.prompt',
      message: 'Người làm AI lấy được dữ liệu cần dùng dễ đến đâu?',
    }),
    levels: [
      translate({
        id: 'assessment.question.dataAccess.level1',
        message: 'Muốn có dữ liệu phải nhờ từng người, và thường phải chờ rất lâu.',
      }),
      translate({
        id: 'assessment.question.dataAccess.level2',
        message: 'Một số đơn vị chia sẻ dữ liệu theo thỏa thuận riêng giữa các trưởng bộ phận.',
      }),
      translate({
        id: 'assessment.question.dataAccess.level3',
        message:
          'Có quy trình cấp quyền truy cập dữ liệu thống nhất, có phân quyền và ghi nhật ký truy cập.',
      }),
      translate({
        id: 'assessment.question.dataAccess.level4',
        message:
          'Dữ liệu dùng chung có sẵn trên nền tảng dùng chung, cấp quyền theo quy trình chuẩn và được giám sát.',
      }),
    ],
  },
  'personal-data-basis': {
    prompt: translate({
      id: 'assessment.question.personalDataBasis.prompt',
      message: 'Doanh nghiệp có biết hệ thống AI nào xử lý dữ liệu cá nhân và trên cơ sở nào?',
    }),
    levels: [
      translate({
        id: 'assessment.question.personalDataBasis.level1',
        message:
          'Chưa biết hệ thống nào dùng dữ liệu cá nhân; nhân viên có thể đang đưa dữ liệu khách hàng vào công cụ AI công cộng.',
      }),
      translate({
        id: 'assessment.question.personalDataBasis.level2',
        message: 'Pháp chế đã xem xét vài hệ thống, nhưng chưa có danh sách đầy đủ.',
      }),
      translate({
        id: 'assessment.question.personalDataBasis.level3',
        message:
          'Danh mục hệ thống AI ghi rõ, cho từng hệ thống, dữ liệu cá nhân được dùng và có chuyển ra nước ngoài hay không.',
      }),
      translate({
        id: 'assessment.question.personalDataBasis.level4',
        message:
          'Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân được cập nhật mỗi khi hệ thống hoặc cách xử lý thay đổi.',
      }),
    ],
  },
  'data-in-prompts': {
    prompt: translate({
      id: 'assessment.question.dataInPrompts.prompt',
      message: 'Nhân viên có biết dữ liệu nào được đưa vào công cụ AI tạo sinh?',
    }),
    levels: [
      translate({
        id: 'assessment.question.dataInPrompts.level1',
        message: 'Chưa có hướng dẫn nào; mỗi người tự quyết.',
      }),
      translate({
        id: 'assessment.question.dataInPrompts.level2',
        message: 'Có lời nhắc chung qua email hay cuộc họp, nhưng chưa phân nhóm dữ liệu.',
      }),
      translate({
        id: 'assessment.question.dataInPrompts.level3',
        message:
          'Quy định sử dụng AI tạo sinh nêu rõ công cụ nào được dùng với nhóm dữ liệu nào, theo ba mức: được dùng, có điều kiện, không được dùng.',
      }),
      translate({
        id: 'assessment.question.dataInPrompts.level4',
        message:
          'Quy định được hỗ trợ bằng kiểm soát kỹ thuật và được xem lại mỗi khi có công cụ hoặc nhóm dữ liệu mới.',
      }),
    ],
  },
  'build-environment': {
    prompt: translate({
      id: 'assessment.question.buildEnvironment.prompt',
      message: 'Có môi trường để xây dựng và thử mô hình không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.buildEnvironment.level1',
        message: 'Mô hình chạy trên máy cá nhân của vài kỹ sư.',
      }),
      translate({
        id: 'assessment.question.buildEnvironment.level2',
        message: 'Một dự án có môi trường riêng, do chính nhóm dự án dựng và duy trì.',
      }),
      translate({
        id: 'assessment.question.buildEnvironment.level3',
        message:
          'Có môi trường phát triển dùng chung, được cấp theo quy trình và có kiểm soát an ninh.',
      }),
      translate({
        id: 'assessment.question.buildEnvironment.level4',
        message:
          'Nền tảng dùng chung giúp nhóm mới bắt đầu mà không phải dựng lại từ đầu; chi phí theo dõi được cho từng ca sử dụng.',
      }),
    ],
  },
  integration: {
    prompt: translate({
      id: 'assessment.question.integration.prompt',
      message: 'Kết quả của AI có đi được vào hệ thống nghiệp vụ không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.integration.level1',
        message: 'Kết quả được chép tay từ bảng tính sang hệ thống nghiệp vụ.',
      }),
      translate({
        id: 'assessment.question.integration.level2',
        message: 'Một ca sử dụng đã tích hợp, nhưng theo cách làm riêng, khó dùng lại.',
      }),
      translate({
        id: 'assessment.question.integration.level3',
        message:
          'Có cách tích hợp chuẩn (giao diện lập trình, luồng dữ liệu) dùng lại được cho nhiều ca sử dụng.',
      }),
      translate({
        id: 'assessment.question.integration.level4',
        message:
          'Tích hợp được kiểm thử tự động và giám sát như mọi hệ thống nghiệp vụ quan trọng khác.',
      }),
    ],
  },
  'vendor-management': {
    prompt: translate({
      id: 'assessment.question.vendorManagement.prompt',
      message: 'Đơn vị cung ứng giải pháp AI được chọn và quản lý ra sao?',
    }),
    levels: [
      translate({
        id: 'assessment.question.vendorManagement.level1',
        message: 'Các đơn vị tự mua công cụ AI theo nhu cầu riêng, không qua thẩm định.',
      }),
      translate({
        id: 'assessment.question.vendorManagement.level2',
        message: 'Bộ phận công nghệ xem xét vài hợp đồng lớn, nhưng chưa có tiêu chí chung.',
      }),
      translate({
        id: 'assessment.question.vendorManagement.level3',
        message:
          'Có quy trình thẩm định đơn vị cung ứng giải pháp và bộ điều khoản hợp đồng bắt buộc về phân loại rủi ro, sự cố và dữ liệu cá nhân.',
      }),
      translate({
        id: 'assessment.question.vendorManagement.level4',
        message:
          'Đơn vị cung ứng được rà soát định kỳ theo cam kết trong hợp đồng; doanh nghiệp có phương án chuyển đổi khi cần.',
      }),
    ],
  },
  'running-costs': {
    prompt: translate({
      id: 'assessment.question.runningCosts.prompt',
      message: 'Chi phí hạ tầng và chi phí sử dụng AI có được kiểm soát không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.runningCosts.level1',
        message:
          'Không ai biết tổng chi cho điện toán đám mây, bản quyền phần mềm và phí theo mức sử dụng dành cho AI.',
      }),
      translate({
        id: 'assessment.question.runningCosts.level2',
        message: 'Chi phí được xem theo từng hóa đơn, sau khi đã chi.',
      }),
      translate({
        id: 'assessment.question.runningCosts.level3',
        message: 'Chi phí vận hành được ước tính trước mỗi đợt và theo dõi cho từng ca sử dụng.',
      }),
      translate({
        id: 'assessment.question.runningCosts.level4',
        message:
          'Chi phí được so với giá trị mang lại ở mỗi kỳ rà soát, có ngưỡng cảnh báo khi vượt dự toán.',
      }),
    ],
  },
  builders: {
    prompt: translate({
      id: 'assessment.question.builders.prompt',
      message: 'Doanh nghiệp có người xây dựng và kiểm định mô hình không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.builders.level1',
        message: 'Chưa có ai; mọi việc phụ thuộc vào đơn vị cung ứng giải pháp.',
      }),
      translate({
        id: 'assessment.question.builders.level2',
        message: 'Một, hai người có kỹ năng, làm kiêm nhiệm và khó thay thế.',
      }),
      translate({
        id: 'assessment.question.builders.level3',
        message:
          'Đội ngũ AI CoE có đủ các vai trò chính; vai trò còn thiếu có kế hoạch tuyển, đào tạo hay mượn.',
      }),
      translate({
        id: 'assessment.question.builders.level4',
        message:
          'Năng lực AI được bố trí cho các đơn vị theo mô hình vận hành, có lộ trình nghề nghiệp và kế hoạch giữ chân nhân tài.',
      }),
    ],
  },
  'ai-literacy': {
    prompt: translate({
      id: 'assessment.question.aiLiteracy.prompt',
      message: 'Nhân viên và quản lý hiểu biết về AI đến đâu?',
    }),
    levels: [
      translate({
        id: 'assessment.question.aiLiteracy.level1',
        message: 'Chưa có đào tạo; hiểu biết tùy vào việc mỗi người tự học.',
      }),
      translate({
        id: 'assessment.question.aiLiteracy.level2',
        message: 'Đã có vài buổi giới thiệu hoặc một khóa học cho một nhóm.',
      }),
      translate({
        id: 'assessment.question.aiLiteracy.level3',
        message:
          'Chương trình hiểu biết về AI ba tầng, cho mọi nhân viên, quản lý và người xây dựng, đã triển khai ở nhiều đơn vị.',
      }),
      translate({
        id: 'assessment.question.aiLiteracy.level4',
        message:
          'Hiểu biết về AI là yêu cầu của từng vị trí, được đo và cập nhật khi công cụ thay đổi.',
      }),
    ],
  },
  'business-ownership': {
    prompt: translate({
      id: 'assessment.question.businessOwnership.prompt',
      message: 'Nghiệp vụ có tham gia định nghĩa và kiểm chứng ca sử dụng không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.businessOwnership.level1',
        message: 'Nhóm kỹ thuật tự đoán nhu cầu; nghiệp vụ chỉ xem kết quả cuối cùng.',
      }),
      translate({
        id: 'assessment.question.businessOwnership.level2',
        message: 'Vài chuyên gia nghiệp vụ góp ý khi có thời gian.',
      }),
      translate({
        id: 'assessment.question.businessOwnership.level3',
        message:
          'Mỗi ca sử dụng có người chịu trách nhiệm nghiệp vụ, và thời gian tham gia đã được quản lý trực tiếp xác nhận.',
      }),
      translate({
        id: 'assessment.question.businessOwnership.level4',
        message:
          'Người chịu trách nhiệm nghiệp vụ trình kết quả ở mỗi cổng kiểm soát và chịu trách nhiệm về KPI của ca sử dụng.',
      }),
    ],
  },
  'workforce-planning': {
    prompt: translate({
      id: 'assessment.question.workforcePlanning.prompt',
      message: 'Doanh nghiệp có chuẩn bị cho những thay đổi AI đem lại trong công việc?',
    }),
    levels: [
      translate({
        id: 'assessment.question.workforcePlanning.level1',
        message: 'Nhân sự chưa tham gia; chưa ai xem AI sẽ thay đổi những công việc nào.',
      }),
      translate({
        id: 'assessment.question.workforcePlanning.level2',
        message: 'Nhân sự hỗ trợ tuyển người cho dự án AI khi được đề nghị.',
      }),
      translate({
        id: 'assessment.question.workforcePlanning.level3',
        message:
          'Nhân sự cùng đội ngũ AI CoE lập kế hoạch kỹ năng và cập nhật mô tả công việc của các vị trí chịu ảnh hưởng.',
      }),
      translate({
        id: 'assessment.question.workforcePlanning.level4',
        message:
          'Kế hoạch nhân lực hằng năm tính đến AI; tác động lên từng nhóm vị trí được theo dõi.',
      }),
    ],
  },
  'system-inventory': {
    prompt: translate({
      id: 'assessment.question.systemInventory.prompt',
      message: 'Doanh nghiệp có biết mình đang dùng những hệ thống AI nào?',
    }),
    levels: [
      translate({
        id: 'assessment.question.systemInventory.level1',
        message: 'Không có danh sách; không ai nắm hết các công cụ AI đang được dùng.',
      }),
      translate({
        id: 'assessment.question.systemInventory.level2',
        message:
          'Có danh sách dự án AI của bộ phận công nghệ, nhưng thiếu giải pháp mua ngoài và công cụ nhân viên tự dùng.',
      }),
      translate({
        id: 'assessment.question.systemInventory.level3',
        message:
          'Danh mục hệ thống AI đầy đủ, ghi vai trò của doanh nghiệp, mức rủi ro, dữ liệu cá nhân và hạn tuân thủ của từng hệ thống.',
      }),
      translate({
        id: 'assessment.question.systemInventory.level4',
        message:
          'Danh mục được cập nhật mỗi khi có hệ thống mới hoặc thay đổi làm tăng rủi ro, và được xem lại ở mỗi kỳ rà soát.',
      }),
    ],
  },
  'governance-policy': {
    prompt: translate({
      id: 'assessment.question.governancePolicy.prompt',
      message: 'Doanh nghiệp có chính sách quản trị AI không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.governancePolicy.level1',
        message: 'Chưa có quy định nào riêng cho AI.',
      }),
      translate({
        id: 'assessment.question.governancePolicy.level2',
        message:
          'Có vài quy tắc rời rạc, như một thông báo không dán dữ liệu khách hàng vào chatbot, áp dụng trong một đơn vị.',
      }),
      translate({
        id: 'assessment.question.governancePolicy.level3',
        message:
          'Chính sách quản trị AI đã ban hành và thông báo đến toàn thể nhân viên, nêu rõ ai phê duyệt việc gì.',
      }),
      translate({
        id: 'assessment.question.governancePolicy.level4',
        message:
          'Chính sách được xem lại định kỳ theo sự cố, văn bản pháp luật mới và kết quả rà soát.',
      }),
    ],
  },
  'risk-classification': {
    prompt: translate({
      id: 'assessment.question.riskClassification.prompt',
      message: 'Rủi ro của từng hệ thống AI có được phân loại và kiểm soát?',
    }),
    levels: [
      translate({
        id: 'assessment.question.riskClassification.level1',
        message: 'Rủi ro chưa được xem xét trước khi đưa AI vào dùng.',
      }),
      translate({
        id: 'assessment.question.riskClassification.level2',
        message: 'Rủi ro được xem xét theo từng dự án, chưa theo một thang chung.',
      }),
      translate({
        id: 'assessment.question.riskClassification.level3',
        message:
          'Mỗi hệ thống được xếp mức rủi ro cao, trung bình hay thấp, với mức kiểm soát tương ứng và hồ sơ phân loại khi cần.',
      }),
      translate({
        id: 'assessment.question.riskClassification.level4',
        message:
          'Hệ thống rủi ro cao có lịch rà soát rủi ro riêng; kết quả được báo cáo lên ban chỉ đạo AI.',
      }),
    ],
  },
  'ai-security': {
    prompt: translate({
      id: 'assessment.question.aiSecurity.prompt',
      message: 'Hệ thống AI có được kiểm soát an ninh theo rủi ro riêng của AI?',
    }),
    levels: [
      translate({
        id: 'assessment.question.aiSecurity.level1',
        message: 'Hệ thống AI không qua kiểm tra an ninh nào riêng.',
      }),
      translate({
        id: 'assessment.question.aiSecurity.level2',
        message:
          'Áp dụng kiểm tra an ninh thông tin chung, chưa tính đến rủi ro riêng của AI như tấn công chèn lệnh.',
      }),
      translate({
        id: 'assessment.question.aiSecurity.level3',
        message: 'Ứng dụng AI tạo sinh được đánh giá và kiểm thử đối kháng trước khi đưa vào dùng.',
      }),
      translate({
        id: 'assessment.question.aiSecurity.level4',
        message:
          'Bộ câu hỏi kiểm thử được chạy lại mỗi khi đổi mô hình, câu lệnh hệ thống hay nguồn dữ liệu.',
      }),
    ],
  },
  experimentation: {
    prompt: translate({
      id: 'assessment.question.experimentation.prompt',
      message: 'Mọi người có sẵn sàng thử cách làm mới không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.experimentation.level1',
        message: 'Thử nghiệm bị coi là rủi ro; thất bại là bị truy trách nhiệm.',
      }),
      translate({
        id: 'assessment.question.experimentation.level2',
        message: 'Chỉ vài nhóm dám thử nghiệm, nhờ có một trưởng bộ phận đứng ra ủng hộ.',
      }),
      translate({
        id: 'assessment.question.experimentation.level3',
        message:
          'Có cách đề xuất và thử ý tưởng rõ ràng; dừng khi đúng tiêu chí viết từ trước được coi là kết quả hợp lệ.',
      }),
      translate({
        id: 'assessment.question.experimentation.level4',
        message:
          'Thử nghiệm có kiểm soát là cách làm thường ngày; bài học được chia sẻ trong toàn doanh nghiệp.',
      }),
    ],
  },
  'cross-team-sharing': {
    prompt: translate({
      id: 'assessment.question.crossTeamSharing.prompt',
      message: 'Các phòng ban có chia sẻ dữ liệu và kinh nghiệm với nhau không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.crossTeamSharing.level1',
        message: 'Phòng ban nào giữ dữ liệu phòng ban nấy và ngại chia sẻ.',
      }),
      translate({
        id: 'assessment.question.crossTeamSharing.level2',
        message: 'Việc chia sẻ diễn ra giữa vài phòng ban nhờ quan hệ cá nhân.',
      }),
      translate({
        id: 'assessment.question.crossTeamSharing.level3',
        message:
          'Đội ngũ AI CoE và các phòng ban có danh sách công việc chung và nhịp làm việc chung.',
      }),
      translate({
        id: 'assessment.question.crossTeamSharing.level4',
        message:
          'Hợp tác giữa các phòng ban được theo dõi và ghi nhận như một phần của kết quả công việc.',
      }),
    ],
  },
  'innovation-champions': {
    prompt: translate({
      id: 'assessment.question.innovationChampions.prompt',
      message: 'Các đơn vị có người tiên phong đổi mới không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.innovationChampions.level1',
        message: 'Chưa ai đóng vai trò này.',
      }),
      translate({
        id: 'assessment.question.innovationChampions.level2',
        message: 'Vài người nhiệt tình tự đứng ra, nhưng không được dành thời gian cho việc này.',
      }),
      translate({
        id: 'assessment.question.innovationChampions.level3',
        message:
          'Mỗi đơn vị chính có người tiên phong đổi mới được giao nhiệm vụ, tham gia đề xuất và thí điểm ca sử dụng.',
      }),
      translate({
        id: 'assessment.question.innovationChampions.level4',
        message:
          'Mạng lưới người tiên phong đổi mới hoạt động đều đặn và đưa phản hồi của đồng nghiệp vào danh sách cải tiến.',
      }),
    ],
  },
  'change-plan': {
    prompt: translate({
      id: 'assessment.question.changePlan.prompt',
      message: 'Thay đổi do AI mang lại có được truyền thông và quản lý không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.changePlan.level1',
        message: 'Nhân viên biết về dự án AI qua tin đồn; lo ngại về việc làm không ai giải đáp.',
      }),
      translate({
        id: 'assessment.question.changePlan.level2',
        message: 'Có thông báo khi ra mắt công cụ, nhưng không có kế hoạch thay đổi.',
      }),
      translate({
        id: 'assessment.question.changePlan.level3',
        message: 'Mỗi ca sử dụng có kế hoạch thay đổi và truyền thông, có người phụ trách.',
      }),
      translate({
        id: 'assessment.question.changePlan.level4',
        message:
          'Mức độ áp dụng và phản hồi của nhân viên được theo dõi và dùng để điều chỉnh việc triển khai.',
      }),
    ],
  },
  'path-to-production': {
    prompt: translate({
      id: 'assessment.question.pathToProduction.prompt',
      message: 'Mô hình có đi được từ thử nghiệm (PoC) đến vận hành chính thức?',
    }),
    levels: [
      translate({
        id: 'assessment.question.pathToProduction.level1',
        message: 'PoC dừng ở bản trình diễn; chưa mô hình nào vào vận hành chính thức.',
      }),
      translate({
        id: 'assessment.question.pathToProduction.level2',
        message: 'Vài mô hình đã vào vận hành chính thức, mỗi lần một cách, tùy người làm.',
      }),
      translate({
        id: 'assessment.question.pathToProduction.level3',
        message:
          'Mỗi ca sử dụng đi qua PoC, thí điểm, vận hành chính thức và mở rộng quy mô, ngăn bằng cổng kiểm soát với tiêu chí đi tiếp hay dừng viết từ trước.',
      }),
      translate({
        id: 'assessment.question.pathToProduction.level4',
        message:
          'Việc đưa mô hình vào vận hành được chuẩn hóa và tự động hóa theo MLOps, áp dụng cho mọi ca sử dụng.',
      }),
    ],
  },
  'model-monitoring': {
    prompt: translate({
      id: 'assessment.question.modelMonitoring.prompt',
      message: 'Mô hình đang chạy có được giám sát không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.modelMonitoring.level1',
        message: 'Không ai theo dõi; lỗi chỉ lộ ra khi người dùng phàn nàn.',
      }),
      translate({
        id: 'assessment.question.modelMonitoring.level2',
        message: 'Nhóm dự án thỉnh thoảng kiểm tra thủ công.',
      }),
      translate({
        id: 'assessment.question.modelMonitoring.level3',
        message:
          'Có bảng điều khiển và cảnh báo kỹ thuật về chất lượng mô hình, độ trôi dữ liệu, chi phí và sự cố.',
      }),
      translate({
        id: 'assessment.question.modelMonitoring.level4',
        message:
          'Theo dõi ở ba tầng kỹ thuật, ca sử dụng và danh mục, rà soát hằng tuần, hằng tháng và hằng quý.',
      }),
    ],
  },
  'incident-handling': {
    prompt: translate({
      id: 'assessment.question.incidentHandling.prompt',
      message: 'Sự cố AI được xử lý như thế nào?',
    }),
    levels: [
      translate({
        id: 'assessment.question.incidentHandling.level1',
        message: 'Chưa có quy trình; không rõ ai được quyền tạm dừng hệ thống.',
      }),
      translate({
        id: 'assessment.question.incidentHandling.level2',
        message: 'Sự cố được xử lý theo quy trình chung của bộ phận công nghệ thông tin.',
      }),
      translate({
        id: 'assessment.question.incidentHandling.level3',
        message:
          'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân được viết sẵn, có kênh báo lỗi, người trực và người được quyền tạm dừng hệ thống.',
      }),
      translate({
        id: 'assessment.question.incidentHandling.level4',
        message:
          'Quy trình đã được diễn tập; mỗi sự cố dẫn tới ít nhất một hạng mục trong danh sách cải tiến.',
      }),
    ],
  },
  continuity: {
    prompt: translate({
      id: 'assessment.question.continuity.prompt',
      message: 'Mô hình có người duy trì và người dự phòng không?',
    }),
    levels: [
      translate({
        id: 'assessment.question.continuity.level1',
        message: 'Mô hình phụ thuộc một người; người đó nghỉ thì không ai chạy lại được.',
      }),
      translate({
        id: 'assessment.question.continuity.level2',
        message: 'Vài mô hình có tài liệu, nhưng chưa có người dự phòng.',
      }),
      translate({
        id: 'assessment.question.continuity.level3',
        message:
          'Mỗi hệ thống có người chịu trách nhiệm nghiệp vụ, đầu mối kỹ thuật và tài liệu đủ để người khác vận hành.',
      }),
      translate({
        id: 'assessment.question.continuity.level4',
        message:
          'Mô hình được huấn luyện lại và kiểm định theo lịch hoặc khi có độ trôi dữ liệu; mọi thay đổi đều được ghi lại.',
      }),
    ],
  },
};

/** Column headers of the CSV table a reader downloads of their answers. */
export const EXPORT_COLUMNS = {
  dimension: translate({id: 'assessment.export.dimension', message: 'Khía cạnh'}),
  question: translate({id: 'assessment.export.question', message: 'Câu hỏi'}),
  level: translate({id: 'assessment.export.level', message: 'Mức'}),
  levelName: translate({id: 'assessment.export.levelName', message: 'Tên mức'}),
  description: translate({id: 'assessment.export.description', message: 'Mô tả mức đã chọn'}),
} as const;

/**
 * The guide's headings the self-assessment links to, as "page: heading", keyed by the link
 * (`path#anchor` as in assessment.ts). The page checks hold them to the headings.
 */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#data-in-prompts': translate({
    id: 'assessment.section.aiTaoSinhVaTacTu.dataInPrompts',
    message: 'AI tạo sinh và tác tử AI: Dữ liệu nào được đưa vào câu lệnh',
  }),
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#evaluation-and-red-teaming': translate({
    id: 'assessment.section.aiTaoSinhVaTacTu.evaluationAndRedTeaming',
    message: 'AI tạo sinh và tác tử AI: Đánh giá và kiểm thử đối kháng',
  }),
  '/chuyen-sau/con-nguoi-va-ky-nang#ai-literacy': translate({
    id: 'assessment.section.conNguoiVaKyNang.aiLiteracy',
    message: 'Con người và kỹ năng cho AI: Hiểu biết về AI cho mọi nhân viên',
  }),
  '/chuyen-sau/con-nguoi-va-ky-nang#change-and-communication': translate({
    id: 'assessment.section.conNguoiVaKyNang.changeAndCommunication',
    message: 'Con người và kỹ năng cho AI: Kế hoạch thay đổi và truyền thông',
  }),
  '/chuyen-sau/con-nguoi-va-ky-nang#hire-train-borrow': translate({
    id: 'assessment.section.conNguoiVaKyNang.hireTrainBorrow',
    message: 'Con người và kỹ năng cho AI: Tuyển, đào tạo hay mượn',
  }),
  '/chuyen-sau/con-nguoi-va-ky-nang#roles': translate({
    id: 'assessment.section.conNguoiVaKyNang.roles',
    message: 'Con người và kỹ năng cho AI: Các vai trò AI CoE cần',
  }),
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#due-diligence': translate({
    id: 'assessment.section.donViCungUngVaChiPhi.dueDiligence',
    message: 'Đơn vị cung ứng và chi phí AI: Thẩm định đơn vị cung ứng giải pháp',
  }),
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#running-costs': translate({
    id: 'assessment.section.donViCungUngVaChiPhi.runningCosts',
    message: 'Đơn vị cung ứng và chi phí AI: Chi phí AI khi vận hành',
  }),
  '/chuyen-sau/mo-hinh-van-hanh#reporting-line': translate({
    id: 'assessment.section.moHinhVanHanh.reportingLine',
    message: 'Mô hình vận hành AI CoE: AI CoE báo cáo cho ai',
  }),
  '/hop-tac#innovation-champions': translate({
    id: 'assessment.section.hopTac.innovationChampions',
    message: 'Hợp tác để thành công: Những người tiên phong đổi mới',
  }),
  '/hop-tac#senior-leadership': translate({
    id: 'assessment.section.hopTac.seniorLeadership',
    message: 'Hợp tác để thành công: Vai trò của ban lãnh đạo cấp cao',
  }),
  '/hop-tac#working-rhythm': translate({
    id: 'assessment.section.hopTac.workingRhythm',
    message: 'Hợp tác để thành công: Nhịp làm việc chung',
  }),
  '/quy-trinh/ban-do-tuan-thu#map': translate({
    id: 'assessment.section.banDoTuanThu.map',
    message: 'Bản đồ tuân thủ pháp luật về AI: Bản đồ nghĩa vụ',
  }),
  '/quy-trinh/chuan-bi#business-case': translate({
    id: 'assessment.section.chuanBi.businessCase',
    message: 'Chuẩn Bị: Xây dựng cơ sở kinh doanh cho AI',
  }),
  '/quy-trinh/chuan-bi#form-the-team': translate({
    id: 'assessment.section.chuanBi.formTheTeam',
    message: 'Chuẩn Bị: Thành lập đội ngũ AI CoE',
  }),
  '/quy-trinh/chuan-bi#resources': translate({
    id: 'assessment.section.chuanBi.resources',
    message: 'Chuẩn Bị: Xác định nguồn lực cần thiết',
  }),
  '/quy-trinh/danh-gia#ai-system-inventory': translate({
    id: 'assessment.section.danhGia.aiSystemInventory',
    message: 'Đánh Giá: Danh mục hệ thống AI và phân loại rủi ro',
  }),
  '/quy-trinh/danh-gia#current-state': translate({
    id: 'assessment.section.danhGia.currentState',
    message: 'Đánh Giá: Đánh giá hiện trạng AI trong tổ chức',
  }),
  '/quy-trinh/danh-gia#stakeholder-input': translate({
    id: 'assessment.section.danhGia.stakeholderInput',
    message: 'Đánh Giá: Thu thập ý kiến các bên liên quan',
  }),
  '/quy-trinh/lap-ke-hoach#governance': translate({
    id: 'assessment.section.lapKeHoach.governance',
    message: 'Lập Kế Hoạch: Thiết lập quy trình quản trị AI',
  }),
  '/quy-trinh/lap-ke-hoach#poc-to-scale': translate({
    id: 'assessment.section.lapKeHoach.pocToScale',
    message: 'Lập Kế Hoạch: Từ thử nghiệm (PoC) đến mở rộng quy mô',
  }),
  '/quy-trinh/lap-ke-hoach#strategy-and-action-plan': translate({
    id: 'assessment.section.lapKeHoach.strategyAndActionPlan',
    message: 'Lập Kế Hoạch: Xây dựng chiến lược AI và kế hoạch hành động',
  }),
  '/quy-trinh/theo-doi-va-cai-tien#incident-and-rights-handling': translate({
    id: 'assessment.section.theoDoiVaCaiTien.incidentAndRightsHandling',
    message: 'Theo Dõi và Cải Tiến: Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân',
  }),
  '/quy-trinh/theo-doi-va-cai-tien#monitoring': translate({
    id: 'assessment.section.theoDoiVaCaiTien.monitoring',
    message: 'Theo Dõi và Cải Tiến: Xây dựng cơ chế theo dõi và đánh giá',
  }),
  '/tac-dong-cua-ai#personal-data-law': translate({
    id: 'assessment.section.tacDongCuaAi.personalDataLaw',
    message: 'Tác động của AI đối với doanh nghiệp: Luật Bảo vệ dữ liệu cá nhân',
  }),
};

export const sectionKey = ({path, anchor}: {path: string; anchor: string}): string =>
  `${path}#${anchor}`;
