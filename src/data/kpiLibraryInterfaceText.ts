/**
 * The KPI library's interface: filters, count, caption and downloads (Vietnamese here, English
 * in src/data/en/kpiLibraryInterfaceText.ts). The KPIs and the column names are in kpisText.ts.
 */
export const KPI_LIBRARY_TEXT = {
  filter: {
    category: 'Nhóm chỉ số',
    allCategories: 'Tất cả các nhóm',
    phase: 'Giai đoạn đặt chỉ số',
    allPhases: 'Tất cả các giai đoạn',
  },
  count: (shown: number, total: number): string =>
    `Số chỉ số đang hiển thị: ${shown} trên ${total}`,
  caption: 'Thư viện KPI của AI CoE',
  csv: {
    fileName: 'thu-vien-kpi.csv',
    button: 'Tải các chỉ số đang hiển thị (CSV)',
  },
  /** `sheet` is the KPI sheet's title. */
  workbookLink: (sheet: string): string => `Tải bộ mẫu Excel có ${sheet}`,
};

/** The entries the English copy must have too. */
export type KpiLibraryText = typeof KPI_LIBRARY_TEXT;
