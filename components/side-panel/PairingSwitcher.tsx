import { ChevronDown, Search } from 'lucide';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { SwitcherOption } from '../../lib/panel/pairing-switcher';
import { Icon } from '../shared/Icon';

interface Props {
  options: SwitcherOption[];
  /** The pairing the user picked, or undefined when the panel follows the next session. */
  selected: string | undefined;
  shownTitle: string | undefined;
  onSelect(pairingId: string | undefined): void;
}

const FOLLOW = 'follow';

/**
 * The pairing switcher: a button with the pairing's name (wrapping, never cut off) that opens a
 * searchable list of pairing names. Type to filter, arrows to move, Enter to pick, Escape to close.
 */
export function PairingSwitcher({ options, selected, shownTitle, onSelect }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const listId = useId();

  const needle = query.trim().toLocaleLowerCase();
  const matches = options.filter(
    (option) => !needle || `${option.title} ${option.people}`.toLocaleLowerCase().includes(needle),
  );
  const entries = [...(needle ? [] : [{ id: FOLLOW, title: 'Follow my next session', people: '', status: 'active' as const, isDemo: false }]), ...matches];
  const activeIndex = Math.min(active, Math.max(entries.length - 1, 0));

  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    if (returnFocus) button.current?.focus();
  };
  const pick = (id: string) => {
    onSelect(id === FOLLOW ? undefined : id);
    close(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + entries.length) % Math.max(entries.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = entries[activeIndex];
      if (entry) pick(entry.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  return (
    <div
      class="switcher"
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (open && next && !event.currentTarget.contains(next)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="switcher-button"
        aria-expanded={open}
        aria-haspopup="listbox"
        onClick={() => (open ? close(true) : setOpen(true))}
      >
        <span class="switcher-caption">{selected ? 'Pairing' : 'Following next session'}</span>
        <span class="switcher-title">{shownTitle ?? 'Choose a pairing'}</span>
        <Icon icon={ChevronDown} />
      </button>
      {open && (
        <div class="switcher-popup">
          <label class="switcher-search">
            <Icon icon={Search} />
            <span class="sr-only">Find a pairing</span>
            <input
              ref={search}
              type="search"
              role="combobox"
              list={undefined}
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={entries[activeIndex] ? `${listId}-${activeIndex}` : undefined}
              placeholder="Find a pairing"
              value={query}
              onInput={(event) => {
                setQuery(event.currentTarget.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
          </label>
          <ul id={listId} role="listbox" aria-label="Pairings" class="switcher-list">
            {entries.map((entry, index) => (
              <li
                key={entry.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={entry.id === (selected ?? FOLLOW)}
                class={index === activeIndex ? 'is-active' : ''}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(entry.id)}
              >
                <span class="switcher-option-title">{entry.title}</span>
                {(entry.people || entry.status !== 'active' || entry.isDemo) && (
                  <span class="meta">
                    {entry.people}
                    {entry.status !== 'active' && ` (${entry.status})`}
                    {entry.isDemo && '\u00a0· demo'}
                  </span>
                )}
              </li>
            ))}
            {entries.length === 0 && (
              <li class="muted switcher-empty" role="presentation">
                No pairing matches “{query}”.
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
