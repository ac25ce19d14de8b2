import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pairing } from '../../lib/model';
import { ownerName } from '../../lib/pairings/owners';
import { setActionItemDone } from '../../lib/panel/action-items';
import type { ActionItemView } from '../../lib/panel/panel-view';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { messageOf } from '../../lib/text/error-message';
import { formatDay } from '../shared/format';
import { MetaLine } from '../shared/MetaLine';
import { moveFocusWithArrows } from '../shared/arrow-keys';

interface Props {
  items: ActionItemView[];
  pairing: Pairing;
  /** The session whose agenda carries these items: ticking here ticks them there too. */
  sessionId?: string;
}

/**
 * Open commitments of both sides, overdue first. Ticking one closes the action item everywhere;
 * it leaves the list, so focus moves to its Undo (and back to the item when undone).
 */
export function ActionItemsSection({ items, pairing, sessionId }: Props) {
  const [justDone, setJustDone] = useState<{ id: string; text: string }>();
  const [error, setError] = useState<string>();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const refocus = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (justDone) undoButton.current?.focus();
  }, [justDone]);
  useEffect(() => {
    const id = refocus.current;
    const box = id && list.current?.querySelector<HTMLInputElement>(`input[data-item="${CSS.escape(id)}"]`);
    if (box) {
      box.focus();
      refocus.current = undefined;
    }
  }, [items]);

  const setDone = (id: string, text: string, done: boolean) => {
    setError(undefined);
    if (done) setTicked((previous) => new Set(previous).add(id));
    setActionItemDone(id, done, undefined, { sessionId })
      .then(() => {
        if (!done) {
          refocus.current = id;
          setTicked((previous) => new Set([...previous].filter((tickedId) => tickedId !== id)));
        }
        setJustDone(done ? { id, text } : undefined);
      })
      .catch((failure: unknown) => {
        if (done) setTicked((previous) => new Set([...previous].filter((tickedId) => tickedId !== id)));
        setError(messageOf(failure));
      });
  };

  return (
    <section class="card" aria-labelledby="items-heading">
      <h2 id="items-heading">Open commitments</h2>
      {items.length === 0 ? (
        <p class="muted">Nothing open on either side.</p>
      ) : (
        <ul ref={list} class="checklist" aria-label="Open commitments, overdue first" onKeyDown={moveFocusWithArrows}>
          {items.map(({ item, overdue }) => (
            <li key={item.id} class={overdue ? 'is-overdue' : ''} data-testid="action-item" data-owner={item.owner}>
              <label>
                <input
                  type="checkbox"
                  data-item={item.id}
                  checked={ticked.has(item.id)}
                  onChange={(event) => {
                    if (!ticked.has(item.id)) setDone(item.id, item.text, event.currentTarget.checked);
                  }}
                />
                <span class="item-text" dir="auto">
                  {item.text}
                </span>
              </label>
              <MetaLine
                class="item-meta"
                items={[
                  <bdi data-testid="owner">{ownerName(item, pairing)}</bdi>,
                  item.due &&
                    (overdue ? (
                      <span class="overdue-text">Overdue since {formatDay(item.due)}</span>
                    ) : (
                      <span>Due {formatDay(item.due)}</span>
                    )),
                ]}
              />
            </li>
          ))}
        </ul>
      )}
      {justDone && (
        <p class="undo-line" role="status">
          <span>
            Marked “<bdi>{justDone.text}</bdi>” done.
          </span>
          <Button ref={undoButton} variant="quiet" onClick={() => setDone(justDone.id, justDone.text, false)}>
            Undo
          </Button>
        </p>
      )}
      {error && <ErrorText>{error}</ErrorText>}
    </section>
  );
}
