import { useState } from 'preact/hooks';
import type { ActionItem, Pairing } from '../../lib/model';
import { ownerName } from '../../lib/pairings/owners';
import { setActionItemDone } from '../../lib/panel/action-items';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../../lib/text/error-message';
import { formatDay } from '../shared/format';

interface Props {
  items: ActionItem[];
  pairing: Pairing;
  /** The session the feedback is about: its agenda carried these items, and shows them ticked too. */
  sessionId: string;
}

/** Commitments from earlier sessions; ticking one closes it everywhere straight away (not only on submit). */
export function OpenItemsChecklist({ items, pairing, sessionId }: Props) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();
  if (items.length === 0) return null;
  const toggle = (id: string, checked: boolean) => {
    setError(undefined);
    setDone((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
    setActionItemDone(id, checked, undefined, { sessionId }).catch((failure: unknown) => {
      setDone((previous) => {
        const next = new Set(previous);
        if (checked) next.delete(id);
        else next.add(id);
        return next;
      });
      setError(messageOf(failure));
    });
  };
  return (
    <fieldset class="open-items">
      <legend>Done since last time?</legend>
      {items.map((item) => (
        <label key={item.id} class="check-row">
          <input type="checkbox" checked={done.has(item.id)} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />
          <span>
            <span dir="auto">{item.text}</span>
            <span class="meta">
              {' '}
              <bdi>{ownerName(item, pairing)}</bdi>
              {item.due && `\u00a0· due ${formatDay(item.due)}`}
            </span>
          </span>
        </label>
      ))}
      {error && <ErrorText>{error}</ErrorText>}
    </fieldset>
  );
}
