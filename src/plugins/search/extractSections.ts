import {Parser} from 'htmlparser2';
import type {SearchDocument} from './searchEngine';

/** Characters of a part's text kept for the full results page. */
export const EXCERPT_LENGTH = 180;

/** Elements whose text is not part of what a reader reads as the page's prose. */
const SKIPPED = new Set(['script', 'style', 'svg', 'button', 'noscript', 'template']);
/** Elements after which words must not run together. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'header',
  'footer',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'summary',
]);

interface Part {
  anchor: string;
  heading: string;
  text: string;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Splits a built docs page into the parts search finds: the text before the first h2/h3 under
 * the page's title, then one part per h2 or h3 (with its `id`, which the result links to). Only
 * the page's Markdown content counts (`.theme-doc-markdown`): not the navbar, sidebar, table of
 * contents, footer or the anchor links of headings.
 */
export function extractSections(
  html: string,
  path: string,
  pageTitle: string,
  description = '',
): SearchDocument[] {
  const first: Part = {anchor: '', heading: '', text: ''};
  const parts: Part[] = [first];
  let contentDepth = 0; // depth of the open .theme-doc-markdown element, 0 outside it
  let depth = 0;
  let skipDepth = 0; // depth of the outermost skipped element, 0 when none is open
  let headingDepth = 0; // depth of the open h1/h2/h3, 0 when none
  let headingLevel = '';

  const current = () => parts.at(-1) ?? first;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        const classes = (attributes.class ?? '').split(/\s+/);
        if (contentDepth === 0) {
          if (classes.includes('theme-doc-markdown')) {
            contentDepth = depth;
          }
          return;
        }
        if (skipDepth === 0 && (SKIPPED.has(name) || classes.includes('hash-link'))) {
          skipDepth = depth;
        }
        if (skipDepth === 0 && (name === 'h2' || name === 'h3') && attributes.id) {
          parts.push({anchor: attributes.id, heading: '', text: ''});
          headingDepth = depth;
          headingLevel = name;
        } else if (skipDepth === 0 && name === 'h1') {
          headingDepth = depth;
          headingLevel = name;
        }
      },
      ontext(text) {
        if (contentDepth === 0 || skipDepth !== 0) {
          return;
        }
        if (headingDepth !== 0) {
          if (headingLevel !== 'h1') {
            current().heading += text;
          }
        } else {
          current().text += text;
        }
      },
      onclosetag(name) {
        if (contentDepth !== 0) {
          if (depth === skipDepth) {
            skipDepth = 0;
          }
          if (depth === headingDepth) {
            headingDepth = 0;
          }
          if (BLOCKS.has(name)) {
            current().text += ' ';
          }
          if (depth === contentDepth) {
            contentDepth = 0;
          }
        }
        depth -= 1;
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();

  return parts
    .map((part, index) => {
      const text = clean(part.text);
      return {
        id: part.anchor ? `${path}#${part.anchor}` : path,
        title: index === 0 ? pageTitle : '',
        description: index === 0 ? description : '',
        heading: clean(part.heading),
        text,
        page: pageTitle,
        excerpt: excerpt(text),
      };
    })
    .filter((part, index) => index === 0 || part.heading || part.text);
}

/** The first words of `text`, cut at a word boundary. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) {
    return text;
  }
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2))}…`;
}
