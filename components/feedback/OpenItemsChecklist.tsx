import { useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/model';
import { setActionItemDone } from '../../lib/panel/action-items';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../shared/ErrorMessage';
import { formatDay } from '../shared/format';

/** Commitments from earlier sessions; ticking one marks it done straight away (not only on submit). */
export function OpenItemsChecklist({ items }: { items: ActionItem[] }) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();
  if (items.length === 0) return null;
  const toggle = (id: string, checked: boolean) => {
    setError(undefined);
    setActionItemDone(id, checked)
      .then(() => setDone((previous) => {
        const next = new Set(previous);
        if (checked) next.add(id);
        else next.delete(id);
        return next;
      }))
      .catch((failure: unknown) => setError(messageOf(failure)));
  };
  return (
    <fieldset class="open-items">
      <legend>Done since last time?</legend>
      {items.map((item) => (
        <label key={item.id} class="check-row">
          <input type="checkbox" checked={done.has(item.id)} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />{' '}
          <bdi>{item.text}</bdi>
          <span class="muted">
            {' '}· {item.owner === 'me' ? 'mine' : 'theirs'}
            {item.due && ` · due ${formatDay(item.due)}`}
          </span>
        </label>
      ))}
      {error && <ErrorText>{error}</ErrorText>}
    </fieldset>
  );
}
