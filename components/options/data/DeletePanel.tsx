import { useState } from 'preact/hooks';
import { browserResetEdges } from './browser-reset-edges';
import { deleteEverything, DELETE_CONFIRMATION_WORD } from '../../../lib/reset/delete-everything';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { Field } from '../../shared/Field';

/** Query of the options page after a reset: the fresh page says what happened. */
const RESET_QUERY = 'reset';

/** Deletes everything, after the user typed the word shown; the page then starts as at first install. */
export function DeletePanel() {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const matches = typed.trim() === DELETE_CONFIRMATION_WORD;

  async function confirm(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await deleteEverything(typed, browserResetEdges());
      const note = outcome.revoked ? 'revoked' : encodeURIComponent(outcome.revokeProblem ?? 'not revoked');
      location.replace(`${location.pathname}?${RESET_QUERY}=${note}`);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <form class="source-block" aria-labelledby="delete-heading" onSubmit={(event) => void confirm(event)} noValidate>
      <h3 id="delete-heading">Delete everything</h3>
      <p>
        Removes every pairing, goal, template, session, note, feedback and action item, the calendar copies, settings, alarms and the badge; signs out of Google
        and withdraws the extension’s access. The extension is then as on the day you installed it. Back up first if you may want any of it again.
      </p>
      <Field id="delete-word" label={`Type ${DELETE_CONFIRMATION_WORD} to confirm`} error={error}>
        <input type="text" autoComplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      </Field>
      <Button type="submit" variant="danger" disabled={!matches || busy}>
        {busy ? 'Deleting…' : 'Delete everything'}
      </Button>
    </form>
  );
}

/** What the page says right after a reset, from the query the reset left. */
export function ResetNotice() {
  const note = new URLSearchParams(location.search).get(RESET_QUERY);
  if (note === null) return null;
  return note === 'revoked' ? (
    <p class="notice status-line" role="status">
      Everything was deleted and Google’s access was withdrawn. This is Mentoring Companion as freshly installed.
    </p>
  ) : (
    <ErrorMessage title="Everything was deleted, and you are signed out here.">
      Google’s access could not be withdrawn ({note}); you can remove it at myaccount.google.com/permissions.
    </ErrorMessage>
  );
}
