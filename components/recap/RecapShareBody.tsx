import { buildRecap, recapFileJson, recapFileName, toRecapFile } from '../../lib/recap/build-recap';
import type { RecapContent } from '../../lib/recap/recap-format';
import { recapMailto, recapMarkdown, recapText } from '../../lib/recap/recap-text';
import { getSettings } from '../../lib/settings/settings-store';
import { Button } from '../shared/Button';
import { messageOf } from '../../lib/text/error-message';
import { downloadText } from '../shared/download';
import { RecapFileForm } from './RecapFileForm';

export interface LoadedRecap {
  recap: RecapContent;
  selfEmail?: string;
}

export async function loadRecap(sessionId: string): Promise<LoadedRecap> {
  const [recap, settings] = await Promise.all([buildRecap(sessionId), getSettings()]);
  return { recap, selfEmail: settings.selfEmail };
}

interface Props {
  id: string;
  loaded: LoadedRecap;
  onChange: (loaded: LoadedRecap) => void;
  onStatus: (status: string) => void;
  onError: (error: string) => void;
}

/**
 * The recap itself, with its ways out (copy, e-mail draft, file): its code loads when it is asked for.
 * @public (used through ShareRecap.tsx's dynamic import, which knip does not follow)
 */
export function RecapShareBody({ id, loaded, onChange, onStatus, onError }: Props) {
  async function copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      onStatus(`Copied the recap as ${what}.`);
    } catch (failure) {
      onError(`Could not copy (${messageOf(failure)}): select the text above and copy it.`);
    }
  }

  function download(fromEmail: string) {
    const name = recapFileName(loaded.recap);
    downloadText(name, recapFileJson(toRecapFile(loaded.recap, fromEmail)));
    onStatus(`Saved ${name}: send it to the other side, who imports it under Options → Data → Import a recap.`);
  }

  return (
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
      <RecapFileForm selfEmail={loaded.selfEmail} onSaved={(email) => onChange({ ...loaded, selfEmail: email })} onDownload={download} />
    </div>
  );
}
