import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PHASE_ORDER, PHASES} from '@site/src/data/phases';

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
      expect(phase.id, `PHASES["${key}"] has id "${phase.id}"; they must match`).toBe(key);
    }
  });

  it('links every phase to a page that exists in both languages', () => {
    for (const phase of PHASE_ORDER) {
      const vietnamese = join(process.cwd(), `docs${phase.path}.mdx`);
      const english = join(
        process.cwd(),
        `i18n/en/docusaurus-plugin-content-docs/current${phase.path}.mdx`,
      );
      expect(existsSync(vietnamese), `${phase.title}: no page at docs${phase.path}.mdx`).toBe(true);
      expect(existsSync(english), `${phase.title}: no English twin for ${phase.path}`).toBe(true);
    }
  });
});
