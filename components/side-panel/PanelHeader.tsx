import { browser } from 'wxt/browser';
import { isolate } from '../../lib/text/bidi';
import type { SwitcherOption } from '../../lib/panel/pairing-switcher';
import { Button } from '../shared/Button';

const FOLLOW = '';

interface PanelHeaderProps {
  options: SwitcherOption[];
  /** The pairing the user picked, or undefined when the panel follows the next session. */
  selected: string | undefined;
  shownPairingId: string | undefined;
  isDemo: boolean;
  onSelect(pairingId: string | undefined): void;
}

export function PanelHeader({ options, selected, shownPairingId, isDemo, onSelect }: PanelHeaderProps) {
  return (
    <header class="panel-header">
      <div class="panel-header-row">
        <label for="pairing-switcher">Pairing</label>
        {isDemo && (
          <span class="badge badge-warn" title="Sample data: remove it in the options when you connect your calendar">
            Demo data
          </span>
        )}
        <Button variant="quiet" class="panel-options" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </Button>
      </div>
      <select
        id="pairing-switcher"
        value={selected ?? FOLLOW}
        onChange={(event) => onSelect(event.currentTarget.value || undefined)}
      >
        <option value={FOLLOW}>
          Follow my next session{!selected && shownPairingId ? ` (${isolate(titleOf(options, shownPairingId))})` : ''}
        </option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </header>
  );
}

function titleOf(options: SwitcherOption[], id: string): string {
  return options.find((option) => option.id === id)?.title ?? '';
}
