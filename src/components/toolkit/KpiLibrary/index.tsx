import {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {KPI_CATEGORIES, KPI_IDS, KPIS, type KpiCategory, type KpiId} from '@site/src/data/kpis';
import {
  KPI_CATEGORY_NAMES,
  KPI_COLUMN_LABELS,
  KPI_TARGET_NOTE,
  KPI_TEXT,
  REVIEW_CADENCE_NAMES,
  kpiOwnerName,
} from '@site/src/data/kpisText';
import {KPI_LIBRARY_TEXT} from '@site/src/data/kpiLibraryInterfaceText';
import {PHASES, type PhaseId} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';
import {TEMPLATE_TITLES} from '@site/src/data/templateTitlesText';
import {toCsv} from '@site/src/utils/assessmentExchange';
import {downloadText} from '@site/src/utils/download';
import {templateFileUrl, templateLocale} from '../templateFileUrl';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import styles from './styles.module.css';

const ALL = 'all';

/** The table's columns, which are also the CSV file's. */
const COLUMNS = [
  KPI_COLUMN_LABELS.kpi,
  KPI_COLUMN_LABELS.category,
  KPI_COLUMN_LABELS.definition,
  KPI_COLUMN_LABELS.formula,
  KPI_COLUMN_LABELS.dataSource,
  KPI_COLUMN_LABELS.owner,
  KPI_COLUMN_LABELS.cadence,
  KPI_COLUMN_LABELS.setIn,
];

/** One KPI's cells, in the order of COLUMNS. */
function kpiCells(kpi: KpiId): string[] {
  const {category, cadence, setIn} = KPIS[kpi];
  const {name, definition, formula, dataSource} = KPI_TEXT[kpi];
  return [
    name,
    KPI_CATEGORY_NAMES[category],
    definition,
    formula,
    dataSource,
    kpiOwnerName(kpi),
    REVIEW_CADENCE_NAMES[cadence],
    PHASE_TEXT[setIn].title,
  ];
}

/** The KPIs shown, as a CSV file with the table's columns. */
export function kpiCsv(kpis: readonly KpiId[]): string {
  return toCsv([COLUMNS, ...kpis.map(kpiCells)]);
}

interface FilterProps<T extends string> {
  readonly id: string;
  readonly label: string;
  readonly everything: string;
  readonly options: readonly (readonly [T, string])[];
  readonly value: T | typeof ALL;
  readonly onChange: (value: T | typeof ALL) => void;
}

/** A labelled native select whose first option keeps every KPI. */
function Filter<T extends string>({
  id,
  label,
  everything,
  options,
  value,
  onChange,
}: FilterProps<T>): ReactNode {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T | typeof ALL)}
      >
        <option value={ALL}>{everything}</option>
        {options.map(([option, name]) => (
          <option key={option} value={option}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * The guide's KPI library as a table, narrowed by category and by the phase that sets each
 * indicator. With JavaScript off the selects do nothing and every KPI stays listed.
 */
export default function KpiLibrary(): ReactNode {
  const id = useId();
  const {i18n} = useDocusaurusContext();
  const [category, setCategory] = useState<KpiCategory | typeof ALL>(ALL);
  const [phase, setPhase] = useState<PhaseId | typeof ALL>(ALL);
  const shown = KPI_IDS.filter(
    (kpi) =>
      (category === ALL || KPIS[kpi].category === category) &&
      (phase === ALL || KPIS[kpi].setIn === phase),
  );
  const locale = templateLocale(i18n.currentLocale);
  return (
    <div className={styles.library}>
      <div className={styles.filters}>
        <Filter
          id={`${id}-category`}
          label={KPI_LIBRARY_TEXT.filter.category}
          everything={KPI_LIBRARY_TEXT.filter.allCategories}
          options={KPI_CATEGORIES.map((value) => [value, KPI_CATEGORY_NAMES[value]] as const)}
          value={category}
          onChange={setCategory}
        />
        <Filter
          id={`${id}-phase`}
          label={KPI_LIBRARY_TEXT.filter.phase}
          everything={KPI_LIBRARY_TEXT.filter.allPhases}
          options={PHASES.map(({id: value}) => [value, PHASE_TEXT[value].title] as const)}
          value={phase}
          onChange={setPhase}
        />
      </div>
      <p role="status" aria-live="polite" className={styles.count}>
        {KPI_LIBRARY_TEXT.count(shown.length, KPI_IDS.length)}
      </p>
      <MarkdownTable className={styles.table}>
        <caption>{KPI_LIBRARY_TEXT.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((kpi) => {
            const [name, ...cells] = kpiCells(kpi);
            return (
              <tr key={kpi} data-kpi={kpi}>
                <th scope="row">{name}</th>
                {cells.map((cell, index) => (
                  <td key={COLUMNS[index + 1]}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </MarkdownTable>
      <p className={styles.note}>{KPI_TARGET_NOTE}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            downloadText(kpiCsv(shown), KPI_LIBRARY_TEXT.csv.fileName, 'text/csv;charset=utf-8')
          }
        >
          {KPI_LIBRARY_TEXT.csv.button}
        </button>
        <Link
          className="button button--secondary"
          to={`pathname://${templateFileUrl(locale, 'workbook')}`}
          download
        >
          {KPI_LIBRARY_TEXT.workbookLink(TEMPLATE_TITLES['kpi-sheet'])}
        </Link>
      </div>
    </div>
  );
}
