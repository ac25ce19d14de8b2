import { useState } from 'preact/hooks';
import type { Pairing } from '../../../lib/model';
import { createPairingFromRecap, pairingFromRecap } from '../../../lib/recap/create-from-recap';
import { importRecap, type RecapImportOutcome } from '../../../lib/recap/import-recap';
import { matchRecapPairing } from '../../../lib/recap/match-pairing';
import { parseRecapText } from '../../../lib/recap/parse-recap';
import type { RecapFile } from '../../../lib/recap/recap-format';
import { getSettings } from '../../../lib/settings/settings-store';
import { Button } from '../../shared/Button';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { formatDateTime, formatDayOf, plural } from '../../shared/format';
import { StatusLine } from '../ui';
import { isolate } from '../../../lib/text/bidi';

type Step =
  | { step: 'idle' }
  | { step: 'refused'; fileName: string; problems: string[] }
  | { step: 'choose'; recap: RecapFile; candidates: Pairing[] }
  | { step: 'create'; recap: RecapFile; title: string }
  | { step: 'done'; outcome: RecapImportOutcome; created: boolean }
  | { step: 'failed'; message: string };

/** Imports the recap file the other side shared into the matching pairing (found by the people's addresses). */
export function RecapImportPanel() {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  // Each result is a new element, so the same message twice is announced twice.
  const [attempt, setAttempt] = useState(0);

  async function run(work: () => Promise<Step>) {
    setBusy(true);
    setAttempt((n) => n + 1);
    setState({ step: 'idle' });
    try {
      setState(await work());
    } catch (error) {
      setState({ step: 'failed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const importInto = (recap: RecapFile, pairingId: string, created = false) =>
    run(async () => ({ step: 'done', outcome: await importRecap(recap, pairingId), created }));

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await run(async () => {
      const parsed = parseRecapText(await file.text());
      if (!parsed.ok) return { step: 'refused', fileName: file.name, problems: parsed.problems };
      const { selfEmail } = await getSettings();
      if (selfEmail && parsed.recap.from.email === selfEmail) {
        return { step: 'refused', fileName: file.name, problems: ['This recap is your own: it is for the other side of the pairing to import.'] };
      }
      const match = await matchRecapPairing(parsed.recap, selfEmail);
      if (match.kind === 'matched') return { step: 'done', outcome: await importRecap(parsed.recap, match.pairing.id), created: false };
      if (match.kind === 'ambiguous') {
        setChoice(match.candidates[0]!.id);
        return { step: 'choose', recap: parsed.recap, candidates: match.candidates };
      }
      return { step: 'create', recap: parsed.recap, title: pairingFromRecap(parsed.recap, selfEmail).pairing.title };
    });
  }

  return (
    <div class="source-block" role="group" aria-labelledby="recap-import-heading">
      <h3 id="recap-import-heading">Import a recap</h3>
      <div class="field file-field">
        <label for="recap-file">Choose a recap file the other side shared</label>
        <span id="recap-hint" class="hint">
          Their action items become yours (and yours theirs), and the focus you agreed joins the next session’s agenda. Importing the same recap again changes nothing.
        </span>
        <input id="recap-file" type="file" accept=".json,application/json" aria-describedby="recap-hint" disabled={busy} onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {state.step === 'refused' && (
        <ErrorMessage key={attempt} title={`Nothing was imported from “${state.fileName}”.`}>
          <ul class="bullets">
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorMessage>
      )}
      {state.step === 'failed' && (
        <ErrorMessage key={attempt} title="Nothing was imported.">
          {state.message}
        </ErrorMessage>
      )}
      {state.step === 'done' && <StatusLine messageKey={attempt}>{describeImport(state.outcome, state.created)}</StatusLine>}
      {state.step === 'choose' && (
        <div class="confirm" role="group" aria-label="Choose the pairing">
          <p>Several pairings include {state.recap.from.email}. Which one is this recap of {formatDayOf(state.recap.session.start)} for?</p>
          <div class="row">
            <select aria-label="Pairing" class="auto-width" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              {state.candidates.map((pairing) => (
                <option key={pairing.id} value={pairing.id}>
                  {isolate(pairing.title)}
                </option>
              ))}
            </select>
            <Button variant="primary" disabled={busy} onClick={() => void importInto(state.recap, choice)}>
              Import into this pairing
            </Button>
          </div>
        </div>
      )}
      {state.step === 'create' && (
        <div class="confirm" role="group" aria-label="Create the pairing">
          <p>
            None of your pairings includes {state.recap.from.email}. Create the pairing “{state.title}” from the recap (with its goals), then import the recap of{' '}
            {formatDateTime(state.recap.session.start)}?
          </p>
          <div class="row">
            <Button
              variant="primary"
              disabled={busy}
              onClick={() => void run(async () => ({ step: 'done', outcome: await importRecap(state.recap, (await createPairingFromRecap(state.recap, (await getSettings()).selfEmail)).id), created: true }))}
            >
              Create the pairing and import
            </Button>
            <Button variant="quiet" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

function describeImport(outcome: RecapImportOutcome, created: boolean): string {
  const where = `${created ? 'Created the pairing' : 'Imported into'} “${outcome.pairing.title}”`;
  if (outcome.unchanged) return `${where}: this recap was already imported; nothing changed.`;
  const focus =
    outcome.focus.state === 'added'
      ? ` The agreed focus is on the agenda of ${formatDayOf(outcome.focus.sessionStart)}.`
      : outcome.focus.state === 'waiting'
        ? ' The agreed focus joins the agenda of the next session once it is in your calendar.'
        : '';
  const already = outcome.alreadyThere > 0 ? ` (${outcome.alreadyThere} already here)` : '';
  return `${where}: ${plural(outcome.added, 'action item')} added${already}.${focus}`;
}
