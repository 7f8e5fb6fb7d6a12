import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import type {SearchComboboxProps} from '@site/src/plugins/search/client/SearchCombobox';
import {searchText} from '@site/src/plugins/search/client/searchText';
import styles from './styles.module.css';

/** Fetches the search's interface and engine; the index follows once it is on screen. */
const loadCombobox = () =>
  import(/* webpackChunkName: "search-ui" */ '@site/src/plugins/search/client/SearchCombobox');

const subscribeToNothing = () => () => {};

/**
 * The navbar's search box. Every page renders this much: a labelled text field and the
 * Ctrl+K (⌘K) hint. The drop-down, the engine and the index load when the reader first
 * focuses the box, points at it or presses Ctrl+K (see src/plugins/search/).
 */
export default function SearchBar(): ReactNode {
  // A plain ref, not a state setter: a setter as ref would update state while the page hydrates,
  // and React would then run every effect and re-render in that same long task.
  const inputRef = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<{
    Combobox: ComponentType<SearchComboboxProps>;
    input: HTMLInputElement;
  } | null>(null);
  // The server renders the Ctrl hint; a Mac's browser then shows ⌘.
  const isMac = useSyncExternalStore(
    subscribeToNothing,
    () => /Mac|iPhone|iPad/.test(navigator.userAgent),
    () => false,
  );
  const started = useRef(false);

  const start = useCallback(() => {
    if (!started.current) {
      started.current = true;
      loadCombobox().then(
        (module) => {
          // Started by the box's own focus or pointer, so it is in the page.
          if (inputRef.current) setLoaded({Combobox: module.default, input: inputRef.current});
        },
        () => {
          // Offline or a stale deployment: the next focus tries again.
          started.current = false;
        },
      );
    }
  }, []);

  useEffect(() => {
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
      {loaded ? <loaded.Combobox input={loaded.input} /> : null}
      <span className={styles.hint} aria-hidden="true">
        <kbd>{isMac ? '⌘' : 'ctrl'}</kbd>
        {/* eslint-disable-next-line @docusaurus/no-untranslated-text -- a key's name */}
        <kbd>K</kbd>
      </span>
    </div>
  );
}
