import type MiniSearch from 'minisearch';
import {loadSearchIndex, type SearchDocument} from '../searchEngine';

const loaded = new Map<string, Promise<MiniSearch<SearchDocument>>>();

/**
 * Fetches and loads a language's index, once per page load however many search boxes ask. A
 * failed fetch (the development server has no index) is forgotten, so a later search retries.
 */
export function loadIndex(url: string): Promise<MiniSearch<SearchDocument>> {
  let index = loaded.get(url);
  if (!index) {
    index = fetch(url)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`${url}: ${response.status}`);
        }
        return response.text();
      })
      .then(loadSearchIndex);
    index.catch(() => loaded.delete(url));
    loaded.set(url, index);
  }
  return index;
}

/** The words of the query on the address of a result, so that its page can highlight them. */
export const HIGHLIGHT_PARAMETER = '_highlight';

/** The address of a result (`/path#anchor`) that highlights the query's words on arrival. */
export function resultAddress(id: string, query: string): string {
  const hash = id.indexOf('#');
  const path = hash === -1 ? id : id.slice(0, hash);
  const anchor = hash === -1 ? '' : id.slice(hash);
  return `${path}?${HIGHLIGHT_PARAMETER}=${encodeURIComponent(query.normalize('NFC'))}${anchor}`;
}
