// @vitest-environment node
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import cards from '@site/src/social-card/cards.json';

/**
 * The link-preview cards are PNGs rendered once and committed; these tests catch a card that
 * no longer says what the site says, or that stopped being the size platforms expect.
 */
const root = process.cwd();
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

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

  it.each(cards)('the $lang card carries the site’s own title and tagline', ({title, tagline}) => {
    const config = read('docusaurus.config.ts');
    expect(config).toContain(`'${title}'`);
    expect(config).toContain(`'${tagline}'`);
  });

  it('names the phases as the guide does', () => {
    const [vi, en] = cards;
    const phasesSource = read('src/data/phases.ts');
    for (const phase of vi!.phases) {
      expect(phasesSource).toContain(`message: '${phase}'`);
    }
    const english = JSON.parse(read('i18n/en/code.json')) as Record<string, {message: string}>;
    const messages = Object.values(english).map(({message}) => message);
    for (const phase of en!.phases) {
      expect(messages).toContain(phase);
    }
  });
});
