import {TEMPLATE_FILES, TEMPLATES_DIR, type TemplateFileId} from '@site/src/data/templateCatalog';

// Shared by the template downloads table and the KPI library, in a module of its own so that
// the KPI library does not load the table and its text.

export type TemplateLocale = keyof typeof TEMPLATE_FILES;

/** The site path of a generated file in the reader's language. */
export function templateFileUrl(locale: TemplateLocale, file: TemplateFileId): string {
  return `/${TEMPLATES_DIR}/${locale}/${TEMPLATE_FILES[locale][file]}`;
}

export function templateLocale(currentLocale: string): TemplateLocale {
  return currentLocale === 'en' ? 'en' : 'vi';
}
