import type {Locale} from './site';

/** A query as a reader types it, and the page of the guide it must lead to. */
export interface SearchCase {
  readonly query: string;
  readonly page: string;
}

const decomposed = (text: string): string => text.normalize('NFD');

/**
 * Realistic queries, each typed with and without diacritics (and some in capitals, or
 * decomposed as some phone keyboards send them). Each expected page is the one whose title,
 * heading or summary is about that phrase, so the answer is not a matter of taste.
 */
export const SEARCH_CASES: Readonly<Record<Locale, readonly SearchCase[]>> = {
  vi: [
    {query: 'chuẩn bị', page: '/quy-trinh/chuan-bi'},
    {query: 'chuan bi', page: '/quy-trinh/chuan-bi'},
    {query: 'CHUẨN BỊ', page: '/quy-trinh/chuan-bi'},
    {query: 'CHUAN BI', page: '/quy-trinh/chuan-bi'},
    {query: decomposed('chuẩn bị'), page: '/quy-trinh/chuan-bi'},
    {query: 'đánh giá', page: '/quy-trinh/danh-gia'},
    {query: 'danh gia', page: '/quy-trinh/danh-gia'},
    {query: 'ĐÁNH GIÁ', page: '/quy-trinh/danh-gia'},
    {query: 'đánh giá mức độ sẵn sàng', page: '/quy-trinh/danh-gia'},
    {query: 'danh gia muc do san sang', page: '/quy-trinh/danh-gia'},
    {query: 'khoảng cách', page: '/quy-trinh/danh-gia'},
    {query: 'khoang cach', page: '/quy-trinh/danh-gia'},
    {query: 'hiện trạng', page: '/quy-trinh/danh-gia'},
    {query: 'hien trang', page: '/quy-trinh/danh-gia'},
    {query: 'lập kế hoạch', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'lap ke hoach', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'quản trị AI', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'quan tri ai', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'QUAN TRI AI', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'thử nghiệm', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'thu nghiem', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'theo dõi và cải tiến', page: '/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'theo doi va cai tien', page: '/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'chỉ số đo lường', page: '/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'chi so do luong', page: '/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'KPI', page: '/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'đội ngũ', page: '/quy-trinh/chuan-bi'},
    {query: 'doi ngu', page: '/quy-trinh/chuan-bi'},
    {query: decomposed('ĐỘI NGŨ'), page: '/quy-trinh/chuan-bi'},
    {query: 'cơ sở kinh doanh', page: '/quy-trinh/chuan-bi'},
    {query: 'co so kinh doanh', page: '/quy-trinh/chuan-bi'},
    {query: 'người tiên phong', page: '/hop-tac'},
    {query: 'nguoi tien phong', page: '/hop-tac'},
    {query: 'nhịp làm việc', page: '/hop-tac'},
    {query: 'nhip lam viec', page: '/hop-tac'},
    {query: 'đào tạo lại kỹ năng', page: '/hop-tac'},
    {query: 'dao tao lai ky nang', page: '/hop-tac'},
    {query: 'luật trí tuệ nhân tạo', page: '/tac-dong-cua-ai'},
    {query: 'luat tri tue nhan tao', page: '/tac-dong-cua-ai'},
    {query: 'bảo vệ dữ liệu cá nhân', page: '/tac-dong-cua-ai'},
    {query: 'bao ve du lieu ca nhan', page: '/tac-dong-cua-ai'},
    {query: 'rủi ro', page: '/tac-dong-cua-ai'},
    {query: 'rui ro', page: '/tac-dong-cua-ai'},
    {query: 'giới thiệu', page: '/gioi-thieu'},
    {query: 'gioi thieu', page: '/gioi-thieu'},
    // The compliance map, by the terms of the laws it maps.
    {query: 'bản đồ tuân thủ', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'ban do tuan thu', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'nghị định 356', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'nghi dinh 356', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'bên triển khai', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'ben trien khai', page: '/quy-trinh/ban-do-tuan-thu'},
    {query: 'chuyen du lieu ra nuoc ngoai', page: '/quy-trinh/ban-do-tuan-thu'},
    // The in-depth pages, by their main terms.
    {query: 'tác tử AI', page: '/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'tac tu ai', page: '/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'kiểm thử đối kháng', page: '/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'kiem thu doi khang', page: '/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'mô hình vận hành', page: '/chuyen-sau/mo-hinh-van-hanh'},
    {query: 'mo hinh van hanh', page: '/chuyen-sau/mo-hinh-van-hanh'},
    {query: 'đơn vị cung ứng', page: '/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'don vi cung ung', page: '/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'điều khoản hợp đồng', page: '/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'dieu khoan hop dong', page: '/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'hiểu biết về AI', page: '/chuyen-sau/con-nguoi-va-ky-nang'},
    {query: 'hieu biet ve ai', page: '/chuyen-sau/con-nguoi-va-ky-nang'},
    {query: 'ví dụ xuyên suốt', page: '/chuyen-sau/vi-du-xuyen-suot'},
    {query: 'vi du xuyen suot', page: '/chuyen-sau/vi-du-xuyen-suot'},
    // Either spelling of i and y: the overview is titled "Tổng quan qui trình".
    {query: 'tong quan quy trinh', page: '/quy-trinh'},
    {query: 'tổng quan quy trình', page: '/quy-trinh'},
    {query: 'tổng quan qui trình', page: '/quy-trinh'},
    {query: 'qui trinh', page: '/quy-trinh'},
    {query: 'quy trình', page: '/quy-trinh'},
    {query: 'đào tạo lại kĩ năng', page: '/hop-tac'},
    {query: 'hiểu biết về AI kĩ năng', page: '/chuyen-sau/con-nguoi-va-ky-nang'},
    // The last word still being typed.
    {query: 'người tiên pho', page: '/hop-tac'},
    {query: 'nhịp làm việ', page: '/hop-tac'},
    {query: 'quy trình quản trị A', page: '/quy-trinh/lap-ke-hoach'},
    {query: 'thanh lap doi ng', page: '/quy-trinh/chuan-bi'},
  ],
  en: [
    {query: 'business case', page: '/en/quy-trinh/chuan-bi'},
    {query: 'Business Case', page: '/en/quy-trinh/chuan-bi'},
    {query: 'prepare', page: '/en/quy-trinh/chuan-bi'},
    {query: 'readiness', page: '/en/quy-trinh/danh-gia'},
    {query: 'stakeholder input', page: '/en/quy-trinh/danh-gia'},
    {query: 'governance', page: '/en/quy-trinh/lap-ke-hoach'},
    {query: 'AI governance', page: '/en/quy-trinh/lap-ke-hoach'},
    {query: 'proof of concept', page: '/en/quy-trinh/lap-ke-hoach'},
    {query: 'kpi', page: '/en/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'KPIs', page: '/en/quy-trinh/theo-doi-va-cai-tien'},
    {query: 'innovation champions', page: '/en/hop-tac'},
    {query: 'senior leadership', page: '/en/hop-tac'},
    {query: 'personal data protection', page: '/en/tac-dong-cua-ai'},
    {query: 'NIST', page: '/en/tac-dong-cua-ai'},
    {query: 'compliance map', page: '/en/quy-trinh/ban-do-tuan-thu'},
    {query: 'deployer', page: '/en/quy-trinh/ban-do-tuan-thu'},
    {query: 'cross-border', page: '/en/quy-trinh/ban-do-tuan-thu'},
    {query: 'AI agents', page: '/en/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'red teaming', page: '/en/chuyen-sau/ai-tao-sinh-va-tac-tu'},
    {query: 'operating model', page: '/en/chuyen-sau/mo-hinh-van-hanh'},
    {query: 'vendor due diligence', page: '/en/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'contract clauses', page: '/en/chuyen-sau/don-vi-cung-ung-va-chi-phi'},
    {query: 'AI literacy', page: '/en/chuyen-sau/con-nguoi-va-ky-nang'},
    {query: 'worked example', page: '/en/chuyen-sau/vi-du-xuyen-suot'},
    // The last word still being typed.
    {query: 'governa', page: '/en/quy-trinh/lap-ke-hoach'},
    {query: 'innovation champ', page: '/en/hop-tac'},
  ],
};

/** Input a reader may type or paste by accident: none of it may break anything. */
export const ODD_QUERIES: readonly {readonly name: string; readonly query: string}[] = [
  {name: '500 characters', query: `${'đ'.repeat(250)} ${'x'.repeat(249)}`},
  {name: 'regular-expression characters', query: '.*+?^${}()|[]\\'},
  {name: 'markup', query: '<script>alert(1)</script><img src=x onerror=alert(2)>'},
  {name: 'emoji', query: '🤖🚀👩🏽‍💻'},
  {name: 'quotes and an HTML entity', query: '"\'&amp;`'},
];
