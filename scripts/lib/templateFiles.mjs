// Builds the downloadable templates from the guide's data: Word files for the business case
// and the AI CoE charter, and the use case intake form, the scoring matrix, the AI system
// inventory, the risk register, the roles by phase and the KPI sheet twice: as one Excel
// workbook, and as one Word document of tables for teams that fill them in on paper or in Word.
// The workbook's scores, deadlines and totals are live formulas, and its list columns offer
// only the guide's values (drop-down data validation).
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';

/** @typedef {import('./templateContent.mjs').TemplateContent} TemplateContent */

const EXCEL_SHEET_NAME_LIMIT = 31;

/** Where the guide describes a template, as a reader can find it. */
function sourceLine(content, section) {
  return `${content.templatesText.TEMPLATE_LABELS.source} ${content.sectionUrl(section)}`;
}

/**
 * A Word document with the template's outline: each part a numbered heading, what to write
 * under it as a grey note, and room to write.
 * @param {TemplateContent} content
 * @param {'business-case' | 'charter'} id
 * @returns {Promise<Buffer>}
 */
export async function buildDocument(content, id) {
  const {templates, templatesText} = content;
  const template = templates.DOCUMENT_TEMPLATES[id];
  const title = templatesText.TEMPLATE_TITLES[id];
  const children = [
    new Paragraph({text: title, heading: HeadingLevel.TITLE}),
    new Paragraph({
      children: [new TextRun({text: sourceLine(content, template.source), italics: true})],
    }),
  ];
  template.sections.forEach((section, index) => {
    const text = templatesText.DOCUMENT_SECTION_TEXT[section];
    children.push(
      new Paragraph({text: `${index + 1}. ${text.title}`, heading: HeadingLevel.HEADING_1}),
      new Paragraph({
        children: [new TextRun({text: text.guidance, italics: true, color: '595959'})],
      }),
      new Paragraph({text: '', alignment: AlignmentType.LEFT}),
    );
  });
  const document = new Document({
    creator: 'AI CoE Playbook',
    title,
    description: sourceLine(content, template.source),
    styles: {default: {document: {run: {font: 'Arial', size: 22}}}},
    sections: [{children}],
  });
  return Packer.toBuffer(document);
}

/** Column letter for a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index) {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A drop-down list of the given words; Excel limits the list to 255 characters. */
function listValidation(words) {
  const list = words.join(',');
  if (list.length > 255 || words.some((word) => word.includes(','))) {
    throw new Error(`Cannot offer this list in Excel: ${list}`);
  }
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [`"${list}"`],
  };
}

const scoreValidation = (min, max) => ({
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  showErrorMessage: true,
  formulae: [min, max],
});

const dateValidation = {
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  showErrorMessage: true,
  formulae: [new Date(Date.UTC(2000, 0, 1))],
};

const excelDate = (isoDate) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `DATE(${year},${month},${day})`;
};

function addSheet(workbook, name) {
  if (name.length > EXCEL_SHEET_NAME_LIMIT || /[[\]:*?/\\]/.test(name)) {
    throw new Error(`"${name}" cannot name an Excel sheet`);
  }
  return workbook.addWorksheet(name, {views: [{state: 'frozen', ySplit: 0}]});
}

function writeTitle(sheet, title, notes) {
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = {bold: true, size: 14};
  notes.forEach((note, index) => {
    sheet.getCell(`A${index + 2}`).value = note;
    sheet.getCell(`A${index + 2}`).font = {italic: true, color: {argb: 'FF595959'}};
  });
}

function writeHeader(sheet, row, headers) {
  headers.forEach((header, index) => {
    const cell = sheet.getCell(row, index + 1);
    cell.value = header;
    cell.font = {bold: true};
    cell.fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFE6F4F1'}};
    cell.alignment = {wrapText: true, vertical: 'top'};
    sheet.getColumn(index + 1).width = Math.min(Math.max(header.length + 4, 14), 40);
  });
  sheet.views = [{state: 'frozen', ySplit: row}];
}

/**
 * A worksheet from SHEET_TEMPLATES: header row, then SHEET_ROWS rows whose cells carry the
 * validation their column's kind asks for, and whose formula columns get `formulaFor(row)`.
 */
