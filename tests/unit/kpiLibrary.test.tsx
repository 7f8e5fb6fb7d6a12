import {fireEvent, render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import KpiLibrary, {kpiCsv} from '@site/src/components/toolkit/KpiLibrary';
import KpiSheetTable, {kpiSheetLabel} from '@site/src/components/toolkit/KpiSheetTable';
import {KPI_IDS} from '@site/src/data/kpis';

const shownKpis = (): (string | null)[] =>
  within(screen.getByRole('table', {name: 'Thư viện KPI của AI CoE'}))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-kpi'));

describe('KpiLibrary', () => {
  it('shows every KPI with its definition, formula, source, owner, cadence and phase', () => {
    render(<KpiLibrary />);
    expect(shownKpis()).toEqual(KPI_IDS);
    const row = screen.getByText('Sự cố AI').closest('tr')!;
    expect(row).toHaveTextContent('Nhật ký sự cố');
    expect(row).toHaveTextContent('Hằng tháng');
    expect(row).toHaveTextContent('Theo Dõi và Cải Tiến');
    expect(screen.getByRole('status')).toHaveTextContent('Số chỉ số đang hiển thị: 8 trên 8');
  });

  it('filters by category and by phase together, and says how many are shown', () => {
    render(<KpiLibrary />);
    fireEvent.change(screen.getByLabelText('Nhóm chỉ số'), {target: {value: 'risk'}});
    expect(shownKpis()).toEqual(['compliance-level', 'ai-incidents', 'data-subject-requests']);
    fireEvent.change(screen.getByLabelText('Giai đoạn đặt chỉ số'), {
      target: {value: 'monitor-improve'},
    });
    expect(shownKpis()).toEqual(['ai-incidents', 'data-subject-requests']);
    expect(screen.getByRole('status')).toHaveTextContent('Số chỉ số đang hiển thị: 2 trên 8');
  });

  it('writes the shown KPIs as a CSV that Excel opens as UTF-8, one row each', () => {
    const csv = kpiCsv(['ai-incidents']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^KPI,Nhóm,Định nghĩa,/);
    expect(lines[1]).toMatch(/^Sự cố AI,Rủi ro,/);
  });

  it('links the Excel workbook made by the template generator', () => {
    render(<KpiLibrary />);
    expect(screen.getByRole('link', {name: 'Tải bộ mẫu Excel có Bảng KPI'})).toHaveAttribute(
      'href',
      '/templates/vi/bo-mau-ai-coe.xlsx',
    );
  });
});

describe('KpiSheetTable (the Monitor and Improve page’s KPI sheet)', () => {
  it('lists every KPI of the library, named with its group, with formula, source, owner and cadence', () => {
    render(<KpiSheetTable />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-kpi'))).toEqual(KPI_IDS);
    const cells = (kpi: string): string[] =>
      within(rows[KPI_IDS.indexOf(kpi as (typeof KPI_IDS)[number])]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '');
    expect(cells('ai-incidents')).toEqual([
      'Rủi ro: sự cố AI',
      'Số sự cố theo mức nghiêm trọng; trung vị thời gian khắc phục',
      'Nhật ký sự cố',
      'Công nghệ và dữ liệu',
      'Hằng tháng',
    ]);
    expect(cells('case-processing-time')[0]).toBe('Giá trị: thời gian xử lý hồ sơ');
    expect(cells('case-processing-time')[3]).toBe('Vận hành');
  });

  it('keeps an acronym that opens a name in capitals', () => {
    expect(kpiSheetLabel('ai-incidents')).toBe('Rủi ro: sự cố AI');
    expect(kpiSheetLabel('adoption-rate')).toBe('Áp dụng: tỷ lệ áp dụng');
  });
});
