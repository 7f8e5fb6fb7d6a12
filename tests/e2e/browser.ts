import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH if set, then Debian's
 * /usr/bin/chromium, then a browser installed by `npx playwright install chromium`.
 * Playwright cannot download its own browser on every machine, so a system one comes first.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH points to "${fromEnv}", which does not exist.`);
    }
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) {
      return candidate;
    }
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) {
    return bundled;
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: on Debian or Ubuntu ' +
      '`sudo apt-get install -y chromium`, elsewhere `npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
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
