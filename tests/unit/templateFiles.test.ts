// @vitest-environment node
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {templateContent} from '@site/scripts/lib/templateContent.mjs';
import {
  buildDocument,
  buildTablesDocument,
  buildWorkbook,
} from '@site/scripts/lib/templateFiles.mjs';
import {AI_LAW_TRANSITION} from '@site/src/data/compliance';
import {KPI_IDS} from '@site/src/data/kpis';
import {STAKEHOLDERS} from '@site/src/data/process';
import {
  DOCUMENT_TEMPLATES,
  SHEET_ROWS,
  SHEET_TEMPLATES,
  complianceDeadline,
  type DocumentTemplateId,
  type SheetTemplateId,
} from '@site/src/data/templates';
import {evaluate, isoDate, serial, type Cells} from './excelFormula';

// The downloadable templates, generated in memory exactly as scripts/build-templates.mjs
// writes them, then read back the way Word and Excel would: what they say, in which language,
// and what their formulas and drop-down lists do.

const root = process.cwd();
const LANGUAGES = ['vi', 'en'] as const;
const content = {
  vi: await templateContent(root, 'vi'),
  en: await templateContent(root, 'en'),
};
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The paragraphs of a .docx file's body: style and text. */
async function paragraphs(bytes: Buffer): Promise<{style: string | null; text: string}[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml, 'the file has no word/document.xml').toBeDefined();
  return [...(xml ?? '').matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null,
    text: decode([...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('')),
  }));
}

async function workbook(language: (typeof LANGUAGES)[number]): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an older Node Buffer; the bytes are the same.
  const bytes = (await buildWorkbook(content[language])) as unknown;
  await book.xlsx.load(bytes as Parameters<typeof book.xlsx.load>[0]);
  return book;
}

const books = {vi: await workbook('vi'), en: await workbook('en')};

function sheet(language: (typeof LANGUAGES)[number], id: SheetTemplateId | 'raci' | 'kpi-sheet') {
  const name = content[language].templatesText.TEMPLATE_TITLES[id];
  const found = books[language].getWorksheet(name);
  expect(found, `${language}: no sheet "${name}"`).toBeDefined();
  return found as ExcelJS.Worksheet;
}

/** The row holding a sheet template's column headers, and its columns' letters by id. */
function table(language: (typeof LANGUAGES)[number], id: SheetTemplateId) {
  const found = sheet(language, id);
  const headers = Object.keys(SHEET_TEMPLATES[id].columns).map(
    (column) => (content[language].templatesText.COLUMN_TEXT[id] as Record<string, string>)[column],
  );
  let headerRow = 0;
  found.eachRow((row, number) => {
    if (
      headerRow === 0 &&
      row.getCell(1).value === headers[0] &&
      row.getCell(2).value === headers[1]
    ) {
      headerRow = number;
    }
  });
  expect(headerRow, `${language} ${id}: no header row`).toBeGreaterThan(0);
  const letter = Object.fromEntries(
    Object.keys(SHEET_TEMPLATES[id].columns).map((column, index) => [
      column,
      String.fromCharCode(65 + index),
    ]),
  );
  return {sheet: found, headerRow, headers, letter};
}

const formulaOf = (cell: ExcelJS.Cell): string => {
  const value = cell.value as {formula?: string} | null;
  expect(value?.formula, `${cell.address} holds no formula`).toBeTruthy();
  return value?.formula ?? '';
};

describe.each(LANGUAGES)('the Word templates in %s', (language) => {
  it.each(Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplateId[])(
    '%s has the title and the outline’s headings in order, with guidance under each',
    async (id) => {
      const {templatesText} = content[language];
      const found = await paragraphs(await buildDocument(content[language], id));
      expect(found[0]).toEqual({style: 'Title', text: templatesText.TEMPLATE_TITLES[id]});
      const sections = DOCUMENT_TEMPLATES[id].sections;
      const headings = found.filter((paragraph) => paragraph.style === 'Heading1');
      expect(headings.map((heading) => heading.text)).toEqual(
        sections.map(
          (section, index) => `${index + 1}. ${templatesText.DOCUMENT_SECTION_TEXT[section].title}`,
        ),
      );
      const texts = found.map((paragraph) => paragraph.text);
      for (const section of sections) {
        expect(texts).toContain(templatesText.DOCUMENT_SECTION_TEXT[section].guidance);
      }
    },
  );
});

/** The tables of a .docx file's body, each as rows of cell texts. */
async function wordTables(bytes: Buffer): Promise<string[][][]> {
  const xml =
    (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table = '']) =>
    [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) =>
        decode([...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('')),
      ),
    ),
  );
}

