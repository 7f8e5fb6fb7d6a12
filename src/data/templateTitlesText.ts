import {translate} from '@docusaurus/Translate';
import type {ListedTemplateId} from './templateCatalog';

/**
 * The templates' titles (Vietnamese; English in i18n/en/code.json), apart from the rest of
 * their wording so that a page listing templates loads only these.
 */
export const TEMPLATE_TITLES: Readonly<Record<ListedTemplateId, string>> = {
  'business-case': translate({
    id: 'templates.title.businessCase',
    message: 'Cơ sở kinh doanh cho AI',
  }),
  charter: translate({id: 'templates.title.charter', message: 'Điều lệ AI CoE'}),
  'use-case-intake': translate({
    id: 'templates.title.useCaseIntake',
    message: 'Phiếu đề xuất ca sử dụng',
  }),
  'use-case-scoring': translate({
    id: 'templates.title.useCaseScoring',
    message: 'Ma trận chấm điểm ca sử dụng',
  }),
  'ai-system-inventory': translate({
    id: 'templates.title.aiSystemInventory',
    message: 'Danh mục hệ thống AI',
  }),
  'risk-register': translate({
    id: 'templates.title.riskRegister',
    message: 'Sổ theo dõi rủi ro AI',
  }),
  raci: translate({id: 'templates.title.raci', message: 'Vai trò các bên theo giai đoạn'}),
  'kpi-sheet': translate({id: 'templates.title.kpiSheet', message: 'Bảng KPI'}),
};
