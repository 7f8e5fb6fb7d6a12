import type {ListedTemplateId} from './templateCatalog';

/**
 * The templates' titles (Vietnamese; English in src/data/en/templateTitlesText.ts), apart from the rest of
 * their wording so that a page listing templates loads only these.
 */
export const TEMPLATE_TITLES: Readonly<Record<ListedTemplateId, string>> = {
  'business-case': 'Cơ sở kinh doanh cho AI',
  charter: 'Điều lệ AI CoE',
  'use-case-intake': 'Phiếu đề xuất ca sử dụng',
  'use-case-scoring': 'Ma trận chấm điểm ca sử dụng',
  'ai-system-inventory': 'Danh mục hệ thống AI',
  'risk-register': 'Sổ theo dõi rủi ro AI',
  raci: 'Vai trò các bên theo giai đoạn',
  'kpi-sheet': 'Bảng KPI',
};
