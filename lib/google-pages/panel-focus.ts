import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../storage/storage-keys';

/** What the side panel was asked to show: a session, from the Calendar page's button or the Meet call in front. */
export interface PanelFocus {
  pairingId: string;
  sessionId?: string;
  source: 'calendar' | 'meet';
  /** For a Meet focus: the call's code, so leaving that call withdraws it. */
  meetCode?: string;
  /** Epoch ms of the request. */
  at: number;
}

const KEY = STORAGE_KEYS.panelFocus;
/** A Calendar request is for the panel opening right now; an old one must not steer a panel opened later. */
const CALENDAR_FOCUS_FRESH_MS = 30_000;

/** Session storage: a focus belongs to this browser session only, and the panel hears changes at once. */
export async function setPanelFocus(focus: PanelFocus): Promise<void> {
  await browser.storage.session.set({ [KEY]: focus });
}

export async function getPanelFocus(): Promise<PanelFocus | undefined> {
  return asFocus((await browser.storage.session.get(KEY))[KEY]);
}

/** Leaving a call withdraws its focus (and only its own: another request may have come since). */
export async function withdrawMeetFocus(meetCode: string): Promise<void> {
  const focus = await getPanelFocus();
  if (focus?.source === 'meet' && focus.meetCode === meetCode) await browser.storage.session.remove(KEY);
}

/** Calls `listener` with every new focus; returns the function that stops listening. */
export function watchPanelFocus(listener: (focus: PanelFocus) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const focus = area === 'session' ? asFocus(changes[KEY]?.newValue) : undefined;
    if (focus) listener(focus);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Whether a panel that opens now follows this focus: a call still on, or a click moments ago. */
export function focusAppliesOnOpen(focus: PanelFocus, now: number): boolean {
  return focus.source === 'meet' || now - focus.at <= CALENDAR_FOCUS_FRESH_MS;
}

function asFocus(value: unknown): PanelFocus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const focus = value as Partial<PanelFocus>;
  return typeof focus.pairingId === 'string' && typeof focus.at === 'number' && (focus.source === 'calendar' || focus.source === 'meet')
    ? (focus as PanelFocus)
    : undefined;
}