function tableSheet(content, workbook, id, {notes = [], headerRow = 4, formulaFor = {}} = {}) {
  const {templates, templatesText, complianceText} = content;
  const {columns, source} = templates.SHEET_TEMPLATES[id];
  const sheet = addSheet(workbook, templatesText.TEMPLATE_TITLES[id]);
  writeTitle(sheet, templatesText.TEMPLATE_TITLES[id], [sourceLine(content, source), ...notes]);
  const ids = Object.keys(columns);
  writeHeader(
    sheet,
    headerRow,
    ids.map((column) => templatesText.COLUMN_TEXT[id][column]),
  );
  const names = (record, keys) => keys.map((key) => record[key]);
  const validationFor = {
    score: scoreValidation(templates.SCORE_RANGE.min, templates.SCORE_RANGE.max),
    date: dateValidation,
    'risk-level': listValidation(names(templatesText.RISK_LEVEL_NAMES, templates.AI_RISK_LEVELS)),
    'legal-role': listValidation(names(complianceText.LEGAL_ROLE_NAMES, templates.INVENTORY_ROLES)),
    sector: listValidation(names(templatesText.SECTOR_NAMES, templates.SECTORS)),
    'personal-data': listValidation(
      names(templatesText.PERSONAL_DATA_NAMES, templates.PERSONAL_DATA_KINDS),
    ),
    'yes-no': listValidation(names(templatesText.YES_NO_NAMES, templates.YES_NO)),
    decision: listValidation(names(templatesText.DECISION_NAMES, templates.USE_CASE_DECISIONS)),
    status: listValidation(names(templatesText.RISK_STATUS_NAMES, templates.RISK_STATUSES)),
  };
  const letter = Object.fromEntries(ids.map((column, index) => [column, columnLetter(index + 1)]));
  for (let row = headerRow + 1; row <= headerRow + templates.SHEET_ROWS; row += 1) {
    ids.forEach((column) => {
      const kind = columns[column];
      const cell = sheet.getCell(`${letter[column]}${row}`);
      if (kind === 'formula') {
        const formula = formulaFor[column];
        if (!formula) throw new Error(`${id}: no formula for column ${column}`);
        cell.value = {formula: formula(row, letter)};
      } else if (validationFor[kind]) {
        cell.dataValidation = validationFor[kind];
      }
      if (kind === 'date' || column === 'compliance-deadline') cell.numFmt = 'yyyy-mm-dd';
    });
  }
  return {sheet, letter};
}

function scoringSheet(content, workbook) {
  const {templates, templatesText} = content;
  const labels = templatesText.TEMPLATE_LABELS;
  const criteria = templates.SCORING_CRITERION_IDS;
  // Rows 4 to 4 + criteria: the criteria and their weights; then the total; then the table.
  const weightRow = Object.fromEntries(criteria.map((criterion, index) => [criterion, 5 + index]));
  const totalRow = 5 + criteria.length;
  const headerRow = totalRow + 2;
  const {sheet} = tableSheet(content, workbook, 'use-case-scoring', {
    notes: [labels.weightNote],
    headerRow,
    formulaFor: {
      'weighted-score': (row, letter) => {
        const cells = criteria.map((criterion) => `${letter[criterion]}${row}`);
        const sum = criteria.map(
          (criterion, index) => `${cells[index]}*$B$${weightRow[criterion]}`,
        );
        return `IF(COUNT(${cells.join(',')})=${criteria.length},(${sum.join('+')})/100,"")`;
      },
    },
  });
  writeHeader(sheet, 4, [labels.criterion, labels.weight, labels.howToScore]);
  for (const criterion of criteria) {
    const row = weightRow[criterion];
    const text = templatesText.SCORING_CRITERION_TEXT[criterion];
    sheet.getCell(`A${row}`).value = text.title;
    sheet.getCell(`B${row}`).value = templates.SCORING_CRITERIA[criterion].weight;
    sheet.getCell(`B${row}`).dataValidation = scoreValidation(0, 100);
    sheet.getCell(`C${row}`).value = text.guidance;
  }
  const first = weightRow[criteria[0]];
  sheet.getCell(`A${totalRow}`).value = labels.weightTotal;
  sheet.getCell(`A${totalRow}`).font = {bold: true};
  sheet.getCell(`B${totalRow}`).value = {formula: `SUM(B${first}:B${totalRow - 1})`};
  sheet.views = [{state: 'frozen', ySplit: headerRow}];
}

