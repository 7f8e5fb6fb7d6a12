import type {LoadContext, Plugin} from '@docusaurus/types';
import {colorModeGuardScript} from './guardScript';

/** Puts the colour-mode guard (see guardScript.ts) first in every page's <head>. */
export default function colorModeGuardPlugin(context: LoadContext): Plugin {
  return {
    name: 'color-mode-guard',
    injectHtmlTags() {
      return {
        headTags: [{tagName: 'script', innerHTML: colorModeGuardScript(context.siteStorage)}],
      };
    },
  };
}
