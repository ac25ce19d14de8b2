import type { MeetCallAnswer } from '../../lib/google-pages/meet-calls';
import { CONTROL_CSS, h, shadowHost, type Theme } from '../google-pages/dom';
import { messageOf } from '../../lib/text/error-message';

export interface MeetBarHandlers {
  /** Starts synchronously (inside the click): the side panel opens only in a user action. */
  openPanel(): Promise<void>;
  link(pairingId: string): Promise<MeetCallAnswer>;
}

const BAR_CSS = `${CONTROL_CSS}
:host{position:fixed;left:16px;bottom:96px;z-index:2147483000;max-width:min(340px,calc(100vw - 32px))}
section{background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:12px;padding:8px 10px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
p{margin:0 0 6px}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
form{margin-top:8px;display:grid;gap:6px}
label{display:grid;gap:2px}
.hide{border:none;padding:4px 8px;color:var(--muted);margin-inline-start:auto}
`;

/**
 * The small bar in the call: "Mentoring notes" opens the side panel on the call's session; a call
 * that matches no session offers "Link this call to a pairing".
 */
export function createMeetBar(theme: Theme, handlers: MeetBarHandlers) {
  const { host, root } = shadowHost('div', 'meet-bar', BAR_CSS, theme);
  const sessionLine = h('p', { class: 'session' });
  const status = h('p', { role: 'status', class: 'muted' });
  const notes = h('button', { type: 'button', class: 'primary' }, 'Mentoring notes');
  const offerLink = h('button', { type: 'button' }, 'Link this call to a pairing');
  const hide = h('button', { type: 'button', class: 'hide', 'aria-label': 'Hide Mentoring Companion in this call' }, '✕');
  const select = h('select', { name: 'pairing' });
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h('form', {}, h('label', {}, 'Pairing', select), h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, 'Link'), cancel));
  form.hidden = true;
  root.append(h('section', { 'aria-label': 'Mentoring Companion' }, sessionLine, h('div', { class: 'row' }, notes, offerLink, hide), form, status));
  const say = (text: string) => (status.textContent = text);

  function show(answer: MeetCallAnswer): void {
    sessionLine.replaceChildren(...(answer.session ? ['Mentoring: ', h('bdi', {}, answer.session.title)] : []));
    sessionLine.hidden = !answer.session;
    offerLink.hidden = Boolean(answer.session) || answer.pairings.length === 0;
    if (!offerLink.hidden) select.replaceChildren(...answer.pairings.map((pairing) => h('option', { value: pairing.id }, pairing.label)));
    form.hidden = true;
  }

  notes.addEventListener('click', () => {
    say('');
    handlers.openPanel().catch((error: unknown) => say(`The side panel did not open: ${messageOf(error)}`));
  });
  offerLink.addEventListener('click', () => {
    form.hidden = false;
    offerLink.hidden = true;
    select.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    offerLink.hidden = false;
    offerLink.focus();
  });
  hide.addEventListener('click', () => host.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    say('Linking…');
    handlers.link(select.value).then(
      (answer) => {
        show(answer);
        say(answer.session ? 'Linked: notes and feedback now go to this session.' : '');
        notes.focus();
      },
      (error: unknown) => say(`Not linked: ${messageOf(error)}`),
    );
  });

  return { host, show, say };
}
