import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code highlighting themes that pass WCAG AA (4.5:1) for every token against the
 * code block background. prism-react-renderer's GitHub and Dracula themes do not
 * (comments in both fall near 3:1), so their failing colours are replaced here;
 * tests/unit/contrast.test.ts checks every colour.
 */
export const lightCodeTheme: PrismTheme = {
  ...themes.github,
  plain: {color: '#24292e', backgroundColor: '#f6f8fa'},
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: {color: '#5c6670', fontStyle: 'italic'},
    },
    {types: ['namespace'], style: {opacity: 1}},
    {types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: {color: '#0a5c36'}},
    {types: ['punctuation', 'operator'], style: {color: '#24292e'}},
    {
      types: [
        'entity',
        'url',
        'symbol',
        'number',
        'boolean',
        'variable',
        'constant',
        'property',
        'deleted',
      ],
      style: {color: '#a3141f'},
    },
    {types: ['atrule', 'keyword', 'attr-name', 'selector', 'important'], style: {color: '#8a2a9e'}},
    {types: ['function', 'tag', 'class-name', 'builtin'], style: {color: '#0550ae'}},
  ],
};

export const darkCodeTheme: PrismTheme = {
  ...themes.vsDark,
  plain: {color: '#e6e6e6', backgroundColor: '#1e1f22'},
  styles: [
    {
      types: ['comment', 'prolog', 'doctype', 'cdata'],
      style: {color: '#9da5b4', fontStyle: 'italic'},
    },
    {types: ['namespace'], style: {opacity: 1}},
    {types: ['string', 'attr-value', 'char', 'regex', 'inserted'], style: {color: '#a5d6a7'}},
    {types: ['punctuation', 'operator'], style: {color: '#e6e6e6'}},
    {
      types: [
        'entity',
        'url',
        'symbol',
        'number',
        'boolean',
        'variable',
        'constant',
        'property',
        'deleted',
      ],
      style: {color: '#ffab91'},
    },
    {types: ['atrule', 'keyword', 'attr-name', 'selector', 'important'], style: {color: '#d7a8ff'}},
    {types: ['function', 'tag', 'class-name', 'builtin'], style: {color: '#8ccaff'}},
  ],
};
