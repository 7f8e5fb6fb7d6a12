import type {SectionLink} from './assessment';
import {KPI_SHEET_SECTION} from './kpis';

/**
 * The downloadable templates as a reader finds them: which guide section describes each, and
 * the generated files that hold it. Kept apart from their structure (templates.ts) and
 * wording (templatesText.ts) so that a page listing its templates loads only this.
 */

/** Where the guide describes each template (its `source` heading). */
export const TEMPLATE_SOURCES = {
  'business-case': {path: '/quy-trinh/chuan-bi', anchor: 'business-case-outline'},
  charter: {path: '/quy-trinh/chuan-bi', anchor: 'charter-outline'},
  'use-case-intake': {path: '/quy-trinh/chuan-bi', anchor: 'business-case-outline'},
  'use-case-scoring': {path: '/quy-trinh/lap-ke-hoach', anchor: 'strategy-and-action-plan'},
  'ai-system-inventory': {path: '/quy-trinh/danh-gia', anchor: 'ai-system-inventory'},
  'risk-register': {path: '/quy-trinh/lap-ke-hoach', anchor: 'governance'},
  raci: {path: '/hop-tac', anchor: 'roles-by-phase'},
  'kpi-sheet': KPI_SHEET_SECTION,
} as const satisfies Record<string, SectionLink>;
export type ListedTemplateId = keyof typeof TEMPLATE_SOURCES;

/** The templates written as Word documents of their own; every other one is a table. */
export const DOCUMENT_TEMPLATE_IDS = ['business-case', 'charter'] as const;
export type DocumentTemplateId = (typeof DOCUMENT_TEMPLATE_IDS)[number];

/**
 * The generated files (scripts/build-templates.mjs), by language: one Word file per document
 * template, and the tables (the worksheets, the RACI and the KPI sheet) twice: as one workbook
 * and as one Word document of tables. Served from TEMPLATES_DIR under the site root.
 */
export type TemplateFileId = DocumentTemplateId | 'workbook' | 'tables';
export const TEMPLATES_DIR = 'templates';
export const TEMPLATE_FILES = {
  vi: {
    'business-case': 'co-so-kinh-doanh-cho-ai.docx',
    charter: 'dieu-le-ai-coe.docx',
    workbook: 'bo-mau-ai-coe.xlsx',
    tables: 'bieu-mau-dang-bang-ai-coe.docx',
  },
  en: {
    'business-case': 'business-case-for-ai.docx',
    charter: 'ai-coe-charter.docx',
    workbook: 'ai-coe-templates.xlsx',
    tables: 'ai-coe-table-templates.docx',
  },
} as const satisfies Record<'vi' | 'en', Record<TemplateFileId, string>>;
