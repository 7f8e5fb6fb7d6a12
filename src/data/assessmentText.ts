import type {DimensionId, MaturityLevel, QuestionId} from './assessment';

/**
 * What the readiness self-assessment says, in Vietnamese (English in src/data/en/assessmentText.ts): the
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
    name: 'Khởi đầu',
    description: 'Rời rạc, do cá nhân tự làm; chưa có văn bản hay người chịu trách nhiệm',
  },
  2: {
    name: 'Hình thành',
    description: 'Có vài sáng kiến hoặc quy tắc, nhưng gói trong một đơn vị và phụ thuộc vài người',
  },
  3: {
    name: 'Bài bản',
    description: 'Thống nhất, thành văn bản, áp dụng ở nhiều đơn vị, có người chịu trách nhiệm',
  },
  4: {
    name: 'Tích hợp',
    description: 'Là một phần của vận hành thường ngày, được đo lường và cải tiến định kỳ',
  },
};

export interface DimensionText {
  readonly name: string;
  /** The Assess page's one-line question for the dimension. */
  readonly question: string;
}

export const DIMENSION_TEXT: Readonly<Record<DimensionId, DimensionText>> = {
  'strategy-leadership': {
    name: 'Chiến lược và lãnh đạo',
    question: 'AI có gắn với mục tiêu kinh doanh, có người chịu trách nhiệm?',
  },
  data: {
    name: 'Dữ liệu',
    question: 'Đủ chất lượng, truy cập được, có cơ sở pháp lý để xử lý?',
  },
  'technology-platform': {
    name: 'Công nghệ và nền tảng',
    question: 'Đủ để xây dựng, tích hợp và chạy mô hình?',
  },
  'people-skills': {
    name: 'Con người và kỹ năng',
    question: 'Có người làm được AI, nghiệp vụ có hiểu AI?',
  },
  'governance-risk-security': {
    name: 'Quản trị, rủi ro và an ninh',
    question: 'Có chính sách, quy trình phê duyệt, kiểm soát an ninh cho AI?',
  },
  'culture-change': {
    name: 'Văn hóa và thay đổi',
    question: 'Có sẵn sàng thử cách làm mới, chia sẻ dữ liệu giữa các phòng ban?',
  },
  operations: {
    name: 'Vận hành',
    question: 'Đưa được mô hình vào dùng, giám sát và duy trì?',
  },
};

export interface QuestionText {
  readonly prompt: string;
  /** What each level looks like for this question: levels 1 to 4. */
  readonly levels: readonly [string, string, string, string];
}

