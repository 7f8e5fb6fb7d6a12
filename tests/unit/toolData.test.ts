// @vitest-environment node
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {importLocalized} from '@site/scripts/lib/localizedModules.mjs';
import {localizedDataAliases} from '@site/src/plugins/localized-data';
import {ENGLISH_DOCS_DIR, SOURCE_DOCS_DIR} from '@site/src/config/siteLayout.mjs';
import {DIMENSION_IDS, DIMENSIONS, QUESTION_IDS, type SectionLink} from '@site/src/data/assessment';
import {CHECKLIST_ITEM_IDS, CHECKLISTS} from '@site/src/data/checklists';
import {KPI_IDS, KPIS} from '@site/src/data/kpis';
import {PHASES, STAKEHOLDERS} from '@site/src/data/process';
import {SCORING_CRITERIA} from '@site/src/data/templates';
import type * as AssessmentText from '@site/src/data/assessmentText';
import type * as ChecklistsText from '@site/src/data/checklistsText';
import type * as KpisText from '@site/src/data/kpisText';

// What a content editor could break in the data behind the self-assessment, the checklists,
// the KPI library and the templates: the data must say what the pages say, in both languages,
// and every reference must lead somewhere.

const root = process.cwd();
const FOLDERS = {vi: SOURCE_DOCS_DIR, en: ENGLISH_DOCS_DIR} as const;
type Language = keyof typeof FOLDERS;
const LANGUAGES = ['vi', 'en'] as const;

function page(language: Language, path: string): string {
  const file = join(root, FOLDERS[language], `${path}.mdx`);
  expect(existsSync(file), `${language}: no page ${path}`).toBe(true);
  return readFileSync(file, 'utf8');
}

