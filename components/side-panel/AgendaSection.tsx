import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../lib/model';
import { addAgendaPoint, removeAgendaPoint, setAgendaEntryDone, type AgendaEntry } from '../../lib/panel/agenda';
import { localDateKey } from '../../lib/panel/time';
import { MAX_SHORT_TEXT_LENGTH } from '../../lib/model';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../../lib/text/error-message';
import { formatDayOf } from '../shared/format';
import { moveFocusWithArrows } from '../shared/arrow-keys';

interface Props {
  session: Session;
  entries: AgendaEntry[];
  now: number;
}

/**
 * The session's agenda: commitments carried over (the same items as in "Open commitments": ticking
 * one closes it everywhere) and the user's own points. Space ticks, arrows move between points.
 */
export function AgendaSection({ session, entries, now }: Props) {
  const [point, setPoint] = useState('');
  const [error, setError] = useState<string>();
  // A tick shows at once; the stored state replaces it when the data comes back.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  useEffect(() => setPending(new Map()), [entries]);
  const isToday = localDateKey(Date.parse(session.start)) === localDateKey(now);
  const heading = isToday ? "Today's agenda" : `Agenda for ${formatDayOf(session.start)}`;

  const run = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().catch((failure: unknown) => {
      setPending(new Map());
      setError(messageOf(failure));
    });
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
      <ul class="checklist" aria-label="Agenda points" onKeyDown={moveFocusWithArrows}>
        {entries.map((entry) => {
          const done = pending.get(entry.key) ?? entry.done;
          return (
            <li key={entry.key} class={done ? 'is-done' : ''} data-testid="agenda-point">
              <label>
                <input
                  type="checkbox"
                  checked={done}
                  onChange={(event) => {
                    const next = event.currentTarget.checked;
                    setPending((previous) => new Map(previous).set(entry.key, next));
                    run(() => setAgendaEntryDone(session.id, entry, next));
                  }}
                />
                <span class="item-text" dir="auto">
                  {entry.text}
                </span>
              </label>
              {entry.origin === 'carried-over' ? (
                <span class="badge">commitment</span>
              ) : (
                <Button
                  variant="quiet"
                  class="btn-small"
                  aria-label={`Remove point: ${entry.text}`}
                  onClick={(event) => {
                    // Focus goes to the next point's box (or the new-point field), never to the page.
                    const item = (event.currentTarget as HTMLElement).closest('li');
                    const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('input');
                    (next ?? document.getElementById('agenda-point'))?.focus();
                    if (entry.agendaItemId) run(() => removeAgendaPoint(session.id, entry.agendaItemId!));
                  }}
                >
                  Remove
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <form class="inline-form" onSubmit={add}>
        <label for="agenda-point" class="sr-only">
          Add your own point
        </label>
        <input
          id="agenda-point"
          type="text"
          placeholder="Add your own point"
          maxLength={MAX_SHORT_TEXT_LENGTH}
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
