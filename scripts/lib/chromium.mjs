// The one Chromium every tool here drives (end-to-end tests, the PDF handbook, the link-preview
// cards and app icons), found and started the same way. Plain JavaScript so that Node scripts
// import it as it is; tests/e2e/browser.ts passes it on to the TypeScript tests.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/**
 * CHROMIUM_PATH if set, then Debian's /usr/bin/chromium, then a browser installed by
 * `npx playwright install chromium`. Playwright cannot download its own browser on every
 * machine, so a system one comes first.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH points to "${fromEnv}", which does not exist.`);
    }
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found. Install one: on Debian or Ubuntu `sudo apt-get install -y chromium`, ' +
      'elsewhere `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or ' +
      'Chrome executable.',
  );
}

/** Flags for a quiet, headless Chromium that makes no background requests. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
