// Renders the link-preview images (Open Graph / Twitter cards) shown when a page of the guide
// is shared in Zalo, Teams, Slack, LinkedIn or by e-mail: one per language, 1200 × 630 PNG,
// in static/img/. Platforms do not show SVG previews, hence a PNG rendered by Chromium.
//
// Run `npm run social-cards` after changing the site's name, tagline or a phase's name, and
// commit the two PNGs with scripts/social-cards.rendered-from.json; a unit test fails until
// the cards are rendered again.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './lib/chromium.mjs';
import {BRAND_COLOR} from '../src/config/siteLayout.mjs';
import {cardContents, cardFingerprint, RENDERED_FROM} from './lib/socialCards.mjs';

const root = process.cwd();
const logo = readFileSync(join(root, 'static/img/logo.svg'), 'utf8');

const CARDS = await cardContents(root);

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

function cardHtml({lang, title, tagline, phases}) {
  const steps = phases
    .map((phase, index) => `<li><span class="number">${index + 1}</span>${escape(phase)}</li>`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; font-family: system-ui, -apple-system, 'Segoe UI', Roboto,
    'Noto Sans', 'DejaVu Sans', sans-serif; background: ${BRAND_COLOR}; color: #ffffff;
    display: flex; flex-direction: column; justify-content: space-between; padding: 72px 80px; }
  header { display: flex; align-items: center; gap: 32px; }
  header svg { width: 120px; height: 120px; flex: none; border: 4px solid rgba(255,255,255,.35); border-radius: 30px; }
  h1 { font-size: 76px; line-height: 1.1; font-weight: 700; }
  p { font-size: 38px; line-height: 1.3; max-width: 1000px; color: #e6f4f1; }
  ol { list-style: none; padding: 0; display: flex; gap: 18px; }
  li { flex: 1; display: flex; align-items: center; gap: 14px; font-size: 27px; font-weight: 600;
    background: rgba(255,255,255,.12); border-radius: 14px; padding: 18px 20px; line-height: 1.2; }
  .number { flex: none; width: 46px; height: 46px; border-radius: 50%; background: #ffd166; color: #073b32;
    display: flex; align-items: center; justify-content: center; font-weight: 700; }
  </style></head><body>
  <header>${logo}<h1>${escape(title)}</h1></header>
  <p>${escape(tagline)}</p>
  <ol>${steps}</ol>
  </body></html>`;
}

const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
try {
  const page = await browser.newPage({viewport: {width: 1200, height: 630}});
  for (const card of CARDS) {
    await page.setContent(cardHtml(card));
    await page.screenshot({path: join(root, card.file)});
    console.log(`wrote ${card.file}`);
  }
  const fingerprints = Object.fromEntries(CARDS.map((card) => [card.file, cardFingerprint(card)]));
  writeFileSync(join(root, RENDERED_FROM), `${JSON.stringify(fingerprints, null, 2)}\n`);
  console.log(`wrote ${RENDERED_FROM}`);
} finally {
  await browser.close();
}
