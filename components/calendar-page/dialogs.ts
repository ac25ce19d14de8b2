import type { CalendarMark } from '../../lib/google-pages/calendar-marks';
import { isOurs, type Theme } from '../google-pages/dom';
import { createDialogActions, DECIDED, type DialogActionHandlers } from './dialog-actions';
import { DIALOG_SELECTOR } from './mutation-batches';

/** A dialog opening this soon after a click on an event is that event's dialog. */
const ACTIVATION_WINDOW_MS = 3_000;

interface DialogState {
  id?: string;
  /** When `id` was taken from a click (epoch ms). */
  chosenAt: number;
  /** What the block shows (event id and mark), to rebuild it only when that changes. */
  shown?: string;
  block?: HTMLElement;
}

export interface DialogScannerDeps extends DialogActionHandlers {
  /** The mark of an event id: undefined while unknown (it is then asked for), null for none. */
  markOf(id: string): CalendarMark | null | undefined;
  theme(): Theme;
}

/**
 * Finds the event's detail dialog (role="dialog") and adds our actions to it. Which event a dialog
 * shows: its own data-eventid, else the one event element inside it, else the event clicked just
 * before it opened. Dialogs listing several events ("+3 more", a day of the year view) get none.
 */
export function createDialogScanner(deps: DialogScannerDeps) {
  const dialogs = new WeakMap<Element, DialogState>();
  let lastActivation: { id: string; at: number } | undefined;

  function eventOf(dialog: Element, state: DialogState): string | undefined {
    const own = dialog.getAttribute('data-eventid');
    if (own) return own;
    const inside = new Set<string>();
    for (const element of dialog.querySelectorAll('[data-eventid]')) inside.add(element.getAttribute('data-eventid') ?? '');
    if (inside.size === 1) return [...inside][0];
    if (inside.size > 1) return undefined;
    const now = Date.now();
    if (lastActivation && lastActivation.at > state.chosenAt && now - lastActivation.at <= ACTIVATION_WINDOW_MS) {
      state.id = lastActivation.id;
      state.chosenAt = now;
    }
    return state.id;
  }

  return {
    /** A click or Enter on the page: on an event it names the dialog about to open; elsewhere it names none. */
    noteActivation(target: EventTarget | null): void {
      if (!(target instanceof Element) || isOurs(target)) return;
      const chip = target.closest('[data-eventid]');
      const id = chip && chip.getAttribute('role') !== 'dialog' ? chip.getAttribute('data-eventid') : null;
      lastActivation = id ? { id, at: Date.now() } : undefined;
    },

    /** Looks at these dialogs (or anything else that changed: what is no dialog is skipped). */
    scan(candidates: Iterable<Element>): void {
      for (const dialog of candidates) {
        if (!dialog.isConnected || !dialog.matches(DIALOG_SELECTOR) || isOurs(dialog)) continue;
        if (dialog.getAttribute('aria-hidden') === 'true' || (dialog as HTMLElement).hidden) continue;
        const state = dialogs.get(dialog) ?? { chosenAt: 0 };
        dialogs.set(dialog, state);
        const id = eventOf(dialog, state);
        const mark = id ? deps.markOf(id) : null;
        if (mark === undefined) continue;
        const shown = mark ? `${id} ${JSON.stringify(mark)}` : undefined;
        const block = state.block?.parentNode === dialog ? state.block : undefined;
        // Rebuilt only when what it shows changes (focus stays on its buttons); after a decision it stays to say so.
        if (block && (state.shown === shown || (!mark && block.hasAttribute(DECIDED)))) continue;
        block?.remove();
        state.block = undefined;
        state.shown = shown;
        if (!mark) continue;
        state.block = createDialogActions(mark, deps.theme(), deps);
        dialog.append(state.block);
      }
    },
  };
}
