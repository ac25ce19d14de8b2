import { useState } from 'preact/hooks';
import { buildRecap, recapFileJson, recapFileName, toRecapFile } from '../../lib/recap/build-recap';
import type { RecapContent } from '../../lib/recap/recap-format';
import { recapMailto, recapMarkdown, recapText } from '../../lib/recap/recap-text';
import { getSettings } from '../../lib/settings/settings-store';
import { Button } from '../shared/Button';
import { messageOf } from '../../lib/text/error-message';
import { ErrorText } from '../shared/Field';
import { downloadText } from '../shared/download';
import { RecapFileForm } from './RecapFileForm';

type Loaded = { recap: RecapContent; selfEmail?: string };

/**
 * "Share recap": what the two people agreed in a session (never notes or the private reflection),
 * to copy as text or Markdown, send as an e-mail draft, or save as a file the other side imports.
 */
export function ShareRecap({ sessionId }: { sessionId: string }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const id = `recap-${sessionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  async function toggle() {
    setError(undefined);
    setStatus(undefined);
    if (open) return setOpen(false);
    try {
      const [recap, settings] = await Promise.all([buildRecap(sessionId), getSettings()]);
      setLoaded({ recap, selfEmail: settings.selfEmail });
      setOpen(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  async function copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the recap as ${what}.`);
    } catch (failure) {
      setError(`Could not copy (${messageOf(failure)}): select the text above and copy it.`);
    }
  }

  function download(fromEmail: string) {
    if (!loaded) return;
    const name = recapFileName(loaded.recap);
    downloadText(name, recapFileJson(toRecapFile(loaded.recap, fromEmail)));
    setStatus(`Saved ${name}: send it to the other side, who imports it under Options → Data → Import a recap.`);
  }

  return (
    <div class="share-recap">
      <Button onClick={() => void toggle()} aria-expanded={open} aria-controls={open ? id : undefined}>
        {open ? 'Hide recap' : 'Share recap'}
      </Button>
      {open && loaded && (
        <div id={id} class="share-recap-body" role="group" aria-label="Recap to share">
          <label for={`${id}-text`}>Recap</label>
          <textarea id={`${id}-text`} readOnly rows={8} value={recapText(loaded.recap)} dir="auto" />
          <div class="row">
            <Button onClick={() => void copy('text', recapText(loaded.recap))}>Copy as text</Button>
            <Button onClick={() => void copy('Markdown', recapMarkdown(loaded.recap))}>Copy as Markdown</Button>
            <a class="btn btn-secondary" href={recapMailto(loaded.recap)}>
              E-mail draft
            </a>
          </div>
          <RecapFileForm selfEmail={loaded.selfEmail} onSaved={(email) => setLoaded({ ...loaded, selfEmail: email })} onDownload={download} />
        </div>
      )}
      <div role="status">{status && <p class="status-text">{status}</p>}</div>
      {error && <ErrorText>{error}</ErrorText>}
    </div>
  );
}