function inventorySheet(content, workbook) {
  const {templates, templatesText} = content;
  const other = templatesText.SECTOR_NAMES.other;
  const {healthEducationFinance, otherSectors} = content.compliance.AI_LAW_TRANSITION;
  tableSheet(content, workbook, 'ai-system-inventory', {
    notes: [templatesText.TEMPLATE_LABELS.deadlineNote],
    formulaFor: {
      'compliance-deadline': (row, letter) => {
        const since = `${letter['in-operation-since']}${row}`;
        const sector = `${letter.sector}${row}`;
        return (
          `IF(OR(${since}="",${sector}=""),"",IF(${since}>=${excelDate(templates.AI_LAW_IN_FORCE)},${since},` +
          `IF(${sector}="${other}",${excelDate(otherSectors)},${excelDate(healthEducationFinance)})))`
        );
      },
    },
  });
}

function riskRegisterSheet(content, workbook) {
  tableSheet(content, workbook, 'risk-register', {
    notes: [content.templatesText.TEMPLATE_LABELS.riskScoreNote],
    formulaFor: {
      'risk-score': (row, letter) => {
        const cells = [`${letter.likelihood}${row}`, `${letter.impact}${row}`];
        return `IF(COUNT(${cells.join(',')})=2,${cells.join('*')},"")`;
      },
    },
  });
}

/** Who leads, takes part, is consulted or kept informed in each phase (process.ts). */
function raciTable(content) {
  const {process, processText, templatesText} = content;
  return {
    title: templatesText.TEMPLATE_TITLES.raci,
    notes: [sourceLine(content, content.templates.TEMPLATE_SOURCES.raci)],
    headers: [
      templatesText.TEMPLATE_LABELS.stakeholder,
      ...process.PHASES.map((phase) => processText.PHASE_TEXT[phase.id].title),
    ],
    rows: process.STAKEHOLDERS.map((stakeholder) => [
      processText.STAKEHOLDER_TEXT[stakeholder.id].name,
      ...process.PHASES.map(
        (phase) => processText.INVOLVEMENT_LABELS[stakeholder.involvement[phase.id]],
      ),
    ]),
  };
}

/** The KPI library, with blank baseline and target columns, as the KPI sheet asks. */
function kpiTable(content) {
  const {kpis, kpisText, processText, templatesText} = content;
  const labels = templatesText.TEMPLATE_LABELS;
  return {
    title: templatesText.TEMPLATE_TITLES['kpi-sheet'],
    notes: [sourceLine(content, kpis.KPI_SHEET_SECTION), labels.kpiNote],
    headers: [
      labels.kpi,
      labels.category,
      labels.definition,
      labels.formula,
      labels.dataSource,
      labels.owner,
      labels.cadence,
      labels.setIn,
      labels.baseline,
      labels.target,
    ],
    rows: kpis.KPI_IDS.map((id) => {
      const kpi = kpis.KPIS[id];
      const text = kpisText.KPI_TEXT[id];
      return [
        text.name,
        kpisText.KPI_CATEGORY_NAMES[kpi.category],
        text.definition,
        text.formula,
        text.dataSource,
        kpisText.kpiOwnerName(id),
        kpisText.REVIEW_CADENCE_NAMES[kpi.cadence],
        processText.PHASE_TEXT[kpi.setIn].title,
        '',
        '',
      ];
    }),
  };
}

/** A filled table (RACI, KPI sheet) as a worksheet: title and notes, header, one row each. */
function filledSheet(workbook, {title, notes, headers, rows}) {
  const sheet = addSheet(workbook, title);
  writeTitle(sheet, title, notes);
  writeHeader(sheet, 4, headers);
  rows.forEach((values, index) => {
    sheet.getRow(5 + index).values = values.map((value) => (value === '' ? null : value));
  });
}

/**
 * The workbook of every worksheet template, in the order the phases need them.
 * @param {TemplateContent} content
 * @returns {Promise<Buffer>}
 */
export async function buildWorkbook(content) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'AI CoE Playbook';
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  tableSheet(content, workbook, 'use-case-intake');
  scoringSheet(content, workbook);
  inventorySheet(content, workbook);
  riskRegisterSheet(content, workbook);
  filledSheet(workbook, raciTable(content));
  filledSheet(workbook, kpiTable(content));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows left blank for writing in each table of the Word version of a worksheet template. */
const WORD_BLANK_ROWS = 8;

const cell = (text, {bold = false} = {}) =>
  new TableCell({
    children: [new Paragraph({children: [new TextRun({text, bold, size: 16})]})],
  });

