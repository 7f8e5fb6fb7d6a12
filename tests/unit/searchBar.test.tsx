import {Profiler} from 'react';
import {act, fireEvent, render, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import SearchBar from '@site/src/theme/SearchBar';

// The drop-down, engine and index live in the module the search bar imports on first use; a
// stand-in records when that import happens (once per test file: modules are cached), and
// shows a listbox once it is rendered.
const loaded = vi.hoisted(() => ({count: 0}));
vi.mock('@site/src/plugins/search/client/SearchCombobox', () => {
  loaded.count += 1;
  return {default: () => <div role="listbox" aria-label="results" tabIndex={-1} />};
});

/** Lets the dynamic import settle and React render what it brought. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 0)));

describe('SearchBar', () => {
  it('renders a labelled text field and the Ctrl+K hint, and loads no search code', async () => {
    render(<SearchBar />);
    await settle();
    expect(screen.getByRole('textbox', {name: 'Tìm kiếm'})).toHaveAttribute(
      'placeholder',
      'Tìm kiếm',
    );
    expect(document.querySelector('.navbar__search kbd')).toHaveTextContent('ctrl');
    expect(loaded.count).toBe(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('mounts in one render: nothing it does on mount makes React render it again', async () => {
    // An update during mount (a state setter as the input's ref, say) would make React run
    // every pending effect of the page and re-render in the same long task while it hydrates.
    const commits: string[] = [];
    render(
      <Profiler id="search" onRender={(_id, phase) => commits.push(phase)}>
        <SearchBar />
      </Profiler>,
    );
    await settle();
    expect(commits).toEqual(['mount']);
  });

  it.each([
    ['focus', (input: HTMLElement) => fireEvent.focus(input)],
    ['the pointer over the box', (input: HTMLElement) => fireEvent.pointerEnter(input)],
    ['Ctrl+K', () => fireEvent.keyDown(document, {key: 'k', ctrlKey: true})],
    ['⌘K', () => fireEvent.keyDown(document, {key: 'K', metaKey: true})],
  ])('loads the drop-down on %s', async (_trigger, start) => {
    render(<SearchBar />);
    const input = screen.getByRole('textbox', {name: 'Tìm kiếm'});
    expect(screen.queryByRole('listbox')).toBeNull();
    start(input);
    await settle();
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('focuses the box on Ctrl+K, and ignores K alone', async () => {
    render(<SearchBar />);
    fireEvent.keyDown(document, {key: 'k'});
    await settle();
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(document, {key: 'k', ctrlKey: true});
    expect(screen.getByRole('textbox', {name: 'Tìm kiếm'})).toHaveFocus();
  });
});
