import {lazy, Suspense, type ReactNode} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CodeBlockType>;

/**
 * The theme's code block, its highlighter (prism-react-renderer, about 26 KB gzip) and any
 * added Prism languages, fetched when a page first shows a code block: the guide's pages have
 * none, and the theme put all three into every page's JavaScript. The theme's client module
 * that ran prism-include-languages on every page is left out by src/plugins/prism-on-demand;
 * it runs here, once, before the first block renders.
 */
const OriginalCodeBlock = lazy(async () => {
  const [{Prism}, {default: includeLanguages}, codeBlock] = await Promise.all([
    import('prism-react-renderer'),
    import('@theme/prism-include-languages'),
    import('@theme-original/CodeBlock'),
  ]);
  includeLanguages(Prism);
  return codeBlock;
});

/**
 * The server renders the highlighted block (it waits for the code), so the first paint and
 * readers without JavaScript see it whole; after a client-side navigation the plain code shows
 * for the moment the highlighter takes to arrive.
 */
export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre>
          <code>{typeof props.children === 'string' ? props.children : null}</code>
        </pre>
      }
    >
      <OriginalCodeBlock {...props} />
    </Suspense>
  );
}
