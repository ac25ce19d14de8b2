import { useState } from 'preact/hooks';
import type { LiveNotes, NotesOverflow } from '../../lib/panel/live-notes';
import { MAX_NOTES_LENGTH, splitNotes } from '../../lib/panel/session-notes';
import { Button } from '../shared/Button';
import { messageOf } from '../../lib/text/error-message';

const count = (n: number) => n.toLocaleString('en');

/** Copies to the clipboard and says whether it worked (a denied clipboard is said, not swallowed). */
function useCopy() {
  const [result, setResult] = useState<string>();
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setResult(`Copied ${what}.`);
    } catch (error) {
      setResult(`Could not copy ${what}: ${messageOf(error)}`);
    }
  };
  return { result, copy };
}

/** Notes past the limit: how much, that it is kept aside and not lost, and what the user can do. */
export function NotesOverflowNotice({ overflow, text, field }: { overflow: NotesOverflow; text: string; field: LiveNotes }) {
  const { result, copy } = useCopy();
  const over = text.slice(splitNotes(text).notes.length);
  return (
    <div id="notes-overflow" class="warn-text" role="alert">
      <p>
        Too long for notes: they hold {count(MAX_NOTES_LENGTH)} characters and this is {count(text.length)}. The last {count(overflow.over)}{' '}
        are not part of your notes: they are kept aside until you shorten the notes, copy them or let them go.
        {overflow.notStored > 0 && ` ${count(overflow.notStored)} characters at the very end cannot be kept: copy them before closing the panel.`}
      </p>
      <div class="row">
        <Button variant="quiet" onClick={() => void copy(over, 'the text over the limit')}>
          Copy the text over the limit
        </Button>
        <Button variant="quiet" class="btn-danger" onClick={() => field.discardOverflow()}>
          Let the text over the limit go
        </Button>
      </div>
      {result && <p role="status">{result}</p>}
    </div>
  );
}

/** Another window saved other notes over this window's: theirs is shown, this window's is one click away. */
export function NotesConflict({ mine, field }: { mine: string; field: LiveNotes }) {
  const { result, copy } = useCopy();
  return (
    <div id="notes-conflict" class="warn-text" role="alert">
      <p>
        Changed in another window: the notes saved there replaced what you wrote here ({count(mine.length)} characters). Yours are kept
        until you restore, copy or dismiss them.
      </p>
      <div class="row">
        <Button variant="quiet" onClick={() => field.restoreMine()}>
          Restore my text
        </Button>
        <Button variant="quiet" onClick={() => void copy(mine, 'your text')}>
          Copy my text
        </Button>
        <Button variant="quiet" onClick={() => field.dismissConflict()}>
          Dismiss
        </Button>
      </div>
      {result && <p role="status">{result}</p>}
    </div>
  );
}
