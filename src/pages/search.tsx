import {useEffect, useState, useSyncExternalStore, type ChangeEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluralForm} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type MiniSearch from 'minisearch';
import {loadIndex, resultAddress} from '@site/src/plugins/search/client/indexLoader';
import {searchText} from '@site/src/plugins/search/client/searchText';
import {search, type SearchDocument, type SearchHit} from '@site/src/plugins/search/searchEngine';
import styles from './search.module.css';

const subscribeToNothing = () => () => {};

/** The most results the page lists. */
const PAGE_RESULTS = 100;

function title(query: string): string {
  return query
    ? translate(
        {
          id: 'search.page.title',
          message: 'Kết quả tìm kiếm cho “{query}”',
          description: 'The heading of the results page; {query} is what the reader searched for',
        },
        {query},
      )
    : translate({
        id: 'search.page.titleEmpty',
        message: 'Tìm kiếm trong cẩm nang',
        description: 'The heading of the results page before anything is searched',
      });
}

/**
 * The full results page, `/search?q=…` (`/en/search?q=…`): its address can be shared.
 */
export default function SearchPage(): ReactNode {
  const history = useHistory();
  const location = useLocation();
  const indexUrl = useBaseUrl('/search-index.json');
  const {selectMessage} = usePluralForm();
  // The server renders the page with no query; the browser then reads it from the address,
  // and each change of the box replaces the address, which renders the page again.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const query = hydrated ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null | 'failed'>(null);

  useEffect(() => {
    loadIndex(indexUrl).then(setIndex, () => setIndex('failed'));
  }, [indexUrl]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const parameters = new URLSearchParams(location.search);
    if (event.target.value) {
      parameters.set('q', event.target.value);
    } else {
      parameters.delete('q');
    }
    const search = parameters.toString();
    history.replace({search: search ? `?${search}` : ''});
  };

  const hits: SearchHit[] =
    index && index !== 'failed' && query.trim() ? search(index, query, PAGE_RESULTS) : [];
  let status = '';
  if (index === 'failed') {
    status = searchText.unavailable();
  } else if (index && query.trim()) {
    status =
      hits.length === 0
        ? translate({
            id: 'search.page.noResults',
            message: 'Không tìm thấy kết quả nào',
            description: 'The results page when nothing matches',
          })
        : selectMessage(
            hits.length,
            translate(
              {
                id: 'search.page.count',
                message: 'Tìm thấy {count} kết quả',
                description:
                  'How many results the page lists; plural forms separated by "|" (English: "1 result found|{count} results found")',
              },
              {count: hits.length},
            ),
          );
  }

  return (
    <Layout title={title(query)}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title(query)}</Heading>
        <input
          type="search"
          className={styles.input}
          aria-label={searchText.label()}
          placeholder={searchText.label()}
          value={query}
          onChange={onChange}
          autoComplete="off"
          spellCheck={false}
        />
        <p role="status" className={styles.status}>
          {status}
        </p>
        {hits.map((hit) => (
          <article key={hit.url} className={styles.result}>
            <Heading as="h2" className={styles.resultTitle}>
              <Link to={resultAddress(hit.url, query)}>{hit.heading || hit.page}</Link>
            </Heading>
            {hit.heading && <p className={styles.resultPage}>{hit.page}</p>}
            {hit.excerpt && <p className={styles.excerpt}>{hit.excerpt}</p>}
          </article>
        ))}
      </main>
    </Layout>
  );
}
