import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../lib/model';
import type { SaveStatus } from '../../lib/forms/debounced-saver';
import { createLiveNotes, type LiveNotes as LiveNotesField, type LiveNotesState } from '../../lib/panel/live-notes';
import { MAX_NOTES_LENGTH, saveSessionNotes, storedNotesText } from '../../lib/panel/session-notes';
import { messageOf } from '../../lib/text/error-message';
import { flushWhenLeaving } from '../shared/flush-when-leaving';
import { NotesConflict, NotesOverflowNotice } from './LiveNotesNotices';

const statusText: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Typing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

const count = (n: number) => n.toLocaleString('en');

/**
 * Notes for the session, saved half a second after typing pauses and at once on blur or when the
 * panel closes. Text over the limit and a change saved in another window are said, never lost.
 */
export function LiveNotes({ session }: { session: Session }) {
  const stored = storedNotesText(session);
  const [state, setState] = useState<LiveNotesState>({ text: stored, status: 'idle' });
  const field = useRef<LiveNotesField | undefined>(undefined);

  useEffect(() => {
    const current = createLiveNotes({
      initial: stored,
      save: async (text) => (await saveSessionNotes(session.id, text)).updatedAt,
      delayMs: 500,
      onChange: setState,
    });
    field.current = current;
    setState(current.state());
    return flushWhenLeaving(() => void current.flush());
  }, [session.id]);

  useEffect(() => field.current?.stored(stored, session.updatedAt), [stored, session.updatedAt]);

  const { text, status, error, overflow, conflict } = state;
  const describedBy = [error && 'notes-error', overflow && 'notes-overflow', conflict && 'notes-conflict'].filter(Boolean).join(' ');
  const saved = status === 'saved' && overflow ? `Saved ${count(MAX_NOTES_LENGTH)} of ${count(text.length)} characters` : statusText[status];
  return (
    <section class="card" aria-labelledby="notes-heading">
      <div class="row spread">
        <h2 id="notes-heading">
          <label for="live-notes">Notes — saved as you type</label>
        </h2>
        <span class={`save-status save-${status}`} role="status" aria-live="polite">
          {saved}
        </span>
      </div>
      {conflict && field.current && <NotesConflict mine={conflict.mine} field={field.current} />}
      <textarea
        id="live-notes"
        rows={8}
        dir="auto"
        value={text}
        aria-describedby={describedBy || undefined}
        aria-invalid={overflow ? 'true' : undefined}
        onInput={(event) => field.current?.input(event.currentTarget.value)}
        onBlur={() => void field.current?.flush()}
      />
      {overflow && field.current && <NotesOverflowNotice overflow={overflow} text={text} field={field.current} />}
      {error !== undefined && (
        <p id="notes-error" class="error-text" role="alert">
          Your notes are not saved yet: {messageOf(error)}
        </p>
      )}
    </section>
  );
}
