import { useState } from 'preact/hooks';
import { isolate } from '../../lib/text/bidi';
import type { Pairing } from '../../lib/model';
import { setActionItemDone } from '../../lib/panel/action-items';
import type { ActionItemView } from '../../lib/panel/panel-view';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../shared/ErrorMessage';
import { formatDay } from '../shared/format';

interface Props {
  items: ActionItemView[];
  pairing: Pairing;
}

/** Open commitments of both sides; ticking one marks it done (with an undo, since it leaves the list). */
export function ActionItemsSection({ items, pairing }: Props) {
  const [justDone, setJustDone] = useState<{ id: string; text: string }>();
  const [error, setError] = useState<string>();
  // Ticked items stay ticked until the list refreshes without them (or the write fails).
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const theirName = pairing.participants.length === 1 ? pairing.participants[0]!.name : 'Them';
  const mine = items.filter((view) => view.item.owner === 'me');
  const theirs = items.filter((view) => view.item.owner === 'them');

  const setDone = (id: string, text: string, done: boolean) => {
    setError(undefined);
    const untick = () => setTicked((previous) => new Set([...previous].filter((tickedId) => tickedId !== id)));
    if (done) setTicked((previous) => new Set(previous).add(id));
    setActionItemDone(id, done)
      .then(() => {
        if (!done) untick();
        setJustDone(done ? { id, text } : undefined);
      })
      .catch((failure: unknown) => {
        if (done) untick();
        setError(messageOf(failure));
      });
  };

  const group = (label: string, views: ActionItemView[]) => (
    <div class="item-group">
      <h3>{label}</h3>
      {views.length === 0 ? (
        <p class="muted">Nothing open.</p>
      ) : (
        <ul class="checklist" aria-label={`${label}: open action items`}>
          {views.map(({ item, overdue }) => (
            <li key={item.id} class={overdue ? 'is-overdue' : ''} data-testid="action-item">
              <label>
                <input
                  type="checkbox"
                  checked={ticked.has(item.id)}
                  disabled={ticked.has(item.id)}
                  onChange={() => setDone(item.id, item.text, true)}
                />{' '}
                <span class="pre-wrap" dir="auto">
                  {item.text}
                </span>
              </label>
              {item.due && (
                <span class={overdue ? 'badge badge-danger' : 'badge'}>
                  {overdue ? 'Overdue · ' : 'Due '}
                  {formatDay(item.due)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <section class="card" aria-labelledby="items-heading">
      <h2 id="items-heading">Open action items</h2>
      {group('Mine', mine)}
      {group(theirName === 'Them' ? 'Theirs' : `${isolate(theirName)}'s`, theirs)}
      {justDone && (
        <p class="row" role="status">
          Marked “<bdi>{justDone.text}</bdi>” done.
          <Button variant="quiet" onClick={() => setDone(justDone.id, justDone.text, false)}>
            Undo
          </Button>
        </p>
      )}
      {error && <ErrorText>{error}</ErrorText>}
    </section>
  );
}
