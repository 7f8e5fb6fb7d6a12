import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PHASES, type PhaseId} from '@site/src/data/process';
import {
  DOCUMENT_TEMPLATE_IDS,
  TEMPLATE_FILES,
  TEMPLATE_SOURCES,
  TEMPLATES_DIR,
  type ListedTemplateId,
  type TemplateFileId,
} from '@site/src/data/templateCatalog';
import {TEMPLATE_TITLES} from '@site/src/data/templateTitlesText';
import {PHASE_TEXT} from '@site/src/data/processText';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import styles from './styles.module.css';

type TemplateLocale = keyof typeof TEMPLATE_FILES;

interface Entry {
  readonly template: ListedTemplateId;
  /** The files that hold it: its own Word file, or the workbook and the Word tables. */
  readonly files: readonly TemplateFileId[];
  /** The phase whose page describes it; none for the RACI, which spans every phase. */
  readonly phase: PhaseId | null;
}

/** A tabular template is a sheet of the workbook and a table of the Word tables document. */
const TABLE_FILES: readonly TemplateFileId[] = ['workbook', 'tables'];

/** Every template in the order a reader meets them: the Word documents, then the tables. */
export const TEMPLATE_ENTRIES: readonly Entry[] = (
  Object.keys(TEMPLATE_SOURCES) as ListedTemplateId[]
).map((template) => ({
  template,
  files: (DOCUMENT_TEMPLATE_IDS as readonly string[]).includes(template)
    ? [template as TemplateFileId]
    : TABLE_FILES,
  // The RACI spans every phase: its page is the collaboration page, so it has none.
  phase: PHASES.find((phase) => phase.path === TEMPLATE_SOURCES[template].path)?.id ?? null,
}));

/** The site path of a generated file in the reader's language. */
export function templateFileUrl(locale: TemplateLocale, file: TemplateFileId): string {
  return `/${TEMPLATES_DIR}/${locale}/${TEMPLATE_FILES[locale][file]}`;
}

export function templateLocale(currentLocale: string): TemplateLocale {
  return currentLocale === 'en' ? 'en' : 'vi';
}

const LANGUAGE_NAMES: Readonly<Record<TemplateLocale, string>> = {
  vi: translate({id: 'templateDownloads.language.vi', message: 'Tiếng Việt'}),
  en: translate({id: 'templateDownloads.language.en', message: 'Tiếng Anh'}),
};

const FORMAT_NAMES = {
  word: translate({id: 'templateDownloads.format.word', message: 'Word (.docx)'}),
  excel: translate({id: 'templateDownloads.format.excel', message: 'Excel (.xlsx)'}),
} as const;

/** Where in a shared file a tabular template is. */
const FILE_NOTES = {
  workbook: translate({
    id: 'templateDownloads.note.sheet',
    message: '(một trang tính trong bộ mẫu)',
  }),
  tables: translate({id: 'templateDownloads.note.table', message: '(một bảng trong tài liệu)'}),
} as const;

/**
 * The downloadable templates of one phase (or of all phases) as a table: what each template
 * is, its language and format, and a link to the generated file in the reader's language.
 */
export default function TemplateDownloads({phase}: {phase?: PhaseId}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = templateLocale(i18n.currentLocale);
  const entries = TEMPLATE_ENTRIES.filter((entry) => !phase || entry.phase === phase);
  return (
    <MarkdownTable className={styles.table}>
      <caption>
        {phase
          ? translate(
              {
                id: 'templateDownloads.caption.phase',
                message: 'Biểu mẫu của giai đoạn {phase}',
              },
              {phase: PHASE_TEXT[phase].title},
            )
          : translate({id: 'templateDownloads.caption.all', message: 'Biểu mẫu tải về'})}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="templateDownloads.column.template">Biểu mẫu</Translate>
          </th>
          <th scope="col">
            <Translate id="templateDownloads.column.phase">Giai đoạn</Translate>
          </th>
          <th scope="col">
            <Translate id="templateDownloads.column.language">Ngôn ngữ</Translate>
          </th>
          <th scope="col">
            <Translate id="templateDownloads.column.format">Định dạng</Translate>
          </th>
          <th scope="col">
            <Translate id="templateDownloads.column.file">Tệp</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({template, files, phase: entryPhase}) => (
          <tr key={template} data-template={template}>
            <th scope="row">{TEMPLATE_TITLES[template]}</th>
            <td>
              {entryPhase
                ? PHASE_TEXT[entryPhase].title
                : translate({id: 'templateDownloads.phase.every', message: 'Mọi giai đoạn'})}
            </td>
            <td>{LANGUAGE_NAMES[locale]}</td>
            <td>
              {files
                .map((file) => (file === 'workbook' ? FORMAT_NAMES.excel : FORMAT_NAMES.word))
                .join(', ')}
            </td>
            <td>
              <ul className={styles.files}>
                {files.map((file) => (
                  <li key={file}>
                    <Link to={`pathname://${templateFileUrl(locale, file)}`} download>
                      {TEMPLATE_FILES[locale][file]}
                    </Link>
                    {file in FILE_NOTES && (
                      <span className={styles.note}>
                        {' '}
                        {FILE_NOTES[file as keyof typeof FILE_NOTES]}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </MarkdownTable>
  );
}
