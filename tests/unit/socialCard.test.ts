// @vitest-environment node
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cardContents, cardFingerprint, RENDERED_FROM} from '@site/scripts/lib/socialCards.mjs';
import {PHASES} from '@site/src/data/process';
import {PHASE_TEXT} from '@site/src/data/processText';

/**
 * The link-preview cards are PNGs rendered once and committed; these tests catch a card that
 * no longer says what the site says, or that stopped being the size platforms expect.
 */
const root = process.cwd();
const cards = await cardContents(root);

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(path: string): {width: number; height: number} {
  const bytes = readFileSync(join(root, path));
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is not a PNG`).toBe('PNG');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

describe('the link-preview cards', () => {
  it.each(cards)('$file is a 1200 × 630 PNG', ({file}) => {
    expect(pngSize(file)).toEqual({width: 1200, height: 630});
  });

  it.each(cards)('$file was rendered from what the site says now', (card) => {
    const recorded = JSON.parse(readFileSync(join(root, RENDERED_FROM), 'utf8')) as Record<
      string,
      string
    >;
    expect(
      recorded[card.file],
      `${card.file} shows an old name, tagline or phase: run npm run social-cards and commit the result`,
    ).toBe(cardFingerprint(card));
  });

  it('names the phases as the pages and the interface do', () => {
    const vietnamese = cards.find((card) => card.lang === 'vi');
    expect(vietnamese?.phases).toEqual(PHASES.map((phase) => PHASE_TEXT[phase.id].title));
  });
});
