import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_ARGS, findChromium} from './tests/e2e/browser';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// Tests run against the production build (`npm run build`), served as deployed.
export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // Two browsers, the server and the test runner share two cores: a condition that holds
  // within a second on an idle machine can take several when both browsers are busy.
  expect: {timeout: 10_000},
  reporter: process.env.CI ? [['list'], ['html', {open: 'never'}]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // The site's service worker keeps both languages (about 8 MB) for reading offline, fetched
    // in the background of every first visit: tests/e2e/offline.spec.ts allows it; the other
    // tests, each a first visit, run without it, as fast as before.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: {...devices['Desktop Chrome'], channel: undefined},
      testIgnore: /(search-latency|lighthouse)\.spec\.ts/,
    },
    // Timing is measured alone, once every other test is done, so nothing else shares the CPU.
    {
      name: 'search-latency',
      use: {...devices['Desktop Chrome'], channel: undefined},
      testMatch: /search-latency\.spec\.ts/,
      dependencies: ['desktop'],
    },
    // Lighthouse last and alone too: its performance figures come from a trace of this machine.
    {
      name: 'lighthouse',
      testMatch: /lighthouse\.spec\.ts/,
      dependencies: ['search-latency'],
    },
  ],
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${port} --no-open`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
