import type {TemplateDownloadsText} from '../templateDownloadsInterfaceText';

/**
 * The template downloads table's interface: caption, columns, languages, formats (English
 * here, Vietnamese in src/data/templateDownloadsInterfaceText.ts).
 */
export const TEMPLATE_DOWNLOADS_TEXT: TemplateDownloadsText = {
  caption: {
    phase: (phase) => `Templates for the ${phase} phase`,
    all: 'Templates to download',
  },
  column: {
    template: 'Template',
    phase: 'Phase',
    language: 'Language',
    format: 'Format',
    file: 'File',
  },
  everyPhase: 'Every phase',
  language: {vi: 'Vietnamese', en: 'English'},
  format: {word: 'Word (.docx)', excel: 'Excel (.xlsx)'},
  note: {
    workbook: '(one sheet in the workbook)',
    tables: '(one table in the document)',
  },
};
