// Everything the template files say, in one language, read from the modules the site reads:
// structure from src/data/*.ts, words from their text modules (scripts/lib/localizedModules.mjs).
import {importLocalized} from './localizedModules.mjs';

/**
 * @param {string} root the repository
 * @param {'vi' | 'en'} locale
 */
export async function templateContent(root, locale) {
  const load = (file) => importLocalized(root, file, locale);
  const [
    templates,
    templatesText,
    kpis,
    kpisText,
    processModule,
    processText,
    compliance,
    complianceText,
    settings,
  ] = await Promise.all([
    load('src/data/templates.ts'),
    load('src/data/templatesText.ts'),
    load('src/data/kpis.ts'),
    load('src/data/kpisText.ts'),
    load('src/data/process.ts'),
    load('src/data/processText.ts'),
    load('src/data/compliance.ts'),
    load('src/data/complianceText.ts'),
    load('src/config/siteSettings.ts'),
  ]);
  const {url, baseUrl} = settings.resolveSiteSettings(process.env);
  return {
    locale,
    templates,
    templatesText,
    kpis,
    kpisText,
    process: processModule,
    processText,
    compliance,
    complianceText,
    /** The address of a heading of the guide, in this language. */
    sectionUrl: ({path, anchor}) =>
      `${url}${baseUrl}${locale === 'vi' ? '' : `${locale}/`}${path.replace(/^\//, '')}#${anchor}`,
    files: templates.TEMPLATE_FILES[locale],
  };
}

/** @typedef {Awaited<ReturnType<typeof templateContent>>} TemplateContent */
