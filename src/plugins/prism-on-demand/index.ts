import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Leaves out theme-classic's client module `prism-include-languages`, which imports
 * prism-react-renderer into every page's main bundle to add Prism languages up front. The
 * swizzled CodeBlock (src/theme/CodeBlock) does that job when a page first shows a code block.
 * The theme lists the module by path, so the bundler is told to resolve that path to nothing.
 */
export default function prismOnDemandPlugin(context: LoadContext): Plugin {
  const themeEntry = createRequire(join(context.siteDir, 'package.json')).resolve(
    '@docusaurus/theme-classic',
  );
  const themeClientModule = join(dirname(themeEntry), 'prism-include-languages');
  return {
    name: 'prism-on-demand',
    configureWebpack() {
      return {resolve: {alias: {[`${themeClientModule}$`]: false}}};
    },
  };
}