export const QUESTION_TEXT: Readonly<Record<QuestionId, QuestionText>> = {
  'business-goals': {
    prompt: 'Các sáng kiến AI gắn với mục tiêu kinh doanh đến đâu?',
    levels: [
      'Sáng kiến AI xuất phát từ sở thích của từng người, không gắn với mục tiêu nào của doanh nghiệp.',
      'Vài đơn vị gắn dự án AI với mục tiêu của đơn vị mình, nhưng chưa có chiến lược AI chung.',
      'Có chiến lược AI thành văn bản; mỗi ca sử dụng ưu tiên gắn với một mục tiêu kinh doanh và một KPI.',
      'Chiến lược AI là một phần của kế hoạch kinh doanh hằng năm và được điều chỉnh theo kết quả đo được.',
    ],
  },
  'accountable-sponsor': {
    prompt: 'Ở cấp lãnh đạo, ai chịu trách nhiệm giải trình về AI?',
    levels: [
      'Chưa ai trong ban lãnh đạo cấp cao được giao trách nhiệm về AI.',
      'Một lãnh đạo quan tâm và ủng hộ, nhưng chưa được giao chính thức và chưa cam kết thời gian.',
      'Lãnh đạo bảo trợ được giao bằng văn bản; ban chỉ đạo AI có thẩm quyền ghi trong điều lệ AI CoE.',
      'Ban chỉ đạo AI họp định kỳ, quyết định có biên bản và rà soát danh mục ca sử dụng mỗi quý.',
    ],
  },
  funding: {
    prompt: 'Nguồn lực cho AI được cấp như thế nào?',
    levels: [
      'Chi phí cho AI nằm rải rác trong ngân sách của từng đơn vị; không ai theo dõi tổng số.',
      'Một vài dự án có ngân sách, được duyệt theo từng đề xuất riêng lẻ.',
      'Có cơ sở kinh doanh cho AI và kế hoạch nguồn lực được phê duyệt, cấp theo đợt kèm điều kiện cho đợt sau.',
      'Nguồn lực được phân bổ lại theo kết quả ở mỗi cổng kiểm soát và mỗi kỳ rà soát.',
    ],
  },
  'use-case-selection': {
    prompt: 'Ca sử dụng được chọn ra sao?',
    levels: [
      'Ý tưởng nảy ra ở đâu làm ở đó; không có danh sách chung hay tiêu chí chọn.',
      'Có danh sách ý tưởng, nhưng việc chọn dựa vào ý kiến của vài người.',
      'Ca sử dụng được chấm trên một thang chung: giá trị kỳ vọng, tính khả thi, mức rủi ro; lý do chọn và tạm gác được ghi lại.',
      'Danh mục ca sử dụng được rà soát định kỳ; ca không đạt tiêu chí bị dừng và nguồn lực chuyển sang ca khác.',
    ],
  },
  'data-quality': {
    prompt: 'Dữ liệu cho các ca sử dụng ưu tiên có đủ chất lượng không?',
    levels: [
      'Chất lượng dữ liệu chưa được đo; dữ liệu nằm rải rác trong bảng tính và các hệ thống riêng.',
      'Vài bộ dữ liệu được làm sạch cho từng dự án, và mỗi dự án lại làm lại từ đầu.',
      'Dữ liệu quan trọng có người chịu trách nhiệm, định nghĩa thống nhất và tiêu chí chất lượng thành văn bản.',
      'Chất lượng dữ liệu được đo thường xuyên; lỗi được phát hiện và sửa ngay tại nguồn.',
    ],
  },
  'data-access': {
    prompt: 'Người làm AI lấy được dữ liệu cần dùng dễ đến đâu?',
    levels: [
      'Muốn có dữ liệu phải nhờ từng người, và thường phải chờ rất lâu.',
      'Một số đơn vị chia sẻ dữ liệu theo thỏa thuận riêng giữa các trưởng bộ phận.',
      'Có quy trình cấp quyền truy cập dữ liệu thống nhất, có phân quyền và ghi nhật ký truy cập.',
      'Dữ liệu dùng chung có sẵn trên nền tảng dùng chung, cấp quyền theo quy trình chuẩn và được giám sát.',
    ],
  },
  'personal-data-basis': {
    prompt: 'Doanh nghiệp có biết hệ thống AI nào xử lý dữ liệu cá nhân và trên cơ sở nào?',
    levels: [
      'Chưa biết hệ thống nào dùng dữ liệu cá nhân; nhân viên có thể đang đưa dữ liệu khách hàng vào công cụ AI công cộng.',
      'Pháp chế đã xem xét vài hệ thống, nhưng chưa có danh sách đầy đủ.',
      'Danh mục hệ thống AI ghi rõ, cho từng hệ thống, dữ liệu cá nhân được dùng và có chuyển ra nước ngoài hay không.',
      'Hồ sơ đánh giá tác động xử lý dữ liệu cá nhân được cập nhật mỗi khi hệ thống hoặc cách xử lý thay đổi.',
    ],
  },
  'data-in-prompts': {
    prompt: 'Nhân viên có biết dữ liệu nào được đưa vào công cụ AI tạo sinh?',
    levels: [
      'Chưa có hướng dẫn nào; mỗi người tự quyết.',
      'Có lời nhắc chung qua email hay cuộc họp, nhưng chưa phân nhóm dữ liệu.',
      'Quy định sử dụng AI tạo sinh nêu rõ công cụ nào được dùng với nhóm dữ liệu nào, theo ba mức: được dùng, có điều kiện, không được dùng.',
      'Quy định được hỗ trợ bằng kiểm soát kỹ thuật và được xem lại mỗi khi có công cụ hoặc nhóm dữ liệu mới.',
    ],
  },
  'build-environment': {
    prompt: 'Có môi trường để xây dựng và thử mô hình không?',
    levels: [
      'Mô hình chạy trên máy cá nhân của vài kỹ sư.',
      'Một dự án có môi trường riêng, do chính nhóm dự án dựng và duy trì.',
      'Có môi trường phát triển dùng chung, được cấp theo quy trình và có kiểm soát an ninh.',
      'Nền tảng dùng chung giúp nhóm mới bắt đầu mà không phải dựng lại từ đầu; chi phí theo dõi được cho từng ca sử dụng.',
    ],
  },
  integration: {
    prompt: 'Kết quả của AI có đi được vào hệ thống nghiệp vụ không?',
    levels: [
      'Kết quả được chép tay từ bảng tính sang hệ thống nghiệp vụ.',
      'Một ca sử dụng đã tích hợp, nhưng theo cách làm riêng, khó dùng lại.',
      'Có cách tích hợp chuẩn (giao diện lập trình, luồng dữ liệu) dùng lại được cho nhiều ca sử dụng.',
      'Tích hợp được kiểm thử tự động và giám sát như mọi hệ thống nghiệp vụ quan trọng khác.',
    ],
  },
  'vendor-management': {
    prompt: 'Đơn vị cung ứng giải pháp AI được chọn và quản lý ra sao?',
    levels: [
      'Các đơn vị tự mua công cụ AI theo nhu cầu riêng, không qua thẩm định.',
      'Bộ phận công nghệ xem xét vài hợp đồng lớn, nhưng chưa có tiêu chí chung.',
      'Có quy trình thẩm định đơn vị cung ứng giải pháp và bộ điều khoản hợp đồng bắt buộc về phân loại rủi ro, sự cố và dữ liệu cá nhân.',
      'Đơn vị cung ứng được rà soát định kỳ theo cam kết trong hợp đồng; doanh nghiệp có phương án chuyển đổi khi cần.',
    ],
  },
  'running-costs': {
    prompt: 'Chi phí hạ tầng và chi phí sử dụng AI có được kiểm soát không?',
    levels: [
      'Không ai biết tổng chi cho điện toán đám mây, bản quyền phần mềm và phí theo mức sử dụng dành cho AI.',
      'Chi phí được xem theo từng hóa đơn, sau khi đã chi.',
      'Chi phí vận hành được ước tính trước mỗi đợt và theo dõi cho từng ca sử dụng.',
      'Chi phí được so với giá trị mang lại ở mỗi kỳ rà soát, có ngưỡng cảnh báo khi vượt dự toán.',
    ],
  },
  builders: {
    prompt: 'Doanh nghiệp có người xây dựng và kiểm định mô hình không?',
    levels: [
      'Chưa có ai; mọi việc phụ thuộc vào đơn vị cung ứng giải pháp.',
      'Một, hai người có kỹ năng, làm kiêm nhiệm và khó thay thế.',
      'Đội ngũ AI CoE có đủ các vai trò chính; vai trò còn thiếu có kế hoạch tuyển, đào tạo hay mượn.',
      'Năng lực AI được bố trí cho các đơn vị theo mô hình vận hành, có lộ trình nghề nghiệp và kế hoạch giữ chân nhân tài.',
    ],
  },
  'ai-literacy': {
    prompt: 'Nhân viên và quản lý hiểu biết về AI đến đâu?',
    levels: [
      'Chưa có đào tạo; hiểu biết tùy vào việc mỗi người tự học.',
      'Đã có vài buổi giới thiệu hoặc một khóa học cho một nhóm.',
      'Chương trình hiểu biết về AI ba tầng, cho mọi nhân viên, quản lý và người xây dựng, đã triển khai ở nhiều đơn vị.',
      'Hiểu biết về AI là yêu cầu của từng vị trí, được đo và cập nhật khi công cụ thay đổi.',
    ],
  },
  'business-ownership': {
    prompt: 'Nghiệp vụ có tham gia định nghĩa và kiểm chứng ca sử dụng không?',
    levels: [
      'Nhóm kỹ thuật tự đoán nhu cầu; nghiệp vụ chỉ xem kết quả cuối cùng.',
      'Vài chuyên gia nghiệp vụ góp ý khi có thời gian.',
      'Mỗi ca sử dụng có người chịu trách nhiệm nghiệp vụ, và thời gian tham gia đã được quản lý trực tiếp xác nhận.',
      'Người chịu trách nhiệm nghiệp vụ trình kết quả ở mỗi cổng kiểm soát và chịu trách nhiệm về KPI của ca sử dụng.',
    ],
  },
  'workforce-planning': {
    prompt: 'Doanh nghiệp có chuẩn bị cho những thay đổi AI đem lại trong công việc?',
    levels: [
      'Nhân sự chưa tham gia; chưa ai xem AI sẽ thay đổi những công việc nào.',
      'Nhân sự hỗ trợ tuyển người cho dự án AI khi được đề nghị.',
      'Nhân sự cùng đội ngũ AI CoE lập kế hoạch kỹ năng và cập nhật mô tả công việc của các vị trí chịu ảnh hưởng.',
      'Kế hoạch nhân lực hằng năm tính đến AI; tác động lên từng nhóm vị trí được theo dõi.',
    ],
  },
  'system-inventory': {
    prompt: 'Doanh nghiệp có biết mình đang dùng những hệ thống AI nào?',
    levels: [
      'Không có danh sách; không ai nắm hết các công cụ AI đang được dùng.',
      'Có danh sách dự án AI của bộ phận công nghệ, nhưng thiếu giải pháp mua ngoài và công cụ nhân viên tự dùng.',
      'Danh mục hệ thống AI đầy đủ, ghi vai trò của doanh nghiệp, mức rủi ro, dữ liệu cá nhân và hạn tuân thủ của từng hệ thống.',
      'Danh mục được cập nhật mỗi khi có hệ thống mới hoặc thay đổi làm tăng rủi ro, và được xem lại ở mỗi kỳ rà soát.',
    ],
  },
  'governance-policy': {
    prompt: 'Doanh nghiệp có chính sách quản trị AI không?',
    levels: [
      'Chưa có quy định nào riêng cho AI.',
      'Có vài quy tắc rời rạc, như một thông báo không dán dữ liệu khách hàng vào chatbot, áp dụng trong một đơn vị.',
      'Chính sách quản trị AI đã ban hành và thông báo đến toàn thể nhân viên, nêu rõ ai phê duyệt việc gì.',
      'Chính sách được xem lại định kỳ theo sự cố, văn bản pháp luật mới và kết quả rà soát.',
    ],
  },
  'risk-classification': {
    prompt: 'Rủi ro của từng hệ thống AI có được phân loại và kiểm soát?',
    levels: [
      'Rủi ro chưa được xem xét trước khi đưa AI vào dùng.',
      'Rủi ro được xem xét theo từng dự án, chưa theo một thang chung.',
      'Mỗi hệ thống được xếp mức rủi ro cao, trung bình hay thấp, với mức kiểm soát tương ứng và hồ sơ phân loại khi cần.',
      'Hệ thống rủi ro cao có lịch rà soát rủi ro riêng; kết quả được báo cáo lên ban chỉ đạo AI.',
    ],
  },
  'ai-security': {
    prompt: 'Hệ thống AI có được kiểm soát an ninh theo rủi ro riêng của AI?',
    levels: [
      'Hệ thống AI không qua kiểm tra an ninh nào riêng.',
      'Áp dụng kiểm tra an ninh thông tin chung, chưa tính đến rủi ro riêng của AI như tấn công chèn lệnh.',
      'Ứng dụng AI tạo sinh được đánh giá và kiểm thử đối kháng trước khi đưa vào dùng.',
      'Bộ câu hỏi kiểm thử được chạy lại mỗi khi đổi mô hình, câu lệnh hệ thống hay nguồn dữ liệu.',
    ],
  },
  experimentation: {
    prompt: 'Mọi người có sẵn sàng thử cách làm mới không?',
    levels: [
      'Thử nghiệm bị coi là rủi ro; thất bại là bị truy trách nhiệm.',
      'Chỉ vài nhóm dám thử nghiệm, nhờ có một trưởng bộ phận đứng ra ủng hộ.',
      'Có cách đề xuất và thử ý tưởng rõ ràng; dừng khi đúng tiêu chí viết từ trước được coi là kết quả hợp lệ.',
      'Thử nghiệm có kiểm soát là cách làm thường ngày; bài học được chia sẻ trong toàn doanh nghiệp.',
    ],
  },
  'cross-team-sharing': {
    prompt: 'Các phòng ban có chia sẻ dữ liệu và kinh nghiệm với nhau không?',
    levels: [
      'Phòng ban nào giữ dữ liệu phòng ban nấy và ngại chia sẻ.',
      'Việc chia sẻ diễn ra giữa vài phòng ban nhờ quan hệ cá nhân.',
      'Đội ngũ AI CoE và các phòng ban có danh sách công việc chung và nhịp làm việc chung.',
      'Hợp tác giữa các phòng ban được theo dõi và ghi nhận như một phần của kết quả công việc.',
    ],
  },
  'innovation-champions': {
    prompt: 'Các đơn vị có người tiên phong đổi mới không?',
    levels: [
      'Chưa ai đóng vai trò này.',
      'Vài người nhiệt tình tự đứng ra, nhưng không được dành thời gian cho việc này.',
      'Mỗi đơn vị chính có người tiên phong đổi mới được giao nhiệm vụ, tham gia đề xuất và thí điểm ca sử dụng.',
      'Mạng lưới người tiên phong đổi mới hoạt động đều đặn và đưa phản hồi của đồng nghiệp vào danh sách cải tiến.',
    ],
  },
  'change-plan': {
    prompt: 'Thay đổi do AI mang lại có được truyền thông và quản lý không?',
    levels: [
      'Nhân viên biết về dự án AI qua tin đồn; lo ngại về việc làm không ai giải đáp.',
      'Có thông báo khi ra mắt công cụ, nhưng không có kế hoạch thay đổi.',
      'Mỗi ca sử dụng có kế hoạch thay đổi và truyền thông, có người phụ trách.',
      'Mức độ áp dụng và phản hồi của nhân viên được theo dõi và dùng để điều chỉnh việc triển khai.',
    ],
  },
  'path-to-production': {
    prompt: 'Mô hình có đi được từ thử nghiệm (PoC) đến vận hành chính thức?',
    levels: [
      'PoC dừng ở bản trình diễn; chưa mô hình nào vào vận hành chính thức.',
      'Vài mô hình đã vào vận hành chính thức, mỗi lần một cách, tùy người làm.',
      'Mỗi ca sử dụng đi qua PoC, thí điểm, vận hành chính thức và mở rộng quy mô, ngăn bằng cổng kiểm soát với tiêu chí đi tiếp hay dừng viết từ trước.',
      'Việc đưa mô hình vào vận hành được chuẩn hóa và tự động hóa theo MLOps, áp dụng cho mọi ca sử dụng.',
    ],
  },
  'model-monitoring': {
    prompt: 'Mô hình đang chạy có được giám sát không?',
    levels: [
      'Không ai theo dõi; lỗi chỉ lộ ra khi người dùng phàn nàn.',
      'Nhóm dự án thỉnh thoảng kiểm tra thủ công.',
      'Có bảng điều khiển và cảnh báo kỹ thuật về chất lượng mô hình, độ trôi dữ liệu, chi phí và sự cố.',
      'Theo dõi ở ba tầng kỹ thuật, ca sử dụng và danh mục, rà soát hằng tuần, hằng tháng và hằng quý.',
    ],
  },
  'incident-handling': {
    prompt: 'Sự cố AI được xử lý như thế nào?',
    levels: [
      'Chưa có quy trình; không rõ ai được quyền tạm dừng hệ thống.',
      'Sự cố được xử lý theo quy trình chung của bộ phận công nghệ thông tin.',
      'Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân được viết sẵn, có kênh báo lỗi, người trực và người được quyền tạm dừng hệ thống.',
      'Quy trình đã được diễn tập; mỗi sự cố dẫn tới ít nhất một hạng mục trong danh sách cải tiến.',
    ],
  },
  continuity: {
    prompt: 'Mô hình có người duy trì và người dự phòng không?',
    levels: [
      'Mô hình phụ thuộc một người; người đó nghỉ thì không ai chạy lại được.',
      'Vài mô hình có tài liệu, nhưng chưa có người dự phòng.',
      'Mỗi hệ thống có người chịu trách nhiệm nghiệp vụ, đầu mối kỹ thuật và tài liệu đủ để người khác vận hành.',
      'Mô hình được huấn luyện lại và kiểm định theo lịch hoặc khi có độ trôi dữ liệu; mọi thay đổi đều được ghi lại.',
    ],
  },
};

