import {useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import type {SearchComboboxProps} from '@site/src/plugins/search/client/SearchCombobox';
import {searchText} from '@site/src/plugins/search/client/searchText';
import styles from './styles.module.css';

/** Fetches the search's interface and engine; the index follows once it is on screen. */
const loadCombobox = () =>
  import(/* webpackChunkName: "search-ui" */ '@site/src/plugins/search/client/SearchCombobox');

/**
 * The navbar's search box. Every page renders this much: a labelled text field and the
 * Ctrl+K (⌘K) hint. The drop-down, the engine and the index load when the reader first
 * focuses the box, points at it or presses Ctrl+K (see src/plugins/search/).
 */
export default function SearchBar(): ReactNode {
  const inputRef = useRef<HTMLInputElement>(null);
  const [Combobox, setCombobox] = useState<ComponentType<SearchComboboxProps> | null>(null);
  const [isMac, setIsMac] = useState(false);
  const started = useRef(false);

  const start = useCallback(() => {
    if (!started.current) {
      started.current = true;
      loadCombobox().then(
        (module) => setCombobox(() => module.default),
        () => {
          // Offline or a stale deployment: the next focus tries again.
          started.current = false;
        },
      );
    }
  }, []);

  useEffect(() => {
    setIsMac(/Mac|iPhone|iPad/.test(navigator.userAgent));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const label = searchText.label();
  return (
    <div className={`navbar__search ${styles.search}`}>
      <input
        ref={inputRef}
        type="text"
        className={`navbar__search-input ${styles.input}`}
        aria-label={label}
        placeholder={label}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onFocus={start}
        onPointerEnter={start}
      />
      {Combobox && inputRef.current ? <Combobox input={inputRef.current} /> : null}
      <span className={styles.hint} aria-hidden="true">
        <kbd>{isMac ? '⌘' : 'ctrl'}</kbd>
        <kbd>K</kbd>
      </span>
    </div>
  );
}
