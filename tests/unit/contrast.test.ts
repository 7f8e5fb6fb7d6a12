import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {darkCodeTheme, lightCodeTheme} from '@site/src/config/prismThemes';
import {BRAND_COLOR} from '@site/src/config/siteLayout.mjs';
import {blend, contrastRatio, parseHex, type Rgb} from './colour';

const css = readFileSync(join(process.cwd(), 'src/css/custom.css'), 'utf8');

/** The custom properties declared in the first block that starts with `selector {`. */
function variablesOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) {
    throw new Error(`custom.css has no "${selector}" block`);
  }
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value!.trim()]),
  );
}

const light = variablesOf(':root');
const dark = {...light, ...variablesOf("[data-theme='dark']")};

function colour(variables: Record<string, string>, name: string): Rgb {
  const value = variables[name];
  if (!value) {
    throw new Error(`custom.css does not set ${name}`);
  }
  // A token may name another: `var(--ifm-color-primary)`.
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  return reference ? colour(variables, reference[1]!) : parseHex(value);
}

describe('the brand color', () => {
  it('is the same in the site config, the palette, the logo and the favicon', () => {
    expect(light['--ifm-color-primary']).toBe(BRAND_COLOR);
    for (const file of ['static/img/logo.svg', 'static/img/favicon.svg']) {
      expect(readFileSync(join(process.cwd(), file), 'utf8'), file).toContain(
        `fill="${BRAND_COLOR}"`,
      );
    }
  });
});

// Infima's --ifm-hover-overlay, the background of the active sidebar link and breadcrumb.
const hoverOverlay = {
  light: {rgb: [0, 0, 0] as Rgb, alpha: 0.05},
  dark: {rgb: [255, 255, 255] as Rgb, alpha: 0.05},
};

describe.each([
  ['light', light, hoverOverlay.light],
  ['dark', dark, hoverOverlay.dark],
] as const)('%s mode palette', (_mode, variables, overlay) => {
  const background = colour(variables, '--ifm-background-color');
  const primary = colour(variables, '--ifm-color-primary');
  const text = colour(variables, '--ifm-font-color-base');

  it('body text passes AA (4.5:1)', () => {
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('links and the active sidebar link / breadcrumb pass AA (4.5:1)', () => {
    expect(contrastRatio(primary, background)).toBeGreaterThanOrEqual(4.5);
    const activeBackground = blend(overlay.rgb, overlay.alpha, background);
    expect(contrastRatio(primary, activeBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('the hero text passes AA on the hero background', () => {
    expect(
      contrastRatio(
        colour(variables, '--site-hero-text'),
        colour(variables, '--site-hero-background'),
      ),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out from the page (3:1)', () => {
    expect(
      contrastRatio(colour(variables, '--site-focus-ring'), background),
    ).toBeGreaterThanOrEqual(3);
  });

  it('numbers drawn on the primary colour pass AA', () => {
    expect(contrastRatio(background, primary)).toBeGreaterThanOrEqual(4.5);
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s mode search drop-down', (_mode, variables) => {
  const muted = colour(variables, '--search-local-muted-color');
  const hitBackground = colour(variables, '--search-local-hit-background');

  it('result paths and the "see all" link pass AA on a result and on the drop-down', () => {
    expect(contrastRatio(muted, hitBackground)).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(muted, colour(variables, '--search-local-modal-background')),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('highlighted words pass AA on a result, and the selected result on the primary colour', () => {
    const primary = colour(variables, '--ifm-color-primary');
    expect(contrastRatio(primary, hitBackground)).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(colour(variables, '--search-local-hit-active-color'), primary),
    ).toBeGreaterThanOrEqual(4.5);
  });
});

it('the Ctrl K hint in the light search box passes AA on its grey (Infima emphasis-200)', () => {
  const hint = colour(light, '--ifm-navbar-search-input-placeholder-color');
  expect(contrastRatio(hint, parseHex('#ebedf0'))).toBeGreaterThanOrEqual(4.5);
});

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
] as const)('%s code theme', (_mode, theme) => {
  const background = parseHex(theme.plain.backgroundColor ?? '');

  it('plain code text passes AA', () => {
    expect(contrastRatio(parseHex(theme.plain.color ?? ''), background)).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it.each(
    theme.styles
      .filter((rule) => rule.style.color)
      .map((rule) => [rule.types.join(', '), rule.style.color!]),
  )('tokens %s (%s) pass AA', (_types, tokenColour) => {
    expect(contrastRatio(parseHex(tokenColour), background)).toBeGreaterThanOrEqual(4.5);
  });
});
