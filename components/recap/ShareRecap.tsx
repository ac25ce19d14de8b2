import { useState } from 'preact/hooks';
import { Button } from '../shared/Button';
import { messageOf } from '../../lib/text/error-message';
import { ErrorText } from '../shared/Field';
import type { LoadedRecap } from './RecapShareBody';

type Body = typeof import('./RecapShareBody');

/**
 * "Share recap": what the two people agreed in a session (never notes or the private reflection),
 * to copy as text or Markdown, send as an e-mail draft, or save as a file the other side imports.
 * The recap's code (a chunk of the package) loads on the first click, not with the page.
 */
export function ShareRecap({ sessionId }: { sessionId: string }) {
  const [shown, setShown] = useState<{ body: Body; loaded: LoadedRecap }>();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const id = `recap-${sessionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  async function toggle() {
    setError(undefined);
    setStatus(undefined);
    if (open) return setOpen(false);
    try {
      const body = await import('./RecapShareBody');
      setShown({ body, loaded: await body.loadRecap(sessionId) });
      setOpen(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <div class="share-recap">
      <Button onClick={() => void toggle()} aria-expanded={open} aria-controls={open ? id : undefined}>
        {open ? 'Hide recap' : 'Share recap'}
      </Button>
      {open && shown && (
        <shown.body.RecapShareBody id={id} loaded={shown.loaded} onChange={(loaded) => setShown({ ...shown, loaded })} onStatus={setStatus} onError={setError} />
      )}
      <div role="status">{status && <p class="status-text">{status}</p>}</div>
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}
