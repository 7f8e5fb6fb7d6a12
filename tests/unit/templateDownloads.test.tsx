import {render, screen, within} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import TemplateDownloads, {TEMPLATE_ENTRIES} from '@site/src/components/toolkit/TemplateDownloads';
import {templateFileUrl} from '@site/src/components/toolkit/templateFileUrl';
import {TEMPLATE_FILES} from '@site/src/data/templates';

describe('TemplateDownloads', () => {
  it('lists every template with its language, format and the generated file in Vietnamese', () => {
    render(<TemplateDownloads />);
    const table = screen.getByRole('table', {name: 'Biểu mẫu tải về'});
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-template'))).toEqual(
      TEMPLATE_ENTRIES.map((entry) => entry.template),
    );
    const charter = rows.find((row) => row.getAttribute('data-template') === 'charter')!;
    expect(charter).toHaveTextContent('Điều lệ AI CoE');
    expect(charter).toHaveTextContent('Tiếng Việt');
    expect(charter).toHaveTextContent('Word (.docx)');
    expect(within(charter).getByRole('link', {name: TEMPLATE_FILES.vi.charter})).toHaveAttribute(
      'href',
      '/templates/vi/dieu-le-ai-coe.docx',
    );
    const inventory = rows.find(
      (row) => row.getAttribute('data-template') === 'ai-system-inventory',
    )!;
    expect(inventory).toHaveTextContent('Excel (.xlsx), Word (.docx)');
    expect(
      within(inventory)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/templates/vi/bo-mau-ai-coe.xlsx', '/templates/vi/bieu-mau-dang-bang-ai-coe.docx']);
  });

  it('narrows to one phase: the Prepare page’s templates, and no template of another phase', () => {
    render(<TemplateDownloads phase="prepare" />);
    const table = screen.getByRole('table', {name: 'Biểu mẫu của giai đoạn Chuẩn Bị'});
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-template'));
    expect(shown).toEqual(['business-case', 'charter', 'use-case-intake']);
  });

  it('builds file paths from the data, so the English site links the English files', () => {
    expect(templateFileUrl('en', 'workbook')).toBe('/templates/en/ai-coe-templates.xlsx');
  });
});
