import type {ReactNode} from 'react';
import MarkdownTable from '@site/src/components/page/MarkdownTable';
import {KPI_IDS, KPIS, type KpiId} from '@site/src/data/kpis';
import {
  KPI_CATEGORY_NAMES,
  KPI_COLUMN_LABELS,
  KPI_TEXT,
  REVIEW_CADENCE_NAMES,
  kpiOwnerName,
} from '@site/src/data/kpisText';

/** A name's first letter in lower case, unless it opens an acronym ("AI incidents"). */
const lowerFirst = (name: string): string =>
  /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);

/** "Value: case processing time": the KPI named with its group, as the sheet lists them. */
export function kpiSheetLabel(kpi: KpiId): string {
  return `${KPI_CATEGORY_NAMES[KPIS[kpi].category]}: ${lowerFirst(KPI_TEXT[kpi].name)}`;
}

/**
 * The Monitor and Improve page's KPI sheet: the KPI library's indicators with formula, data
 * source, owner and cadence, drawn from the same data as the library and the Excel KPI sheet.
 * Static: it renders on the server and needs no script.
 */
export default function KpiSheetTable(): ReactNode {
  return (
    <MarkdownTable>
      <thead>
        <tr>
          {[
            KPI_COLUMN_LABELS.kpi,
            KPI_COLUMN_LABELS.formula,
            KPI_COLUMN_LABELS.dataSource,
            KPI_COLUMN_LABELS.owner,
            KPI_COLUMN_LABELS.cadence,
          ].map((label) => (
            <th key={label}>{label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KPI_IDS.map((kpi) => (
          <tr key={kpi} data-kpi={kpi}>
            <td>{kpiSheetLabel(kpi)}</td>
            <td>{KPI_TEXT[kpi].formula}</td>
            <td>{KPI_TEXT[kpi].dataSource}</td>
            <td>{kpiOwnerName(kpi)}</td>
            <td>{REVIEW_CADENCE_NAMES[KPIS[kpi].cadence]}</td>
          </tr>
        ))}
      </tbody>
    </MarkdownTable>
  );
}
