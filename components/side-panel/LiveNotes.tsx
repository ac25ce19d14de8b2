import { useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '../../lib/model';
import { createDebouncedSaver, type DebouncedSaver, type SaveStatus } from '../../lib/panel/debounced-saver';
import { MAX_NOTES_LENGTH, saveSessionNotes } from '../../lib/panel/session-notes';
import { messageOf } from '../shared/ErrorMessage';
import { flushWhenLeaving } from '../shared/flush-when-leaving';

const statusText: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Typing…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

/** Notes for the session, saved half a second after typing pauses and at once on blur or when the panel closes. */
export function LiveNotes({ session }: { session: Session }) {
  const [text, setText] = useState(session.notes);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<string>();
  const saver = useRef<DebouncedSaver<string> | undefined>(undefined);

  useEffect(() => {
    const current = createDebouncedSaver((notes: string) => saveSessionNotes(session.id, notes), {
      delayMs: 500,
      onStatus: (next, failure) => {
        setStatus(next);
        setError(next === 'error' ? messageOf(failure) : undefined);
      },
    });
    saver.current = current;
    return flushWhenLeaving(() => void current.flush());
  }, [session.id]);

  // Notes changed elsewhere (another window, a restore) replace the text only when nothing typed here is unsaved.
  useEffect(() => {
    if (!saver.current?.hasUnsaved() && status !== 'saving') setText(session.notes);
  }, [session.notes]);

  return (
    <section class="card" aria-labelledby="notes-heading">
      <div class="row spread">
        <h2 id="notes-heading">
          <label for="live-notes">Notes — saved as you type</label>
        </h2>
        <span class={`save-status save-${status}`} role="status" aria-live="polite">
          {statusText[status]}
        </span>
      </div>
      <textarea
        id="live-notes"
        rows={8}
        maxLength={MAX_NOTES_LENGTH}
        value={text}
        aria-describedby={error ? 'notes-error' : undefined}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          saver.current?.schedule(value);
        }}
        onBlur={() => void saver.current?.flush()}
      />
      {error && (
        <p id="notes-error" class="error-text" role="alert">
          Your notes are not saved yet: {error}
        </p>
      )}
    </section>
  );
}
