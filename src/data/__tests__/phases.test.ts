import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {LOOP_BACK_TO, PHASE_ORDER, PHASES} from '@site/src/data/phases';

const SOURCES = {
  vi: 'docs',
  en: 'i18n/en/docusaurus-plugin-content-docs/current',
} as const;

function pageSource(language: keyof typeof SOURCES, path: string): string | null {
  const file = join(process.cwd(), SOURCES[language], `${path}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

describe('phase data (src/data/phases.ts)', () => {
  it('has the four phases of the source page, numbered 1 to 4 in order', () => {
    expect(PHASE_ORDER.map((phase) => `${phase.number}. ${phase.title}`)).toEqual([
      '1. Chuẩn Bị',
      '2. Đánh Giá',
      '3. Lập Kế Hoạch',
      '4. Theo Dõi và Cải Tiến',
    ]);
  });

  it('keys every phase by its own id', () => {
    for (const [key, phase] of Object.entries(PHASES)) {
      expect(phase.id, `PHASES["${key}"] has id "${phase.id}"; the two must match`).toBe(key);
    }
  });

  it('gives every phase the source’s three points, each with its own anchor', () => {
    for (const phase of PHASE_ORDER) {
      expect(
        phase.points,
        `${phase.title} must have exactly the source's three points`,
      ).toHaveLength(3);
      const anchors = phase.points.map((point) => point.anchor);
      expect(new Set(anchors).size, `${phase.title} repeats an anchor: ${anchors.join(', ')}`).toBe(
        3,
      );
      for (const point of phase.points) {
        expect(point.text.trim(), `${phase.title}: a point has no text`).not.toBe('');
      }
    }
  });

  it('links every phase to a page that exists in both languages', () => {
    for (const phase of PHASE_ORDER) {
      expect(
        pageSource('vi', phase.path),
        `${phase.title}: no page at docs${phase.path}.mdx`,
      ).not.toBeNull();
      expect(
        pageSource('en', phase.path),
        `${phase.title}: no English twin for ${phase.path}`,
      ).not.toBeNull();
    }
  });

  it('points every anchor at a heading that exists on the phase page in both languages', () => {
    for (const phase of PHASE_ORDER) {
      for (const language of ['vi', 'en'] as const) {
        const source = pageSource(language, phase.path) ?? '';
        for (const point of phase.points) {
          expect(
            source.includes(`{#${point.anchor}}`),
            `${language} page ${phase.path} has no heading {#${point.anchor}} for "${point.text}"`,
          ).toBe(true);
        }
      }
    }
  });

  it('opens every phase page with its own stepper, in both languages', () => {
    for (const phase of PHASE_ORDER) {
      for (const language of ['vi', 'en'] as const) {
        expect(
          pageSource(language, phase.path),
          `${language} page ${phase.path} must contain <PhaseStepper phase="${phase.id}" />`,
        ).toContain(`<PhaseStepper phase="${phase.id}" />`);
      }
    }
  });

  it('loops back into a phase that exists', () => {
    expect(PHASES[LOOP_BACK_TO]).toBeDefined();
  });
});
