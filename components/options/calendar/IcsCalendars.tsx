import { useState } from 'preact/hooks';
import { requestIcsOriginPermission } from '../../../lib/calendar/ics/ics-permission';
import { calendarKeyOf } from '../../../lib/calendar/calendar-key';
import { getDatabase } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/api';
import { explainInterrupted } from '../../../lib/messaging/interrupted';
import type { IcsImportSummary } from '../../../lib/messaging/protocol';
import { isolate } from '../../../lib/text/bidi';
import { Button } from '../../shared/Button';
import { Field } from '../../shared/Field';
import { plural } from '../../shared/format';
import { ActionOutcome, useAction } from '../ui';

const MAX_ICS_BYTES = 20_000_000;

function importedMessage(what: string, result: IcsImportSummary): string {
  const skipped = result.skipped > 0 ? ` ${plural(result.skipped, 'event was', 'events were')} skipped; the reasons are under Sync status.` : '';
  const shortened = result.shortened > 0 ? ` ${plural(result.shortened, 'event was', 'events were')} kept with details shortened; see Sync status.` : '';
  return [`Imported ${plural(result.events, 'event')} from ${what}.${skipped}${shortened}`, ...result.notices].join(' ');
}

/** When the calendar was last stored, to tell whether an interrupted import still finished. */
async function lastStored(calendarKey: string): Promise<string | undefined> {
  return (await getDatabase().syncStates.get(calendarKey))?.lastSyncAt;
}

/** iCalendar sources: a file read here and parsed by the background, or an address the background polls. */
export function IcsCalendars() {
  const [url, setUrl] = useState('');
  const fileAction = useAction();
  const urlAction = useAction();

  function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    void fileAction.run(async () => {
      try {
        const name = `“${isolate(file.name)}”`;
        if (file.size > MAX_ICS_BYTES) throw new Error(`${name} is larger than 20 MB; export a shorter period of the calendar.`);
        const stored = () => lastStored(calendarKeyOf('ics-file', file.name));
        const before = await stored();
        try {
          const result = await sendMessage('importIcsFile', { fileName: file.name, text: await file.text() });
          return importedMessage(name, result);
        } catch (error) {
          throw explainInterrupted(error, { task: `the import of ${name}`, retry: 'Import the file again.', changed: (await stored()) !== before });
        }
      } finally {
        input.value = '';
      }
    });
  }

  function addAddress(event: Event) {
    event.preventDefault();
    // The browser shows its permission prompt only while the click is being handled: ask first, before any await.
    const granted = requestIcsOriginPermission(url);
    void urlAction.run(async () => {
      const address = await granted;
      if (!address) throw new Error('The browser did not allow reading that site, so the calendar was not added. Try again and choose Allow.');
      const stored = () => lastStored(calendarKeyOf('ics-url', address));
      const before = await stored();
      const result = await sendMessage('addIcsUrl', { url: address }).catch(async (error: unknown) => {
        throw explainInterrupted(error, { task: 'adding the calendar', retry: 'Add the address again.', changed: (await stored()) !== before });
      });
      setUrl('');
      return `${importedMessage(new URL(address).host, result)} It is checked again at every sync interval.`;
    });
  }

  return (
    <div class="source-block" role="group" aria-labelledby="ics-heading">
      <h3 id="ics-heading">Calendar file or iCal address</h3>
      <p class="muted">Works for Outlook, Apple and Google calendars without signing in.</p>
      <div class="field">
        <label for="ics-file">Import an .ics calendar file</label>
        <span id="ics-file-hint" class="hint">
          A one-off copy: import the file again to update it.
        </span>
        <input id="ics-file" type="file" accept=".ics,text/calendar" aria-describedby="ics-file-hint" disabled={fileAction.busy} onChange={(e) => importFile(e.currentTarget)} />
      </div>
      {fileAction.busy && <p class="muted">Importing…</p>}
      <ActionOutcome status={fileAction.status} failedTitle="The file was not imported." />
      <form onSubmit={addAddress} noValidate>
        <Field
          id="ics-url"
          label="Calendar's secret iCal address"
          hint="Starts with https:// or webcal://. The browser will ask to let the extension read that one site."
        >
          <input type="url" value={url} placeholder="https://…/calendar.ics" onInput={(e) => setUrl(e.currentTarget.value)} />
        </Field>
        <Button type="submit" disabled={urlAction.busy || url.trim() === ''}>
          {urlAction.busy ? 'Adding…' : 'Add calendar address'}
        </Button>
      </form>
      <ActionOutcome status={urlAction.status} failedTitle="The address was not added." />
    </div>
  );
}
