import { createDebouncedSaver, type SaveStatus } from '../forms/debounced-saver';
import { MAX_NOTES_LENGTH, splitNotes } from './session-notes';

/** Text past the notes' limit: kept aside in storage, and how much of it could not even be kept. */
export interface NotesOverflow {
  /** Characters over the limit (kept aside, plus any not stored). */
  over: number;
  notStored: number;
}

export interface LiveNotesState {
  /** What the field shows. */
  text: string;
  status: SaveStatus;
  error?: unknown;
  overflow?: NotesOverflow;
  /**
   * Another window saved different notes over what was typed here: the field shows theirs (last
   * write wins), and `mine` is what this window had, to restore or copy.
   */
  conflict?: { mine: string };
}

export interface LiveNotes {
  state(): LiveNotesState;
  /** The user typed or pasted: `text` is the whole field. */
  input(text: string): void;
  /**
   * The stored notes changed (a live query saw them): from this window's saves or another's.
   * `version` orders writes (the row's updatedAt): a reading older than this window's last save is stale.
   */
  stored(text: string, version?: string): void;
  flush(): Promise<void>;
  /** Puts this window's text back (and saves it: it is now the last write). */
  restoreMine(): void;
  dismissConflict(): void;
  /** Lets the text over the limit go: the field keeps just the notes. */
  discardOverflow(): void;
}

function isOlder(version: string | undefined, than: string | undefined): boolean {
  return version !== undefined && than !== undefined && version < than;
}

function overflowOf(text: string): NotesOverflow | undefined {
  if (text.length <= MAX_NOTES_LENGTH) return undefined;
  const split = splitNotes(text);
  return { over: text.length - split.notes.length, notStored: split.notStored };
}

/**
 * The live-notes field of one session, without the UI: debounced saves in order, text over the
 * limit kept aside, and a change saved by another window noticed rather than silently taken. The
 * field always ends up showing what is stored (last write wins); what this window loses that way
 * stays recoverable in `conflict`.
 */
export function createLiveNotes(options: {
  initial: string;
  /** Saves the text; resolves to the version the store holds it under. */
  save: (text: string) => Promise<string | undefined>;
  delayMs: number;
  onChange: (state: LiveNotesState) => void;
}): LiveNotes {
  let state: LiveNotesState = { text: options.initial, status: 'idle', overflow: overflowOf(options.initial) };
  /** The latest stored text the live query reported, not yet taken into account, and its version. */
  let latest: string | undefined;
  let latestVersion: string | undefined;
  /** What this window saved last, and recently (a late echo of an older save is not another window). */
  let lastSaved: string | undefined;
  let lastSavedVersion: string | undefined;
  let savedRecently = new Set<string>();
  /** The user typed here since the field last took the stored text. */
  let typedHere = false;

  const set = (change: Partial<LiveNotesState>) => {
    state = { ...state, ...change };
    options.onChange(state);
  };
  const show = (text: string) => set({ text, overflow: overflowOf(text) });

  /** Brings the field in line with the store once nothing typed here is on its way there. */
  const settle = () => {
    const stored = latest;
    if (stored === undefined || saver.hasUnsaved()) return;
    // Reported while this window's save was on its way, and older than it: that save replaced it.
    if (isOlder(latestVersion, lastSavedVersion)) return;
    if (stored === state.text) return;
    if (stored === lastSaved) {
      // The store holds this window's text after all (its save landed last): nothing was lost, and
      // the text shown is this window's own again.
      if (state.conflict?.mine === stored) set({ conflict: undefined });
      typedHere = true;
      show(stored);
      return;
    }
    if (savedRecently.has(stored)) return;
    const lost = typedHere && !stored.includes(state.text);
    typedHere = false;
    savedRecently = new Set();
    if (lost) set({ conflict: { mine: state.text } });
    show(stored);
  };

  const saver = createDebouncedSaver(
    async (text: string) => {
      lastSavedVersion = await options.save(text);
      lastSaved = text;
      if (savedRecently.size > 50) savedRecently.clear();
      savedRecently.add(text);
    },
    {
      delayMs: options.delayMs,
      onStatus: (status, error) => {
        set({ status, error: status === 'error' ? error : undefined });
        if (status === 'saved') settle();
      },
    },
  );

  const input = (text: string) => {
    typedHere = true;
    show(text);
    saver.schedule(text);
  };

  return {
    state: () => state,
    input,
    stored(text, version) {
      // A query that began before this window's last save may answer after it: its text is not news.
      if (isOlder(version, lastSavedVersion)) return;
      latest = text;
      latestVersion = version;
      settle();
    },
    flush: () => saver.flush(),
    restoreMine() {
      const mine = state.conflict?.mine;
      if (mine === undefined) return;
      set({ conflict: undefined });
      input(mine);
      void saver.flush();
    },
    dismissConflict() {
      set({ conflict: undefined });
    },
    discardOverflow() {
      if (!state.overflow) return;
      input(splitNotes(state.text).notes);
      void saver.flush();
    },
  };
}
