import type { MeetCallAnswer, MeetCallState } from '../../lib/google-pages/meet-calls';
import { meetingCodeOfPage } from '../../lib/google-pages/meeting-code';
import { pageTheme } from '../google-pages/dom';
import { isInCall } from './call-controls';
import { createMeetBar } from './meet-bar';
import { MINUTE_MS } from '../../lib/time/units';

export interface MeetPageDeps {
  report(code: string, state: MeetCallState, openedAt: number): Promise<MeetCallAnswer>;
  /** Starts synchronously (inside the click): the side panel opens only in a user action. */
  openPanel(code: string): Promise<void>;
  link(code: string, pairingId: string): Promise<MeetCallAnswer>;
  /** Something failed that the page must not see: stop quietly. */
  fail(error: unknown): void;
}

/** The address and the call controls are looked at this often (Meet changes both without reloading). */
const POLL_MS = 1_000;
/** An ongoing call is reported this often, well within the background's silence margin (10 minutes). */
const HEARTBEAT_MS = 4 * MINUTE_MS;
/** The leave control gone this many looks in a row: the user left (one look can fall mid-redraw). */
const LEFT_AFTER_LOOKS = 2;

interface Call {
  code: string;
  openedAt: number;
  inCall: boolean;
  left: boolean;
  missing: number;
  lastReport: number;
  bar: ReturnType<typeof createMeetBar>;
}

/**
 * Follows the Meet call in this tab: tells the background the meeting code (the side panel follows
 * the call), when the user is in the call and when they leave it (on the "you left" screen, going
 * elsewhere, or closing the tab), and shows the small bar. Returns the function that removes it.
 */
export function startMeetPage(deps: MeetPageDeps): () => void {
  let call: Call | undefined;
  let stopped = false;
  const listeners = new AbortController();

  const send = (state: MeetCallState) => {
    if (!call) return;
    const current = call;
    current.lastReport = Date.now();
    if (state === 'left') current.left = true;
    deps.report(current.code, state, current.openedAt).then((answer) => {
      if (!stopped && call === current && state !== 'left') current.bar.show(answer);
    }, fail);
  };

  const fail = (error: unknown) => {
    if (stopped) return;
    stop();
    deps.fail(error);
  };

  const look = () => {
    if (stopped) return;
    try {
      const code = meetingCodeOfPage(location.href);
      if (call && call.code !== code) leave();
      if (!code) return;
      if (!call) return open(code);
      const inCall = isInCall();
      if (inCall) call.missing = 0;
      if (inCall && (!call.inCall || call.left)) {
        // In the call, or back in it ("Rejoin"): the call goes on.
        call.inCall = true;
        call.left = false;
        send('in-call');
      } else if (call.left) {
        return;
      } else if (!inCall && call.inCall && ++call.missing >= LEFT_AFTER_LOOKS) {
        call.inCall = false;
        send('left');
      } else if (Date.now() - call.lastReport >= HEARTBEAT_MS) {
        send(call.inCall ? 'in-call' : 'present');
      }
    } catch (error) {
      fail(error);
    }
  };

  function open(code: string): void {
    const bar = createMeetBar(pageTheme(), {
      openPanel: () => deps.openPanel(code),
      link: (pairingId) => deps.link(code, pairingId),
    });
    call = { code, openedAt: Date.now(), inCall: false, left: false, missing: 0, lastReport: 0, bar };
    (document.body ?? document.documentElement).append(bar.host);
    send('present');
  }

  function leave(): void {
    if (!call) return;
    if (!call.left) send('left');
    call.bar.host.remove();
    call = undefined;
  }

  const timer = setInterval(look, POLL_MS);
  addEventListener('pagehide', () => call && !call.left && send('left'), { signal: listeners.signal });
  document.addEventListener(
    'visibilitychange',
    () => {
      // The tab in front: the side panel follows its call again.
      if (!document.hidden && call && !call.left) send(call.inCall ? 'in-call' : 'present');
    },
    { signal: listeners.signal },
  );
  look();

  function stop(): void {
    stopped = true;
    clearInterval(timer);
    listeners.abort();
    call?.bar.host.remove();
    call = undefined;
  }
  return stop;
}
