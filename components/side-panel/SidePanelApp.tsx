import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findPairingByMeetCode } from '../../lib/panel/meet-session';
import { listPairingsForSwitcher } from '../../lib/panel/pairing-switcher';
import { loadPanelView } from '../../lib/panel/panel-view';
import { placeWaitingRecapFocus } from '../../lib/recap/recap-focus';
import { BackupReminderBanner } from '../shared/BackupReminderBanner';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';
import { useLiveQuery } from '../shared/use-live-query';
import { useNow } from '../shared/use-now';
import { useSettingsTheme } from '../shared/use-theme';
import { PanelBody } from './PanelBody';
import { PanelHeader } from './PanelHeader';
import { usePanelFocus } from './use-panel-focus';

export interface SidePanelAppProps {
  /** `?pairing=` in the panel's address: open on that pairing (the calendar page's button uses it). */
  initialPairingId?: string;
  /** `?meet=` in the panel's address: follow the session of that Meet call. */
  meetCode?: string;
}

export function SidePanelApp({ initialPairingId, meetCode }: SidePanelAppProps) {
  useSettingsTheme();
  const now = useNow();
  // undefined = follow the current or next session.
  const [selected, setSelected] = useState<string | undefined>(initialPairingId);
  // A session the Calendar page or the Meet call asked for; picking a pairing by hand drops it.
  const [focusSessionId, setFocusSessionId] = useState<string>();
  usePanelFocus((focus) => {
    setSelected(focus.pairingId);
    setFocusSessionId(focus.sessionId);
  });
  const choosePairing = (pairingId: string | undefined) => {
    setSelected(pairingId);
    setFocusSessionId(undefined);
  };

  useEffect(() => {
    if (!meetCode || initialPairingId) return;
    void findPairingByMeetCode(meetCode).then((pairingId) => pairingId && setSelected(pairingId));
  }, [meetCode, initialPairingId]);

  useEffect(() => {
    // An agreed focus imported before its next session existed joins that session's agenda now.
    placeWaitingRecapFocus().catch((error: unknown) => console.error('Mentoring Companion: could not place an agreed focus', error));
  }, []);

  const options = useLiveQuery(() => listPairingsForSwitcher(), []);
  const load = useLiveQuery(() => loadPanelView(selected, now, undefined, focusSessionId), [selected, now, focusSessionId]);

  if (load.status === 'loading' || options.status === 'loading') {
    return <p class="muted panel-loading">Loading…</p>;
  }
  if (load.status === 'error' || options.status === 'error') {
    const error = load.status === 'error' ? load.error : options.status === 'error' ? options.error : undefined;
    return <ErrorMessage title="The panel could not read your data.">{messageOf(error)}</ErrorMessage>;
  }
  if (load.value.kind === 'no-pairings') {
    return (
      <EmptyState title="No pairings yet">
        <p>Add a mentoring pairing, or load the demo data, to see your sessions, goals and commitments here.</p>
        <Button variant="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          Open options
        </Button>
      </EmptyState>
    );
  }
  const view = load.value.kind === 'ready' ? load.value.view : undefined;
  return (
    <div class="panel">
      <PanelHeader
        options={options.value}
        selected={selected}
        shownTitle={view?.pairing.title}
        isDemo={view?.pairing.isDemo ?? false}
        onSelect={choosePairing}
      />
      {view ? (
        <PanelBody view={view} now={now} />
      ) : (
        <EmptyState title="This pairing no longer exists">
          <Button onClick={() => choosePairing(undefined)}>Show my next session</Button>
        </EmptyState>
      )}
      {/* Last: the first screen belongs to the session; the monthly reminder waits below it. */}
      <BackupReminderBanner backUpHref={browser.runtime.getURL('/options.html#data')} />
    </div>
  );
}
