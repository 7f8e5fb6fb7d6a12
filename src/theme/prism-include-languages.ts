/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (`prism-include-languages`, marked safe to eject
 * and meant to be). The site adds no Prism languages to prism-react-renderer's own, so this
 * loads none. The original requires `prismjs/components/prism-${lang}` for each of
 * `themeConfig.prism.additionalLanguages`; with none listed, the bundler resolved that require
 * to Prism's language loader and put it, with its list of every language, into the main bundle
 * of every page: about 9 KB gzip that never ran.
 */
import siteConfig from '@generated/docusaurus.config';

export default function prismIncludeLanguages(): void {
  const {additionalLanguages} = siteConfig.themeConfig.prism as {
    additionalLanguages?: readonly string[];
  };
  if (additionalLanguages?.length) {
    // Fails the build: a language listed in the config would otherwise silently not load.
    throw new Error(
      `themeConfig.prism.additionalLanguages (${additionalLanguages.join(', ')}) needs src/theme/prism-include-languages.ts to load them, as the theme's original does.`,
    );
  }
}
