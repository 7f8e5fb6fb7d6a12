import type {ListedTemplateId} from '../templateCatalog';

/**
 * The templates' titles (English; Vietnamese in src/data/templateTitlesText.ts), apart from the rest of
 * their wording so that a page listing templates loads only these.
 */
export const TEMPLATE_TITLES: Readonly<Record<ListedTemplateId, string>> = {
  'business-case': 'Business case for AI',
  charter: 'AI CoE charter',
  'use-case-intake': 'Use case intake form',
  'use-case-scoring': 'Use case scoring matrix',
  'ai-system-inventory': 'AI system inventory',
  'risk-register': 'AI risk register',
  raci: 'Stakeholder roles by phase',
  'kpi-sheet': 'KPI sheet',
};
