import { useState } from 'preact/hooks';
import type { Session } from '../../lib/model';
import { addAgendaPoint, removeAgendaPoint, setAgendaEntryDone, type AgendaEntry } from '../../lib/panel/agenda';
import { localDateKey } from '../../lib/panel/time';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../shared/ErrorMessage';
import { formatDayOf } from '../shared/format';

interface Props {
  session: Session;
  entries: AgendaEntry[];
  now: number;
}

export function AgendaSection({ session, entries, now }: Props) {
  const [point, setPoint] = useState('');
  const [error, setError] = useState<string>();
  const isToday = localDateKey(Date.parse(session.start)) === localDateKey(now);
  const heading = isToday ? "Today's agenda" : `Agenda for ${formatDayOf(session.start)}`;

  const run = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().catch((failure: unknown) => setError(messageOf(failure)));
  };
  const add = (event: Event) => {
    event.preventDefault();
    run(async () => {
      await addAgendaPoint(session.id, point);
      setPoint('');
    });
  };

  return (
    <section class="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{heading}</h2>
      {entries.length === 0 && <p class="muted">Nothing carried over. Add your own points below.</p>}
      <ul class="checklist" aria-label="Agenda points">
        {entries.map((entry) => (
          <li key={entry.key} class={entry.done ? 'is-done' : ''}>
            <label>
              <input
                type="checkbox"
                checked={entry.done}
                onChange={(event) => {
                  const done = event.currentTarget.checked;
                  run(() => setAgendaEntryDone(session.id, entry, done));
                }}
              />{' '}
              <span class="pre-wrap" dir="auto">
                {entry.text}
              </span>
            </label>
            {entry.origin === 'carried-over' ? (
              <span class="badge">from last time</span>
            ) : (
              <Button
                variant="quiet"
                aria-label={`Remove point: ${entry.text}`}
                onClick={() => entry.agendaItemId && run(() => removeAgendaPoint(session.id, entry.agendaItemId!))}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <label for="agenda-point" class="sr-only">
          Add your own point
        </label>
        <input
          id="agenda-point"
          type="text"
          dir="auto"
          placeholder="Add your own point"
          maxLength={300}
          value={point}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'agenda-error' : undefined}
          onInput={(event) => setPoint(event.currentTarget.value)}
        />
        <Button type="submit">Add</Button>
      </form>
      {error && <ErrorText id="agenda-error">{error}</ErrorText>}
    </section>
  );
}
