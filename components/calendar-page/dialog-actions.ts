import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { CONTROL_CSS, h, shadowHost, type Theme } from '../google-pages/dom';
import { messageOf } from '../../lib/text/error-message';
import { DETAILS_CSS, markDetails } from './mark-details';

const DIALOG_ACTIONS_KIND = 'dialog-actions';
/** Set on the block once the user said "not a mentoring session": it stays to confirm it. */
export const DECIDED = 'data-decided';

export interface DialogActionHandlers {
  /** Must start its work synchronously: opening the side panel needs the click itself. */
  openNotes(mark: CalendarMark): Promise<void>;
  notMentoring(mark: CalendarMark): Promise<void>;
}

const ACTIONS_CSS = `${CONTROL_CSS}
:host{display:block;margin:8px 16px 12px}
.box{color:var(--fg);border-top:1px solid var(--line);padding-top:8px}
.buttons{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}
[role=status]{margin:6px 0 0}
${DETAILS_CSS}`;

/**
 * What the event's detail dialog gains: the mark in words, "Mentoring notes" (a session: opens the
 * side panel on it) and "Not a mentoring session" (the detector leaves the series alone from then on).
 */
export function createDialogActions(mark: CalendarMark, theme: Theme, handlers: DialogActionHandlers): HTMLElement {
  const { host, root } = shadowHost('div', DIALOG_ACTIONS_KIND, ACTIONS_CSS, theme);
  const status = h('p', { role: 'status', class: 'muted' });
  const say = (text: string) => (status.textContent = text);
  const buttons = h('div', { class: 'buttons' });
  if (mark.kind === 'session' && mark.sessionId) {
    const notes = h('button', { type: 'button', class: 'primary' }, 'Mentoring notes');
    notes.addEventListener('click', () => {
      say('');
      handlers.openNotes(mark).catch((error: unknown) => say(`The side panel did not open: ${messageOf(error)}`));
    });
    buttons.append(notes);
  }
  const reject = h('button', { type: 'button' }, 'Not a mentoring session');
  reject.addEventListener('click', () => {
    reject.disabled = true;
    say('Saving…');
    handlers.notMentoring(mark).then(
      () => {
        host.setAttribute(DECIDED, '');
        say('Noted: this is not a mentoring session. The extension leaves this event (and its series) alone from now on.');
      },
      (error: unknown) => {
        reject.disabled = false;
        say(`Not saved: ${messageOf(error)}`);
      },
    );
  });
  buttons.append(reject);
  const hint =
    mark.kind === 'suggestion'
      ? h('p', { class: 'muted' }, 'To make it a pairing’s session, confirm it under Detection in the extension’s options.')
      : null;
  root.append(h('section', { class: 'box', 'aria-label': 'Mentoring Companion' }, markDetails(mark), hint, buttons, status));
  return host;
}
