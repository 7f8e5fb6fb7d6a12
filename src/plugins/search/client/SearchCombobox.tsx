/* eslint-disable jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus --
   The APG combobox pattern: the keyboard stays in the box, which points at the options with
   aria-activedescendant; the listbox and its options are never focused themselves. */
import {useCallback, useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type MiniSearch from 'minisearch';
import {search, type SearchDocument, type SearchHit} from '../searchEngine';
import {loadIndex, resultAddress} from './indexLoader';
import {searchText} from './searchText';
import styles from './styles.module.css';

/** Empties the search box and puts the reader back in it. */
function emptyBox(input: HTMLInputElement): void {
  input.value = '';
  input.focus();
}

/** Results in the drop-down, one per page (its best part); the results page lists every part. */
export const DROPDOWN_RESULTS = 8;

type IndexState =
  {status: 'loading'} | {status: 'ready'; index: MiniSearch<SearchDocument>} | {status: 'failed'};

export interface SearchComboboxProps {
  /** The navbar's search box, rendered by the theme's SearchBar before this code loads. */
  readonly input: HTMLInputElement;
}

/**
 * The search box's drop-down, loaded on first use (see src/theme/SearchBar). It takes over the
 * box the SearchBar rendered: makes it an ARIA 1.2 combobox that controls a listbox of results,
 * with the keyboard behaviour of the APG combobox pattern. "See all results" is the list's last
 * option; Escape closes the list and leaves the reader in the box; Tab moves on.
 */
export default function SearchCombobox({input}: SearchComboboxProps): ReactNode {
  const history = useHistory();
  const indexUrl = useBaseUrl('/search-index.json');
  const resultsPageUrl = useBaseUrl('/search');
  const listboxId = useId();
  const [state, setState] = useState<IndexState>({status: 'loading'});
  const [query, setQuery] = useState(input.value);
  const [open, setOpen] = useState(input.value.trim() !== '');
  // The selected option: -1 for none (the reader is in the box).
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    let current = true;
    loadIndex(indexUrl).then(
      (index) => current && setState({status: 'ready', index}),
      () => current && setState({status: 'failed'}),
    );
    return () => {
      current = false;
    };
  }, [indexUrl]);

  const hits: SearchHit[] = useMemo(
    () =>
      state.status === 'ready' && query.trim()
        ? search(state.index, query, DROPDOWN_RESULTS, {perPage: 1})
        : [],
    [state, query],
  );
  // The results, then "see all results" when there are any.
  const optionCount = hits.length > 0 ? hits.length + 1 : 0;
  const shown = open && query.trim() !== '';
  const optionId = (position: number) =>
    position === hits.length ? `${listboxId}-see-all` : `${listboxId}-${position}`;
  const seeAllUrl = `${resultsPageUrl}?q=${encodeURIComponent(query)}`;

  const choose = useCallback(
    (position: number) => {
      const hit = hits[position];
      const address = hit ? resultAddress(hit.url, query) : seeAllUrl;
      setOpen(false);
      input.blur();
      history.push(address);
    },
    [hits, history, input, query, seeAllUrl],
  );

  useEffect(() => {
    const onInput = () => {
      setQuery(input.value);
      setOpen(true);
      setSelected(0);
    };
    const onFocus = () => {
      setOpen(true);
      setSelected(0);
    };
    const onBlur = () => setOpen(false);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) {
        return;
      }
      // Positions run over the options and -1, the box itself, and wrap around.
      const step = (by: number) =>
        setSelected((position) => ((position + 1 + by + optionCount + 1) % (optionCount + 1)) - 1);
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!shown) {
            setOpen(true);
            setSelected(0);
          } else {
            step(1);
          }
          break;
        case 'ArrowUp':
          if (shown) {
            event.preventDefault();
            step(-1);
          }
          break;
        case 'Escape':
          if (shown) {
            event.preventDefault();
            setOpen(false);
          }
          break;
        case 'Enter':
          if (shown && selected >= 0 && selected < optionCount) {
            event.preventDefault();
            choose(selected);
          }
          break;
        case 'Tab':
          setOpen(false);
          break;
        default:
      }
    };
    input.addEventListener('input', onInput);
    input.addEventListener('focus', onFocus);
    input.addEventListener('blur', onBlur);
    input.addEventListener('keydown', onKeyDown);
    return () => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('focus', onFocus);
      input.removeEventListener('blur', onBlur);
      input.removeEventListener('keydown', onKeyDown);
    };
  }, [choose, input, optionCount, selected, shown]);

  // The box is a combobox from now on; what it says follows what is shown.
  const expanded = shown;
  const active = expanded && selected >= 0 && selected < optionCount ? optionId(selected) : '';
  useEffect(() => {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listboxId);
    input.setAttribute('aria-expanded', String(expanded));
    if (active) {
      input.setAttribute('aria-activedescendant', active);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }, [active, expanded, input, listboxId]);

  const clear = () => {
    emptyBox(input);
    setQuery('');
  };

  return (
    <>
      {query !== '' && (
        <button
          type="button"
          className={styles.clear}
          aria-label={searchText.clear()}
          onClick={clear}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      )}
      <div
        id={listboxId}
        role="listbox"
        aria-label={searchText.resultsLabel()}
        className={styles.listbox}
        hidden={!expanded}
        // Keeps the focus in the box when an option is clicked.
        onMouseDown={(event) => event.preventDefault()}
      >
        {state.status === 'loading' && (
          <div role="option" aria-disabled="true" aria-selected="false" className={styles.message}>
            {searchText.loading()}
          </div>
        )}
        {state.status === 'failed' && (
          <div role="option" aria-disabled="true" aria-selected="false" className={styles.message}>
            {searchText.unavailable()}
          </div>
        )}
        {state.status === 'ready' && hits.length === 0 && (
          <div
            key={query}
            role="option"
            aria-disabled="true"
            aria-selected="false"
            className={styles.message}
          >
            {searchText.noResults()}
          </div>
        )}
        {hits.map((hit, position) => (
          <div
            // Keyed by the query too: each search renders its own list, even when a longer
            // query finds the same parts, so the page shows (and tests can see) that it answered.
            key={`${query}\n${hit.url}`}
            id={optionId(position)}
            role="option"
            aria-selected={position === selected}
            data-search-result=""
            className={styles.option}
            onClick={() => choose(position)}
          >
            <span className={styles.heading}>{hit.heading || hit.page}</span>
            {hit.heading && <span className={styles.page}>{hit.page}</span>}
          </div>
        ))}
        {hits.length > 0 && (
          <div
            id={optionId(hits.length)}
            role="option"
            aria-selected={selected === hits.length}
            className={`${styles.option} ${styles.seeAll}`}
            onClick={() => choose(hits.length)}
          >
            {searchText.seeAll()}
          </div>
        )}
      </div>
    </>
  );
}
