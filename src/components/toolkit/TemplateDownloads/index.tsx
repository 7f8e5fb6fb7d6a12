import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {PHASES, type PhaseId} from '@site/src/data/process';
import {
  DOCUMENT_TEMPLATE_IDS,
  TEMPLATE_FILES,
  TEMPLATE_SOURCES,
  type ListedTemplateId,
  type TemplateFileId,
} from '@site/src/data/templateCatalog';
import {TEMPLATE_DOWNLOADS_TEXT} from '@site/src/data/templateDownloadsInterfaceText';
import {TEMPLATE_TITLES} from '@site/src/data/templateTitlesText';
import {PHASE_TEXT} from '@site/src/data/processText';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import {templateFileUrl, templateLocale} from '../templateFileUrl';
import styles from './styles.module.css';

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
          ? TEMPLATE_DOWNLOADS_TEXT.caption.phase(PHASE_TEXT[phase].title)
          : TEMPLATE_DOWNLOADS_TEXT.caption.all}
      </caption>
      <thead>
        <tr>
          <th scope="col">{TEMPLATE_DOWNLOADS_TEXT.column.template}</th>
          <th scope="col">{TEMPLATE_DOWNLOADS_TEXT.column.phase}</th>
          <th scope="col">{TEMPLATE_DOWNLOADS_TEXT.column.language}</th>
          <th scope="col">{TEMPLATE_DOWNLOADS_TEXT.column.format}</th>
          <th scope="col">{TEMPLATE_DOWNLOADS_TEXT.column.file}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({template, files, phase: entryPhase}) => (
          <tr key={template} data-template={template}>
            <th scope="row">{TEMPLATE_TITLES[template]}</th>
            <td>
              {entryPhase ? PHASE_TEXT[entryPhase].title : TEMPLATE_DOWNLOADS_TEXT.everyPhase}
            </td>
            <td>{TEMPLATE_DOWNLOADS_TEXT.language[locale]}</td>
            <td>
              {files
                .map((file) =>
                  file === 'workbook'
                    ? TEMPLATE_DOWNLOADS_TEXT.format.excel
                    : TEMPLATE_DOWNLOADS_TEXT.format.word,
                )
                .join(', ')}
            </td>
            <td>
              <ul className={styles.files}>
                {files.map((file) => (
                  <li key={file}>
                    <Link to={`pathname://${templateFileUrl(locale, file)}`} download>
                      {TEMPLATE_FILES[locale][file]}
                    </Link>
                    {file in TEMPLATE_DOWNLOADS_TEXT.note && (
                      <span className={styles.note}>
                        {' '}
                        {
                          TEMPLATE_DOWNLOADS_TEXT.note[
                            file as keyof typeof TEMPLATE_DOWNLOADS_TEXT.note
                          ]
                        }
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
