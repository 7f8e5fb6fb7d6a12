// Node 20 cannot import TypeScript, so repository scripts read the project's own typed modules
// (sidebars.ts, src/data/process.ts) by compiling them with the project's TypeScript first.
// Only modules whose imports are all types qualify: those compile away.
import {readFileSync} from 'node:fs';
import ts from 'typescript';

/**
 * The exports of a TypeScript module that imports nothing at run time.
 * @param {string} file absolute path
 * @returns {Promise<Record<string, unknown>>}
 */
export async function importTypeScript(file) {
  const {outputText} = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
    fileName: file,
  });
  return import(`data:text/javascript,${encodeURIComponent(outputText)}`);
}
