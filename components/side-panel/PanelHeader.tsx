import { Settings } from 'lucide';
import { browser } from 'wxt/browser';
import type { SwitcherOption } from '../../lib/panel/pairing-switcher';
import { Icon } from '../shared/Icon';
import { PairingSwitcher } from './PairingSwitcher';

interface PanelHeaderProps {
  options: SwitcherOption[];
  /** The pairing the user picked, or undefined when the panel follows the next session. */
  selected: string | undefined;
  shownTitle: string | undefined;
  isDemo: boolean;
  onSelect(pairingId: string | undefined): void;
}

export function PanelHeader({ options, selected, shownTitle, isDemo, onSelect }: PanelHeaderProps) {
  return (
    <header class="panel-header">
      <PairingSwitcher options={options} selected={selected} shownTitle={shownTitle} onSelect={onSelect} />
      <div class="panel-header-tools">
        {isDemo && (
          <span class="badge badge-warn" title="Sample data: remove it in the options when you connect your calendar">
            Demo data
          </span>
        )}
        <button
          type="button"
          class="btn btn-quiet btn-icon"
          aria-label="Options"
          title="Options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <Icon icon={Settings} />
        </button>
      </div>
    </header>
  );
}