describe.each(LANGUAGES)('the Word tables document in %s', (language) => {
  it('has each worksheet template as a table with the workbook’s columns, on landscape pages', async () => {
    const bytes = await buildTablesDocument(content[language]);
    const text = content[language].templatesText;
    const found = await paragraphs(bytes);
    expect(found[0]).toEqual({style: 'Title', text: text.TEMPLATE_LABELS.tablesDocumentTitle});
    expect(found.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      books[language].worksheets.map((sheet) => sheet.name),
    );
    const tables = await wordTables(bytes);
    const headerRows = tables.map((rows) => rows[0]);
    for (const id of Object.keys(SHEET_TEMPLATES) as SheetTemplateId[]) {
      expect(headerRows, `${id}: no table with the workbook's columns`).toContainEqual(
        table(language, id).headers,
      );
    }
    // The RACI and the KPI sheet come filled, as in the workbook.
    const kpiRows = tables.at(-1)!.slice(1);
    expect(kpiRows.map((row) => row[0])).toEqual(
      KPI_IDS.map((id) => content[language].kpisText.KPI_TEXT[id].name),
    );
    expect(tables.at(-2)!.slice(1)).toHaveLength(STAKEHOLDERS.length);
    const xml =
      (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(6);
  });
});

describe('the languages of the generated files', () => {
  it('keeps Vietnamese letters intact in the Vietnamese files', async () => {
    const texts = (await paragraphs(await buildDocument(content.vi, 'business-case'))).map(
      (p) => p.text,
    );
    expect(texts).toContain('3. Giả thuyết giá trị và cách đo');
    expect(texts.every((text) => text === text.normalize('NFC'))).toBe(true);
    expect(sheet('vi', 'ai-system-inventory').getCell('A1').value).toBe('Danh mục hệ thống AI');
    const tables = await wordTables(await buildTablesDocument(content.vi));
    expect(tables.flat(2)).toContain('Người chịu trách nhiệm nghiệp vụ');
  });

  it('has no Vietnamese in the English files', async () => {
    for (const id of Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplateId[]) {
      for (const {text} of await paragraphs(await buildDocument(content.en, id))) {
        expect(text, `English ${id}: "${text}"`).not.toMatch(VIETNAMESE_LETTERS);
      }
    }
    for (const {text} of await paragraphs(await buildTablesDocument(content.en))) {
      expect(text, `English tables document: "${text}"`).not.toMatch(VIETNAMESE_LETTERS);
    }
    books.en.eachSheet((found) =>
      found.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') {
            expect(cell.value, `${found.name}!${cell.address}`).not.toMatch(VIETNAMESE_LETTERS);
          }
        }),
      ),
    );
  });
});

