import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/api';
import { isolate } from '../../../lib/text/bidi';
import type { GoogleCalendarChoice } from '../../../lib/messaging/protocol';
import { Button } from '../../shared/Button';
import { ActionOutcome, domId, useAction } from '../ui';

/**
 * The account's other calendars, to add to the sync. Listing them needs one more Google permission
 * (the calendar list), asked only here. Calendars already synced are removed under Sync status.
 */
export function GoogleCalendarChooser() {
  const [calendars, setCalendars] = useState<GoogleCalendarChoice[]>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const listing = useAction();
  const adding = useAction();

  const open = () =>
    listing.run(async () => {
      adding.reset();
      const result = await sendMessage('listGoogleCalendars', undefined);
      setCalendars(result.calendars);
      setChosen(new Set());
      return undefined;
    });

  const toggle = (calendarId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(calendarId);
    else next.delete(calendarId);
    setChosen(next);
  };

  const add = () =>
    adding.run(async () => {
      const picked = (calendars ?? []).filter((calendar) => chosen.has(calendar.calendarId));
      if (picked.length === 0) throw new Error('Tick at least one calendar to add.');
      for (const calendar of picked) await sendMessage('addGoogleCalendar', { calendarId: calendar.calendarId, label: calendar.label });
      setCalendars((current) => current?.map((calendar) => (chosen.has(calendar.calendarId) ? { ...calendar, selected: true } : calendar)));
      setChosen(new Set());
      const names = picked.map((calendar) => `“${isolate(calendar.label)}”`).join(', ');
      return `Added ${names}. ${picked.length === 1 ? 'Its' : 'Their'} first sync has started; it shows under Sync status.`;
    });

  return (
    <div class="calendar-chooser">
      {!calendars && (
        <Button onClick={() => void open()} disabled={listing.busy} aria-describedby="google-choose-hint">
          {listing.busy ? 'Asking Google…' : 'Choose calendars'}
        </Button>
      )}
      {!calendars && (
        <p id="google-choose-hint" class="hint">
          Your primary calendar is always synced. To add others, Google asks you once to let the extension see your list of calendars.
        </p>
      )}
      <ActionOutcome status={listing.status} failedTitle="Your calendars could not be listed." />
      {calendars && (
        <fieldset>
          <legend>Calendars in your account</legend>
          {calendars.length === 0 && <p class="muted">Google listed no calendars for this account.</p>}
          {calendars.map((calendar) => {
            const id = domId('google-calendar', calendar.calendarId);
            const fixed = calendar.primary || calendar.selected;
            return (
              <div key={calendar.calendarId}>
                <label class="radio" for={id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={fixed || chosen.has(calendar.calendarId)}
                    disabled={fixed || adding.busy}
                    aria-describedby={fixed ? `${id}-note` : undefined}
                    onChange={(event) => toggle(calendar.calendarId, event.currentTarget.checked)}
                  />
                  {/* Calendar names come from Google: text only. */}
                  <span class="calendar-choice-label" dir="auto">{calendar.label}</span>
                </label>
                {fixed && (
                  <span id={`${id}-note`} class="hint">
                    {calendar.primary ? 'Primary calendar: always synced.' : 'Synced: remove it under Sync status.'}
                  </span>
                )}
              </div>
            );
          })}
          <div class="row">
            <Button variant="primary" onClick={() => void add()} disabled={adding.busy}>
              {adding.busy ? 'Adding…' : 'Add chosen calendars'}
            </Button>
            <Button onClick={() => setCalendars(undefined)} disabled={adding.busy}>
              Close
            </Button>
          </div>
        </fieldset>
      )}
      <ActionOutcome status={adding.status} failedTitle="The calendars were not added." />
    </div>
  );
}