/** The lines of a page's section, from the heading with `anchor` to the next heading of any level. */
function section(source: string, anchor: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^#{2,4} /.test(line) && line.includes(`{#${anchor}}`));
  expect(start, `no heading {#${anchor}}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && /^#{2,4} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const bullets = (lines: string[]): string[] =>
  lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).trim());

/** The body rows of the first Markdown table in `lines`, as trimmed cells. */
const tableRows = (lines: string[]): string[][] =>
  lines
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );

const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const text = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (language) => [
      language,
      {
        checklists: await importLocalized(root, 'src/data/checklistsText.ts', language),
        assessment: await importLocalized(root, 'src/data/assessmentText.ts', language),
        kpis: await importLocalized(root, 'src/data/kpisText.ts', language),
      },
    ]),
  ),
) as Record<
  Language,
  {checklists: typeof ChecklistsText; assessment: typeof AssessmentText; kpis: typeof KpisText}
>;

describe('the phase checklists (src/data/checklists.ts)', () => {
  it('has a checklist for every phase, with ids used once across all of them', () => {
    expect(Object.keys(CHECKLISTS)).toEqual(PHASES.map((phase) => phase.id));
    expect(new Set(CHECKLIST_ITEM_IDS).size, 'a checklist item id is used twice').toBe(
      CHECKLIST_ITEM_IDS.length,
    );
  });

  it.each(LANGUAGES)(
    'is what each phase page shows, in %s: its checklist section draws the list from this data',
    (language) => {
      for (const phase of PHASES) {
        const lines = section(page(language, phase.path), 'checklist');
        expect(lines, `${language} ${phase.path}`).toContain(
          `<PhaseChecklist phase="${phase.id}" />`,
        );
        expect(bullets(lines), `${language} ${phase.path}: a typed list is left`).toEqual([]);
      }
    },
  );

  it.each(LANGUAGES)('lists, in %s, each phase’s templates among its deliverables', (language) => {
    for (const phase of PHASES) {
      expect(section(page(language, phase.path), 'deliverables')).toContain(
        `<TemplateDownloads phase="${phase.id}" />`,
      );
    }
  });
});

describe('the readiness self-assessment (src/data/assessment.ts)', () => {
  it.each(LANGUAGES)(
    'has, in %s, the Assess page’s dimensions in its order, named and asked as there',
    (language) => {
      const onPage = bullets(section(page(language, '/quy-trinh/danh-gia'), 'current-state'))
        .map((line) => /^\*\*(.+?)\*\*: (.+)$/.exec(line))
        .filter((match) => match !== null)
        .map(([, name, question]) => ({name, question: sentenceCase(question ?? '')}));
      const inData = DIMENSION_IDS.map(
        (dimension) => text[language].assessment.DIMENSION_TEXT[dimension],
      );
      expect(inData).toEqual(onPage);
    },
  );

  it.each(LANGUAGES)(
    'uses, in %s, the Assess page’s four-level scale, word for word',
    (language) => {
      const rows = tableRows(section(page(language, '/quy-trinh/danh-gia'), 'current-state'));
      const onPage = rows.map(([level = '', description]) => {
        const [, number, name] = /^(\d)\. (.+)$/.exec(level) ?? [];
        return [Number(number), {name, description}];
      });
      expect(
        Object.entries(text[language].assessment.LEVEL_TEXT).map(([n, t]) => [Number(n), t]),
      ).toEqual(onPage);
    },
  );

  it('asks four to six questions per dimension, each id used once', () => {
    for (const dimension of DIMENSION_IDS) {
      const count = DIMENSIONS[dimension].questions.length;
      expect(count, `${dimension} has ${count} questions`).toBeGreaterThanOrEqual(4);
      expect(count, `${dimension} has ${count} questions`).toBeLessThanOrEqual(6);
    }
    expect(new Set(QUESTION_IDS).size, 'a question id is used twice').toBe(QUESTION_IDS.length);
  });

  it.each(LANGUAGES)('describes, in %s, every level of every question differently', (language) => {
    for (const question of QUESTION_IDS) {
      const {prompt, levels} = text[language].assessment.QUESTION_TEXT[question];
      expect(prompt, `${question} has no prompt`).toMatch(/\S/);
      expect(new Set(levels).size, `${language}: ${question} repeats a level description`).toBe(4);
    }
  });

  it('links every dimension to headings that exist in both languages', () => {
    for (const dimension of DIMENSION_IDS) {
      for (const {path, anchor} of DIMENSIONS[dimension].sections) {
        for (const language of LANGUAGES) {
          expect(
            page(language, path).includes(`{#${anchor}}`),
            `${dimension}: ${language} page ${path} has no heading {#${anchor}}`,
          ).toBe(true);
        }
      }
    }
  });

  it('names each linked section as its page’s title and heading say, in both languages', () => {
    for (const language of LANGUAGES) {
      const {SECTION_TITLES, sectionKey} = text[language].assessment;
      const linked = DIMENSION_IDS.flatMap(
        (dimension): readonly SectionLink[] => DIMENSIONS[dimension].sections,
      );
      expect(
        Object.keys(SECTION_TITLES).sort(),
        `${language}: SECTION_TITLES and the links differ`,
      ).toEqual([...new Set(linked.map(sectionKey))].sort());
      for (const link of linked) {
        const source = page(language, link.path);
        const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim();
        const heading = new RegExp(`^#{2,4} (.+?) \\{#${link.anchor}\\}`, 'm').exec(source)?.[1];
        expect(SECTION_TITLES[sectionKey(link)], `${language}: ${sectionKey(link)}`).toBe(
          `${title}: ${heading}`,
        );
      }
    }
  });

  it('points every dimension at checklist items that exist', () => {
    for (const dimension of DIMENSION_IDS) {
      const items: readonly string[] = DIMENSIONS[dimension].checklistItems;
      expect(items.length, `${dimension} recommends no checklist item`).toBeGreaterThan(0);
      for (const item of items) {
        expect(CHECKLIST_ITEM_IDS, `${dimension}: unknown checklist item ${item}`).toContain(item);
      }
    }
  });
});

