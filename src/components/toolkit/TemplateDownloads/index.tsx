import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {KPI_SHEET_SECTION} from '@site/src/data/kpis';
import {PHASES, type PhaseId} from '@site/src/data/process';
import {
  DOCUMENT_TEMPLATES,
  SHEET_TEMPLATES,
  TEMPLATE_FILES,
  TEMPLATES_DIR,
  type DocumentTemplateId,
  type SheetTemplateId,
} from '@site/src/data/templates';
import {TEMPLATE_TITLES} from '@site/src/data/templatesText';
import {PHASE_TEXT} from '@site/src/data/processText';
import styles from './styles.module.css';

type TemplateLocale = keyof typeof TEMPLATE_FILES;
type ListedTemplate = DocumentTemplateId | SheetTemplateId | 'raci' | 'kpi-sheet';

interface Entry {
  readonly template: ListedTemplate;
  /** The file that holds it: its own Word file, or the workbook. */
  readonly file: DocumentTemplateId | 'workbook';
  /** The phase whose page describes it; none for the RACI, which spans every phase. */
  readonly phase: PhaseId | null;
}

const phaseOfPath = (path: string): PhaseId | null =>
  PHASES.find((phase) => phase.path === path)?.id ?? null;

/** Every template in the order a reader meets them: the Word files, then the workbook's sheets. */
export const TEMPLATE_ENTRIES: readonly Entry[] = [
  ...(Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplateId[]).map((template) => ({
    template,
    file: template,
    phase: phaseOfPath(DOCUMENT_TEMPLATES[template].source.path),
  })),
  ...(Object.keys(SHEET_TEMPLATES) as SheetTemplateId[]).map((template) => ({
    template,
    file: 'workbook' as const,
    phase: phaseOfPath(SHEET_TEMPLATES[template].source.path),
  })),
  {template: 'raci', file: 'workbook', phase: null},
  {template: 'kpi-sheet', file: 'workbook', phase: phaseOfPath(KPI_SHEET_SECTION.path)},
];

/** The site path of a generated file in the reader's language. */
export function templateFileUrl(
  locale: TemplateLocale,
  file: DocumentTemplateId | 'workbook',
): string {
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

/**
 * The downloadable templates of one phase (or of all phases) as a table: what each template
 * is, its language and format, and a link to the generated file in the reader's language.
 */
export default function TemplateDownloads({phase}: {phase?: PhaseId}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = templateLocale(i18n.currentLocale);
  const entries = TEMPLATE_ENTRIES.filter((entry) => !phase || entry.phase === phase);
  return (
    <div className={styles.wrapper}>
      <table className={styles.table}>
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
          {entries.map(({template, file, phase: entryPhase}) => (
            <tr key={template} data-template={template}>
              <th scope="row">{TEMPLATE_TITLES[template]}</th>
              <td>
                {entryPhase
                  ? PHASE_TEXT[entryPhase].title
                  : translate({id: 'templateDownloads.phase.every', message: 'Mọi giai đoạn'})}
              </td>
              <td>{LANGUAGE_NAMES[locale]}</td>
              <td>{file === 'workbook' ? FORMAT_NAMES.excel : FORMAT_NAMES.word}</td>
              <td>
                <Link to={`pathname://${templateFileUrl(locale, file)}`} download>
                  {TEMPLATE_FILES[locale][file]}
                </Link>
                {file === 'workbook' && (
                  <span className={styles.note}>
                    {' '}
                    <Translate id="templateDownloads.note.sheet">
                      (một trang tính trong bộ mẫu)
                    </Translate>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
