import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Docusaurus client modules only exist inside a Docusaurus build; tests use small
// stand-ins that behave like the Vietnamese (default) locale.
export default defineConfig({
  resolve: {
    alias: [
      {find: '@site', replacement: fromRoot('./')},
      {find: '@docusaurus/Translate', replacement: fromRoot('./tests/stubs/Translate.tsx')},
      {find: '@docusaurus/Link', replacement: fromRoot('./tests/stubs/Link.tsx')},
      {
        find: '@docusaurus/useDocusaurusContext',
        replacement: fromRoot('./tests/stubs/useDocusaurusContext.ts'),
      },
      {find: '@docusaurus/useIsBrowser', replacement: fromRoot('./tests/stubs/useIsBrowser.ts')},
      {find: '@theme/Heading', replacement: fromRoot('./tests/stubs/Heading.tsx')},
      {find: '@theme/Layout', replacement: fromRoot('./tests/stubs/Layout.tsx')},
    ],
  },
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['./tests/unit/setup.ts'],
  },
});