function wordTable(headers, rows) {
  return new Table({
    width: {size: 100, type: WidthType.PERCENTAGE},
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((header) => cell(header, {bold: true})),
      }),
      ...rows.map((values) => new TableRow({children: values.map((value) => cell(value))})),
    ],
  });
}

const note = (text) =>
  new Paragraph({children: [new TextRun({text, italics: true, color: '595959'})]});

/**
 * A worksheet template as Word content: the columns as a table with blank rows, and under it
 * the values each list column accepts (the workbook's drop-down lists, spelled out).
 */
function wordSheet(content, id, extraNotes = []) {
  const {templates, templatesText, complianceText} = content;
  const {columns, source} = templates.SHEET_TEMPLATES[id];
  const ids = Object.keys(columns);
  const names = (record, keys) => keys.map((key) => record[key]).join(' / ');
  const listValues = {
    'risk-level': names(templatesText.RISK_LEVEL_NAMES, templates.AI_RISK_LEVELS),
    'legal-role': names(complianceText.LEGAL_ROLE_NAMES, templates.INVENTORY_ROLES),
    sector: names(templatesText.SECTOR_NAMES, templates.SECTORS),
    'personal-data': names(templatesText.PERSONAL_DATA_NAMES, templates.PERSONAL_DATA_KINDS),
    'yes-no': names(templatesText.YES_NO_NAMES, templates.YES_NO),
    decision: names(templatesText.DECISION_NAMES, templates.USE_CASE_DECISIONS),
    status: names(templatesText.RISK_STATUS_NAMES, templates.RISK_STATUSES),
    score: `${templates.SCORE_RANGE.min}–${templates.SCORE_RANGE.max}`,
  };
  const headers = ids.map((column) => templatesText.COLUMN_TEXT[id][column]);
  return [
    new Paragraph({text: templatesText.TEMPLATE_TITLES[id], heading: HeadingLevel.HEADING_1}),
    note(sourceLine(content, source)),
    ...extraNotes.map(note),
    wordTable(
      headers,
      Array.from({length: WORD_BLANK_ROWS}, () => headers.map(() => '')),
    ),
    ...ids
      .filter((column) => listValues[columns[column]])
      .map((column) =>
        note(`${templatesText.COLUMN_TEXT[id][column]}: ${listValues[columns[column]]}`),
      ),
  ];
}

function wordFilledTable({title, notes, headers, rows}) {
  return [
    new Paragraph({text: title, heading: HeadingLevel.HEADING_1}),
    ...notes.map(note),
    wordTable(headers, rows),
  ];
}

/** The scoring matrix's criteria and starting weights, above its table. */
function wordScoringCriteria(content) {
  const {templates, templatesText} = content;
  const labels = templatesText.TEMPLATE_LABELS;
  return wordTable(
    [labels.criterion, labels.weight, labels.howToScore],
    templates.SCORING_CRITERION_IDS.map((criterion) => [
      templatesText.SCORING_CRITERION_TEXT[criterion].title,
      String(templates.SCORING_CRITERIA[criterion].weight),
      templatesText.SCORING_CRITERION_TEXT[criterion].guidance,
    ]),
  );
}

/**
 * Every worksheet template as one Word document, each on its own landscape A4 page, in the
 * workbook's order, with the same columns, lists and notes.
 * @param {TemplateContent} content
 * @returns {Promise<Buffer>}
 */
export async function buildTablesDocument(content) {
  const labels = content.templatesText.TEMPLATE_LABELS;
  const title = labels.tablesDocumentTitle;
  const [scoringHeading, ...scoringRest] = wordSheet(content, 'use-case-scoring', [
    labels.weightNote,
  ]);
  const parts = [
    [
      new Paragraph({text: title, heading: HeadingLevel.TITLE}),
      ...wordSheet(content, 'use-case-intake'),
    ],
    [scoringHeading, wordScoringCriteria(content), ...scoringRest],
    wordSheet(content, 'ai-system-inventory', [labels.deadlineNote]),
    wordSheet(content, 'risk-register', [labels.riskScoreNote]),
    wordFilledTable(raciTable(content)),
    wordFilledTable(kpiTable(content)),
  ];
  const document = new Document({
    creator: 'AI CoE Playbook',
    title,
    styles: {default: {document: {run: {font: 'Arial', size: 20}}}},
    sections: parts.map((children) => ({
      properties: {page: {size: {orientation: PageOrientation.LANDSCAPE}}},
      children,
    })),
  });
  return Packer.toBuffer(document);
}
