import type {KpiLibraryText} from '../kpiLibraryInterfaceText';

/**
 * The KPI library's interface: filters, count, caption and downloads (English here, Vietnamese
 * in src/data/kpiLibraryInterfaceText.ts).
 */
export const KPI_LIBRARY_TEXT: KpiLibraryText = {
  filter: {
    category: 'KPI category',
    allCategories: 'All categories',
    phase: 'Phase that sets the KPI',
    allPhases: 'All phases',
  },
  count: (shown, total) => `KPIs shown: ${shown} of ${total}`,
  caption: 'AI CoE KPI library',
  csv: {
    fileName: 'kpi-library.csv',
    button: 'Download the KPIs shown (CSV)',
  },
  workbookLink: (sheet) => `Download the Excel workbook with the ${sheet}`,
};
