// One type-ahead for records the server searches (therapists, clinics): a text box that asks
// the server a page at a time as one types, with the ARIA combobox pattern (list popup,
// arrow keys move through the matches, Enter picks, Escape closes) and "Show more" for the
// matches past the first page.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface FoundPage<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface TypeaheadProps<T> {
  label: string;
  value: T | null;
  onPick: (item: T | null) => void;
  /** one page of matches for the words typed (blank: every record) */
  search: (words: string, page: number) => Promise<FoundPage<T>>;
  /** the text the box shows once an item is picked */
  textOf: (item: T) => string;
  keyOf: (item: T) => string;
  /** an item as listed among the matches */
  render: (item: T) => ComponentChildren;
  placeholder?: string;
  disabled?: boolean;
}

/** "Showing 21–40 of 512" */
export function showing(page: { page: number; size: number; totalElements: number; content: unknown[] }): string {
  if (page.totalElements === 0) return 'None found';
  const first = page.page * page.size + 1;
  return `Showing ${first}–${first + page.content.length - 1} of ${page.totalElements}`;
}

export function Typeahead<T>({ label, value, onPick, search, textOf, keyOf, render, placeholder, disabled }: TypeaheadProps<T>) {
  const [text, setText] = useState(value ? textOf(value) : '');
  const [found, setFound] = useState<{ items: T[]; last: FoundPage<T> } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const id = `picker-${label.replace(/\W+/g, '-').toLowerCase()}`;
  const valueKey = value ? keyOf(value) : null;

  // a value set from outside (a form reset, a record opened) shows as its text
  useEffect(() => {
    if (value) setText(textOf(value));
    else if (!open) setText('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueKey]);

  function load(words: string, page: number, before: T[]) {
    const mine = ++generation.current;
    search(words, page).then(
      (result) => {
        if (mine !== generation.current) return;
        setFound({ items: [...before, ...result.content], last: result });
        setError(null);
      },
      (e) => mine === generation.current && setError(e instanceof Error ? e.message : 'The search failed.'),
    );
  }

  useEffect(() => {
    if (!open) return;
    const words = text.trim();
    const timer = setTimeout(() => {
      setActive(-1);
      load(words, 0, []);
    }, 200);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, open]);

  // focus given back after a pick does not open the matches again
  const quietFocus = useRef(false);

  function pick(item: T) {
    onPick(item);
    setText(textOf(item));
    setOpen(false);
    setActive(-1);
    if (input.current && document.activeElement !== input.current) {
      quietFocus.current = true;
      input.current.focus();
    }
  }

  const items = found?.items ?? [];
  const more = !!found && found.last.page + 1 < found.last.totalPages;
  const expanded = open && !!found;

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && expanded && active >= 0 && active < items.length) {
      e.preventDefault();
      pick(items[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={input}
        type="search"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          if (value) onPick(null);
        }}
        onFocus={() => {
          if (quietFocus.current) quietFocus.current = false;
          else setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {expanded && found && (
        <div>
          <ul id={`${id}-list`} role="listbox" class="plain picks" aria-label={`${label}: matches`}>
            {items.map((item, i) => (
              <li
                key={keyOf(item)}
                id={optionId(i)}
                role="option"
                class={i === active ? 'active' : undefined}
                aria-selected={i === active || valueKey === keyOf(item)}
                // mousedown would blur the box first; the click picks
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(item)}
              >
                {render(item)}
              </li>
            ))}
          </ul>
          <small class="hint" role="status">
            {found.last.totalElements > items.length ? `${showing({ ...found.last, page: 0, content: items })}; type more to narrow` : showing({ ...found.last, page: 0, content: items })}
          </small>{' '}
          {more && (
            <button type="button" class="link" onClick={() => load(text.trim(), found.last.page + 1, items)}>
              Show more matches
            </button>
          )}
        </div>
      )}
    </div>
  );
}
