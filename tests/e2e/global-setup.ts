import {existsSync} from 'node:fs';
import {join} from 'node:path';

// The tests read the production build; say so plainly instead of timing out on a server
// that has nothing to serve.
export default function globalSetup(): void {
  for (const page of ['build/index.html', 'build/en/index.html']) {
    if (!existsSync(join(process.cwd(), page))) {
      throw new Error(`${page} is missing: run "npm run build" before "npm run test:e2e".`);
    }
  }
}
