import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/api';
import type { SyncState } from '../../../lib/model';
import { Button } from '../../shared/Button';
import { plural } from '../../shared/format';
import { ActionOutcome, useAction } from '../ui';
import { GoogleCalendarChooser } from './GoogleCalendarChooser';

/** Google Calendar: sign in (the background runs the OAuth flow), or sign out keeping or deleting the copies. */
export function GoogleAccount({ connected, calendars }: { connected: boolean; calendars: SyncState[] }) {
  const [signingOut, setSigningOut] = useState(false);
  const [keepData, setKeepData] = useState(true);
  const action = useAction();

  const signIn = () =>
    action.run(async () => {
      await sendMessage('signInGoogle', undefined);
      return 'Signed in with Google. The first sync has started; its progress shows under Sync status.';
    });
  const signOut = () =>
    action.run(async () => {
      const result = await sendMessage('signOutGoogle', { keepData });
      setSigningOut(false);
      const done = keepData
        ? 'Signed out. The synced events stay on this computer but are no longer updated; Sync status lists them, to delete them when you wish.'
        : 'Signed out and deleted the synced Google events.';
      // The tokens are gone from here either way; only Google's side of the grant may remain.
      return result.revoked
        ? `${done} Google has withdrawn the extension's access.`
        : `${done} Google could not be told to withdraw the extension's access (${result.revokeProblem ?? 'no answer'}); you can remove it in your Google Account under Security, Third-party apps.`;
    });

  return (
    <div class="source-block" aria-labelledby="google-heading" role="group">
      <h3 id="google-heading">Google Calendar</h3>
      {connected ? (
        <p>
          Signed in; {plural(calendars.length, 'Google calendar')} synced. The extension reads events only (read-only access) and keeps them on this computer.
        </p>
      ) : (
        <p class="muted">Sign in to read your Google Calendar events (read-only). Your data stays on this computer.</p>
      )}
      {!connected && (
        <Button variant="primary" onClick={() => void signIn()} disabled={action.busy}>
          Sign in with Google
        </Button>
      )}
      {connected && <GoogleCalendarChooser />}
      {connected && !signingOut && <Button onClick={() => setSigningOut(true)}>Sign out…</Button>}
      {connected && signingOut && (
        <fieldset class="confirm">
          <legend>Sign out of Google</legend>
          <label class="radio">
            <input type="radio" name="google-sign-out" checked={keepData} onChange={() => setKeepData(true)} />
            Keep the synced events on this computer (no longer updated)
          </label>
          <label class="radio">
            <input type="radio" name="google-sign-out" checked={!keepData} onChange={() => setKeepData(false)} />
            Delete the synced Google events
          </label>
          <p class="hint">Either way your pairings, goals, notes and feedback are kept.</p>
          <div class="row">
            <Button variant={keepData ? 'primary' : 'danger'} onClick={() => void signOut()} disabled={action.busy}>
              Sign out
            </Button>
            <Button onClick={() => setSigningOut(false)}>Cancel</Button>
          </div>
        </fieldset>
      )}
      <ActionOutcome status={action.status} failedTitle={connected ? 'Signing out failed.' : 'Signing in failed.'} />
    </div>
  );
}
