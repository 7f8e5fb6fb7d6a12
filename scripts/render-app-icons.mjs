// Renders the icons the installed app shows (home screen, task bar, app switcher) from
// static/img/logo.svg, with the same Chromium as the end-to-end tests and the social cards:
//
//   static/img/app-icon-192.png           the logo as drawn, rounded corners   (manifest, "any")
//   static/img/app-icon-512.png           the same, large                      (manifest, "any")
//   static/img/app-icon-maskable-512.png  full bleed, the drawing inside the   (manifest, "maskable")
//                                         80 % safe zone Android crops to a circle or squircle
//   static/img/app-icon-apple-180.png     full bleed, square: iOS rounds it    (apple-touch-icon)
//
// Run `npm run app-icons` after changing the logo and commit the four PNGs;
// static/manifest.json and the `pwaHead` tags in docusaurus.config.ts name them.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './lib/chromium.mjs';
import {BRAND_COLOR} from '../src/config/siteLayout.mjs';

const root = process.cwd();
const logo = readFileSync(join(root, 'static/img/logo.svg'), 'utf8');

/** The logo's drawing without its rounded background, for the full-bleed icons. */
const drawing = logo
  .replace(/<\?xml[^>]*>/, '')
  .replace(/<title>[\s\S]*?<\/title>/, '')
  .replace(/<rect[^>]*\/>/, '')
  .replace(/<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '');
if (drawing === logo || /<rect/.test(drawing)) {
  throw new Error('static/img/logo.svg no longer has the shape this script expects: check it.');
}

/**
 * A full-bleed square in the brand colour with the logo's drawing at `scale` of its width,
 * centred (the drawing's own viewBox is 64 × 64).
 */
const fullBleed = (scale) => {
  const size = 64 / scale;
  const offset = (size - 64) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-offset} ${-offset} ${size} ${size}">
  <rect x="${-offset}" y="${-offset}" width="${size}" height="${size}" fill="${BRAND_COLOR}"/>${drawing}</svg>`;
};

const ICONS = [
  {file: 'static/img/app-icon-192.png', size: 192, svg: logo},
  {file: 'static/img/app-icon-512.png', size: 512, svg: logo},
  // The drawing's outer dots reach 0.67 of the logo's width; at 0.8 of the icon they stay well
  // inside the maskable safe zone (a centred circle 80 % of the icon wide).
  {file: 'static/img/app-icon-maskable-512.png', size: 512, svg: fullBleed(0.8)},
  // iOS fills transparent corners with black and rounds the icon itself, much as the logo's
  // own corners are rounded: the drawing at full size on a square background.
  {file: 'static/img/app-icon-apple-180.png', size: 180, svg: fullBleed(1)},
];

const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
try {
  for (const {file, size, svg} of ICONS) {
    const page = await browser.newPage({viewport: {width: size, height: size}});
    await page.setContent(
      `<!doctype html><html><head><style>
      html, body { margin: 0; background: transparent; }
      svg { display: block; width: ${size}px; height: ${size}px; }
      </style></head><body>${svg}</body></html>`,
    );
    await page.locator('svg').screenshot({path: join(root, file), omitBackground: true});
    await page.close();
    console.log(`wrote ${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
