import type {SiteStorage} from '@docusaurus/types';

/** The colour modes Docusaurus stores for a reader who picked one ("system" is stored as none). */
export const COLOR_MODES = ['light', 'dark'] as const;
/** The query parameter with which a link can force a colour mode (`?docusaurus-theme=dark`). */
export const COLOR_MODE_PARAMETER = 'docusaurus-theme';

/**
 * The inline script, run in <head> before Docusaurus's own, that drops a colour mode it would
 * not understand. Docusaurus copies the stored value (or the query parameter) into
 * <html data-theme> unchecked, so a damaged value such as `{"unterminated` left the page
 * matching neither the light nor the dark styles. The stored value is removed (the reader's
 * system setting then applies, as on a first visit); the parameter is taken out of the
 * address. Storage that cannot be read (private modes, blocked cookies) is left alone.
 */
export function colorModeGuardScript(siteStorage: SiteStorage): string {
  const key = JSON.stringify(`theme${siteStorage.namespace}`);
  const modes = JSON.stringify(COLOR_MODES);
  const parameter = JSON.stringify(COLOR_MODE_PARAMETER);
  return [
    '(function () {',
    `  var modes = ${modes};`,
    '  try {',
    `    var storage = window.${siteStorage.type};`,
    `    var stored = storage.getItem(${key});`,
    `    if (stored !== null && modes.indexOf(stored) < 0) storage.removeItem(${key});`,
    '  } catch (error) {}',
    '  try {',
    '    var address = new URL(window.location.href);',
    `    var asked = address.searchParams.get(${parameter});`,
    '    if (asked !== null && modes.indexOf(asked) < 0) {',
    `      address.searchParams.delete(${parameter});`,
    "      window.history.replaceState(window.history.state, '', address.href);",
    '    }',
    '  } catch (error) {}',
    '})();',
  ].join('\n');
}
