import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {COLLABORATION_CIRCLES, PHASES, STAKEHOLDERS} from '@site/src/data/process';
import {numberedPhaseTitle} from '@site/src/data/processText';
import {ENGLISH_DOCS_DIR, SOURCE_DOCS_DIR} from '@site/src/config/siteLayout.mjs';

// Only what the type checker cannot see: the data agrees with the owner's source page, with
// the pages in both languages, and with itself.

const FOLDERS = {vi: SOURCE_DOCS_DIR, en: ENGLISH_DOCS_DIR} as const;

function pageSource(language: keyof typeof FOLDERS, path: string): string | null {
  const file = join(process.cwd(), FOLDERS[language], `${path}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

describe('the process (src/data/process.ts)', () => {
  it('has the source page’s four phases, numbered and named as the owner wrote them', () => {
    expect(PHASES.map((phase) => numberedPhaseTitle(phase.id))).toEqual([
      '1. Chuẩn Bị',
      '2. Đánh Giá',
      '3. Lập Kế Hoạch',
      '4. Theo Dõi và Cải Tiến',
    ]);
  });

  it('links every phase to a page in both languages that opens with its own position bar', () => {
    for (const phase of PHASES) {
      for (const language of ['vi', 'en'] as const) {
        expect(
          pageSource(language, phase.path),
          `${language}: no page for ${phase.path}, or it lacks <PhasePositionNav phase="${phase.id}" />`,
        ).toContain(`<PhasePositionNav phase="${phase.id}" />`);
      }
    }
  });

  it('points each of the source’s points at its own heading on the phase page, in both languages', () => {
    for (const phase of PHASES) {
      expect(new Set(phase.pointAnchors).size, `${phase.id} repeats an anchor`).toBe(3);
      for (const language of ['vi', 'en'] as const) {
        const source = pageSource(language, phase.path) ?? '';
        for (const anchor of phase.pointAnchors) {
          expect(
            source.includes(`{#${anchor}}`),
            `${language} page ${phase.path} has no heading {#${anchor}}`,
          ).toBe(true);
        }
      }
    }
  });

  it('gives every phase at least one group that leads it', () => {
    for (const phase of PHASES) {
      const leads = STAKEHOLDERS.filter((group) => group.involvement[phase.id] === 'leads');
      expect(leads.length, `nobody leads ${phase.id}`).toBeGreaterThan(0);
    }
  });

  it('lists every group once, and puts each in at most one of the source’s circles', () => {
    const ids = STAKEHOLDERS.map((group) => group.id);
    expect(new Set(ids).size, 'a group is listed twice').toBe(ids.length);
    const members = COLLABORATION_CIRCLES.flatMap((circle) => circle.members);
    expect(new Set(members).size, 'a group sits in two circles').toBe(members.length);
  });
});

describe('the process overview page', () => {
  it('carries the source page’s two paragraphs on collaboration word for word', () => {
    const overview = pageSource('vi', '/quy-trinh/tong-quan') ?? '';
    expect(overview).toContain(
      'Quy trình triển khai AI CoE có thể áp dụng cho nhiều loại hình doanh nghiệp với quy mô khác nhau. Để đảm bảo sự thành công, doanh nghiệp cần có sự hợp tác của nhiều bên liên quan, bao gồm:',
    );
    expect(overview).toContain(
      'Ban lãnh đạo cần đóng vai trò dẫn dắt, hỗ trợ và định hướng chiến lược AI, tạo ra một văn hóa doanh nghiệp sẵn sàng cho AI. Điều này không chỉ giúp AI được triển khai hiệu quả mà còn đảm bảo sự bền vững và thành công của doanh nghiệp trong tương lai.',
    );
  });
});
