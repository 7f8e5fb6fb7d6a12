/**
 * The template downloads table's interface: caption, columns, languages, formats (Vietnamese
 * here, English in src/data/en/templateDownloadsInterfaceText.ts). The templates' titles are
 * in templateTitlesText.ts.
 */
export const TEMPLATE_DOWNLOADS_TEXT = {
  caption: {
    phase: (phase: string): string => `Biểu mẫu của giai đoạn ${phase}`,
    all: 'Biểu mẫu tải về',
  },
  column: {
    template: 'Biểu mẫu',
    phase: 'Giai đoạn',
    language: 'Ngôn ngữ',
    format: 'Định dạng',
    file: 'Tệp',
  },
  /** The phase of a template that spans them all (the RACI). */
  everyPhase: 'Mọi giai đoạn',
  /** The files' language, named in the reader's. */
  language: {vi: 'Tiếng Việt', en: 'Tiếng Anh'},
  format: {word: 'Word (.docx)', excel: 'Excel (.xlsx)'},
  /** Where in a shared file a tabular template is. */
  note: {
    workbook: '(một trang tính trong bộ mẫu)',
    tables: '(một bảng trong tài liệu)',
  },
};

/** The entries the English copy must have too. */
export type TemplateDownloadsText = typeof TEMPLATE_DOWNLOADS_TEXT;