describe('the KPI library (src/data/kpis.ts)', () => {
  it.each(LANGUAGES)('is the KPI sheet of the Monitor and Improve page, in %s', (language) => {
    const lines = section(page(language, '/quy-trinh/theo-doi-va-cai-tien'), 'kpi-sheet');
    expect(lines).toContain('<KpiSheetTable />');
    expect(tableRows(lines), 'a typed table is left beside the data').toEqual([]);
  });

  it('gives every KPI an owner the process knows', () => {
    const groups = STAKEHOLDERS.map((group) => group.id);
    for (const kpi of KPI_IDS) {
      expect(groups, `${kpi}: unknown owner`).toContain(KPIS[kpi].owner);
    }
  });
});

describe('the templates (src/data/templates.ts)', () => {
  it('weights the use case scoring criteria to a total of 100', () => {
    const total = Object.values(SCORING_CRITERIA).reduce((sum, {weight}) => sum + weight, 0);
    expect(total).toBe(100);
  });
});

/**
 * Every string of a value, by where it sits (`DIMENSION_TEXT.data.name`). A function in it (a
 * message with values, such as `progress: (done, total) => ...`) counts as what it says when
 * called with the numbers 1, 2, ... for its values.
 */
function stringsOf(value: unknown, at: string, found: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') found.set(at, value);
  else if (typeof value === 'function') {
    const values = Array.from({length: value.length}, (_, index) => index + 1);
    stringsOf(value(...values), `${at}(${values.join(', ')})`, found);
  } else if (Array.isArray(value))
    value.forEach((item, index) => stringsOf(item, `${at}[${index}]`, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringsOf(item, `${at}.${key}`, found);
  }
  return found;
}

/**
 * Every string of a text module's exports. Functions the module itself exports (`kpiOwnerName`,
 * `sectionKey`) work on the data rather than say a message, so they are left out.
 */
function moduleStrings(exports: Record<string, unknown>, module: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function') stringsOf(value, `${module}.${name}`, found);
  }
  return found;
}

/** The text modules with an English copy: every file in src/data/en. */
const ENGLISH_COPIES = readdirSync(join(root, 'src/data/en'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

describe('the English copies of the toolkit text modules (src/data/en/)', () => {
  // Each language's build loads its own copy (src/plugins/localized-data), so the two must say
  // the same things: the same exports, keys and entries, every one written, none in Vietnamese.
  it.each(ENGLISH_COPIES)(
    '%s has an English string for every Vietnamese one, and no Vietnamese',
    async (module) => {
      const [vi, en] = await Promise.all(
        LANGUAGES.map(async (language) =>
          moduleStrings(await importLocalized(root, `src/data/${module}.ts`, language), module),
        ),
      );
      expect([...en!.keys()]).toEqual([...vi!.keys()]);
      const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
      for (const [at, text] of en!) {
        expect(text.trim(), `${at} is empty`).not.toBe('');
        expect(text, `${at} is still Vietnamese`).not.toMatch(vietnameseLetters);
      }
      expect([...vi!.values()].some((text) => vietnameseLetters.test(text))).toBe(true);
    },
  );
});

describe('the localized-data plugin', () => {
  it('points the English build at every English copy, and the Vietnamese build at none', () => {
    const english = localizedDataAliases(root, 'en');
    expect(ENGLISH_COPIES.length).toBeGreaterThan(0);
    expect(Object.keys(english).sort()).toEqual(
      ENGLISH_COPIES.map((name) => `@site/src/data/${name}$`).sort(),
    );
    for (const name of ENGLISH_COPIES) {
      expect(
        existsSync(join(root, `src/data/${name}.ts`)),
        `src/data/en/${name}.ts copies no Vietnamese module src/data/${name}.ts`,
      ).toBe(true);
    }
    expect(english['@site/src/data/kpisText$']).toBe(join(root, 'src/data/en/kpisText.ts'));
    expect(localizedDataAliases(root, 'vi')).toEqual({});
  });
});