describe.each(LANGUAGES)('the Excel workbook in %s', (language) => {
  const text = content[language].templatesText;

  it('has every worksheet template, each with its columns and prepared rows', () => {
    expect(books[language].worksheets.map((found) => found.name)).toEqual(
      [
        'use-case-intake',
        'use-case-scoring',
        'ai-system-inventory',
        'risk-register',
        'raci',
        'kpi-sheet',
      ].map((id) => text.TEMPLATE_TITLES[id as SheetTemplateId]),
    );
    for (const id of Object.keys(SHEET_TEMPLATES) as SheetTemplateId[]) {
      const {sheet: found, headerRow, headers} = table(language, id);
      expect(found.getRow(headerRow).values).toEqual([undefined, ...headers]);
    }
  });

  it('scores a use case with the weights on the sheet, which add up to 100', () => {
    const {sheet: found, headerRow, letter} = table(language, 'use-case-scoring');
    const cells: Record<string, number | string> = {};
    for (let row = 1; row < headerRow; row += 1) {
      const weight = found.getCell(`B${row}`).value;
      if (typeof weight === 'number') cells[`B${row}`] = weight;
    }
    const total = found.getCell(`B${headerRow - 2}`);
    expect(evaluate(formulaOf(total), cells)).toBe(100);

    const row = headerRow + 1;
    const score = formulaOf(found.getCell(`${letter['weighted-score']}${row}`));
    const scored: Cells = {
      ...cells,
      [`${letter['expected-value']}${row}`]: 5,
      [`${letter.feasibility}${row}`]: 3,
      [`${letter.risk}${row}`]: 1,
    };
    expect(evaluate(score, scored)).toBeCloseTo((5 * 40 + 3 * 30 + 1 * 30) / 100);
    expect(evaluate(score, {...cells, [`${letter['expected-value']}${row}`]: 5})).toBe('');
    const changed = {
      ...scored,
      [`B${headerRow - 5}`]: 60,
      [`B${headerRow - 4}`]: 20,
      [`B${headerRow - 3}`]: 20,
    };
    expect(evaluate(score, changed)).toBeCloseTo((5 * 60 + 3 * 20 + 1 * 20) / 100);
  });

  it('offers scores 1 to 5 and the decisions as lists, on every prepared row', () => {
    const {sheet: found, headerRow, letter} = table(language, 'use-case-scoring');
    for (const row of [headerRow + 1, headerRow + SHEET_ROWS]) {
      expect(found.getCell(`${letter.feasibility}${row}`).dataValidation).toMatchObject({
        type: 'whole',
        operator: 'between',
        formulae: [1, 5],
      });
      expect(found.getCell(`${letter.decision}${row}`).dataValidation).toMatchObject({
        type: 'list',
        formulae: [`"${text.DECISION_NAMES.selected},${text.DECISION_NAMES['set-aside']}"`],
      });
    }
    expect(
      found.getCell(`${letter.decision}${headerRow + SHEET_ROWS + 1}`).dataValidation,
    ).toBeFalsy();
  });

  it('works out each system’s compliance deadline as the compliance data does', () => {
    const {sheet: found, headerRow, letter} = table(language, 'ai-system-inventory');
    const row = headerRow + 1;
    const formula = formulaOf(found.getCell(`${letter['compliance-deadline']}${row}`));
    const since = `${letter['in-operation-since']}${row}`;
    const sector = `${letter.sector}${row}`;
    const cases = [
      ['2025-06-01', 'finance'],
      ['2025-06-01', 'health'],
      ['2025-06-01', 'other'],
      ['2026-05-15', 'education'],
    ] as const;
    for (const [date, sectorId] of cases) {
      const result = evaluate(formula, {
        [since]: serial(date),
        [sector]: text.SECTOR_NAMES[sectorId],
      });
      expect(isoDate(Number(result)), `${date}, ${sectorId}`).toBe(
        complianceDeadline(date, sectorId),
      );
    }
    expect(complianceDeadline('2025-06-01', 'other')).toBe(AI_LAW_TRANSITION.otherSectors);
    expect(evaluate(formula, {[sector]: text.SECTOR_NAMES.other})).toBe('');
  });

  it('offers the AI law’s risk levels and roles, and the sectors, as lists in the inventory', () => {
    const {sheet: found, headerRow, letter} = table(language, 'ai-system-inventory');
    const row = headerRow + 1;
    const list = (column: string) => found.getCell(`${letter[column]}${row}`).dataValidation;
    expect(list('risk-level')).toMatchObject({
      type: 'list',
      formulae: [
        `"${[text.RISK_LEVEL_NAMES.high, text.RISK_LEVEL_NAMES.medium, text.RISK_LEVEL_NAMES.low].join(',')}"`,
      ],
    });
    const roles = content[language].complianceText.LEGAL_ROLE_NAMES;
    expect(list('company-role')).toMatchObject({
      formulae: [`"${[roles.developer, roles.provider, roles.deployer].join(',')}"`],
    });
    expect(list('sector')?.formulae?.[0]).toContain(text.SECTOR_NAMES.finance);
    expect(list('in-operation-since')).toMatchObject({type: 'date'});
  });

  it('scores each risk as likelihood times impact in the risk register', () => {
    const {sheet: found, headerRow, letter} = table(language, 'risk-register');
    const row = headerRow + 3;
    const formula = formulaOf(found.getCell(`${letter['risk-score']}${row}`));
    expect(
      evaluate(formula, {[`${letter.likelihood}${row}`]: 4, [`${letter.impact}${row}`]: 3}),
    ).toBe(12);
    expect(evaluate(formula, {[`${letter.likelihood}${row}`]: 4})).toBe('');
    expect(found.getCell(`${letter.status}${row}`).dataValidation).toMatchObject({type: 'list'});
  });

  it('lists every group’s role in every phase, and every KPI', () => {
    const {processText, process, kpisText} = content[language];
    const raci = sheet(language, 'raci');
    STAKEHOLDERS.forEach((group, index) => {
      expect(raci.getRow(5 + index).values).toEqual([
        undefined,
        processText.STAKEHOLDER_TEXT[group.id].name,
        ...process.PHASES.map(
          (phase: {id: keyof typeof group.involvement}) =>
            processText.INVOLVEMENT_LABELS[group.involvement[phase.id]],
        ),
      ]);
    });
    const kpis = sheet(language, 'kpi-sheet');
    expect(KPI_IDS.map((_, index) => kpis.getCell(`A${5 + index}`).value)).toEqual(
      KPI_IDS.map((id) => kpisText.KPI_TEXT[id].name),
    );
  });
});