/** Column headers of the CSV table a reader downloads of their answers. */
export const EXPORT_COLUMNS = {
  dimension: 'Khía cạnh',
  question: 'Câu hỏi',
  level: 'Mức',
  levelName: 'Tên mức',
  description: 'Mô tả mức đã chọn',
} as const;

/**
 * The guide's headings the self-assessment links to, as "page: heading", keyed by the link
 * (`path#anchor` as in assessment.ts). The page checks hold them to the headings.
 */
export const SECTION_TITLES: Readonly<Record<string, string>> = {
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#data-in-prompts':
    'AI tạo sinh và tác tử AI: Dữ liệu nào được đưa vào câu lệnh',
  '/chuyen-sau/ai-tao-sinh-va-tac-tu#evaluation-and-red-teaming':
    'AI tạo sinh và tác tử AI: Đánh giá và kiểm thử đối kháng',
  '/chuyen-sau/con-nguoi-va-ky-nang#ai-literacy':
    'Con người và kỹ năng cho AI: Hiểu biết về AI cho mọi nhân viên',
  '/chuyen-sau/con-nguoi-va-ky-nang#change-and-communication':
    'Con người và kỹ năng cho AI: Kế hoạch thay đổi và truyền thông',
  '/chuyen-sau/con-nguoi-va-ky-nang#hire-train-borrow':
    'Con người và kỹ năng cho AI: Tuyển, đào tạo hay mượn',
  '/chuyen-sau/con-nguoi-va-ky-nang#roles': 'Con người và kỹ năng cho AI: Các vai trò AI CoE cần',
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#due-diligence':
    'Đơn vị cung ứng và chi phí AI: Thẩm định đơn vị cung ứng giải pháp',
  '/chuyen-sau/don-vi-cung-ung-va-chi-phi#running-costs':
    'Đơn vị cung ứng và chi phí AI: Chi phí AI khi vận hành',
  '/chuyen-sau/mo-hinh-van-hanh#reporting-line': 'Mô hình vận hành AI CoE: AI CoE báo cáo cho ai',
  '/hop-tac#innovation-champions': 'Hợp tác để thành công: Những người tiên phong đổi mới',
  '/hop-tac#senior-leadership': 'Hợp tác để thành công: Vai trò của ban lãnh đạo cấp cao',
  '/hop-tac#working-rhythm': 'Hợp tác để thành công: Nhịp làm việc chung',
  '/quy-trinh/ban-do-tuan-thu#map': 'Bản đồ tuân thủ pháp luật về AI: Bản đồ nghĩa vụ',
  '/quy-trinh/chuan-bi#business-case': 'Chuẩn Bị: Xây dựng cơ sở kinh doanh cho AI',
  '/quy-trinh/chuan-bi#form-the-team': 'Chuẩn Bị: Thành lập đội ngũ AI CoE',
  '/quy-trinh/chuan-bi#resources': 'Chuẩn Bị: Xác định nguồn lực cần thiết',
  '/quy-trinh/danh-gia#ai-system-inventory': 'Đánh Giá: Danh mục hệ thống AI và phân loại rủi ro',
  '/quy-trinh/danh-gia#current-state': 'Đánh Giá: Đánh giá hiện trạng AI trong tổ chức',
  '/quy-trinh/danh-gia#stakeholder-input': 'Đánh Giá: Thu thập ý kiến các bên liên quan',
  '/quy-trinh/lap-ke-hoach#governance': 'Lập Kế Hoạch: Thiết lập quy trình quản trị AI',
  '/quy-trinh/lap-ke-hoach#poc-to-scale': 'Lập Kế Hoạch: Từ thử nghiệm (PoC) đến mở rộng quy mô',
  '/quy-trinh/lap-ke-hoach#strategy-and-action-plan':
    'Lập Kế Hoạch: Xây dựng chiến lược AI và kế hoạch hành động',
  '/quy-trinh/theo-doi-va-cai-tien#incident-and-rights-handling':
    'Theo Dõi và Cải Tiến: Quy trình xử lý sự cố và yêu cầu về dữ liệu cá nhân',
  '/quy-trinh/theo-doi-va-cai-tien#monitoring':
    'Theo Dõi và Cải Tiến: Xây dựng cơ chế theo dõi và đánh giá',
  '/tac-dong-cua-ai#personal-data-law':
    'Tác động của AI đối với doanh nghiệp: Luật Bảo vệ dữ liệu cá nhân',
};

export const sectionKey = ({path, anchor}: {path: string; anchor: string}): string =>
  `${path}#${anchor}`;
