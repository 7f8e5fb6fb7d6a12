// Writes the downloadable templates, in Vietnamese and English, into static/templates/<locale>/
// (not committed: run `npm run templates` before building the site). Everything they say comes
// from src/data/ and its text modules, so a change to the guide's data reaches the files on the
// next run; tests/unit/templateFiles.test.ts reads the files back.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {LOCALES} from './lib/localizedModules.mjs';
import {templateContent} from './lib/templateContent.mjs';
import {buildDocument, buildTablesDocument, buildWorkbook} from './lib/templateFiles.mjs';

const root = process.cwd();

for (const locale of LOCALES) {
  const content = await templateContent(root, locale);
  const folder = join(root, 'static', content.templates.TEMPLATES_DIR, locale);
  mkdirSync(folder, {recursive: true});
  const files = {
    'business-case': await buildDocument(content, 'business-case'),
    charter: await buildDocument(content, 'charter'),
    workbook: await buildWorkbook(content),
    tables: await buildTablesDocument(content),
  };
  for (const [id, bytes] of Object.entries(files)) {
    const file = join(folder, content.files[id]);
    writeFileSync(file, bytes);
    console.log(`wrote ${file.slice(root.length + 1)} (${bytes.length} bytes)`);
  }
}
