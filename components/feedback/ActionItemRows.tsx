import { Plus, X } from 'lucide';
import { useEffect, useRef } from 'preact/hooks';
import type { Pairing } from '../../lib/model';
import { ownerChoices, ownerValue } from '../../lib/pairings/owners';
import { fieldKey, MAX_ACTION_TEXT_LENGTH, newActionRow, type ActionItemInput, type FieldErrors } from '../../lib/feedback/feedback-form';
import { Button } from '../shared/Button';
import { ErrorText } from '../shared/Field';
import { Icon } from '../shared/Icon';

interface Props {
  rows: ActionItemInput[];
  pairing: Pairing;
  errors: FieldErrors;
  onChange(rows: ActionItemInput[]): void;
}

/**
 * New action items as compact rows (text, owner, due). Enter in a row's text adds the next row;
 * the owner can be me or any member of the other side. After a row is added or removed, focus
 * goes to a row's text (or the Add button), never to the page.
 */
export function ActionItemRows({ rows, pairing, errors, onChange }: Props) {
  const choices = ownerChoices(pairing);
  const focusTarget = useRef<string | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = undefined;
    if (target === 'add') addButton.current?.focus();
    else document.getElementById(`action-${target}-text`)?.focus();
  }, [rows.length]);

  const update = (key: string, change: Partial<ActionItemInput>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = newActionRow();
    focusTarget.current = row.key;
    onChange([...rows, row]);
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusTarget.current = neighbour ? neighbour.key : 'add';
    onChange(rows.filter((_, position) => position !== index));
  };

  return (
    <section aria-labelledby="new-items-heading">
      <h2 id="new-items-heading">New action items</h2>
      {rows.length > 0 && (
        <div class="action-head" aria-hidden="true">
          <span>What</span>
          <span>Owner</span>
          <span>Due</span>
        </div>
      )}
      {rows.map((row, index) => {
        const id = `action-${row.key}`;
        const textError = errors[fieldKey.actionText(row.key)];
        const dueError = errors[fieldKey.actionDue(row.key)];
        const described = (error: string | undefined, kind: string) => (error ? `${id}-${kind}-error` : undefined);
        return (
          <div key={row.key} role="group" aria-label={`Action item ${index + 1}`} class="action-row" data-testid="action-row">
            <label class="sr-only" for={`${id}-text`}>
              Action item
            </label>
            <input
              id={`${id}-text`}
              class="action-text"
              type="text"
              maxLength={MAX_ACTION_TEXT_LENGTH}
              placeholder="What needs doing"
              value={row.text}
              aria-invalid={textError ? 'true' : undefined}
              aria-describedby={described(textError, 'text')}
              onInput={(event) => update(row.key, { text: event.currentTarget.value })}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
                // Enter never submits the form here: it moves on to the next row, adding one after the last.
                event.preventDefault();
                const next = rows[index + 1];
                if (next) document.getElementById(`action-${next.key}-text`)?.focus();
                else if (row.text.trim()) add();
              }}
            />
            <label class="sr-only" for={`${id}-owner`}>
              Owner
            </label>
            <select
              id={`${id}-owner`}
              class="action-owner"
              value={ownerValue(row)}
              onChange={(event) => {
                const choice = choices.find((option) => option.value === event.currentTarget.value) ?? choices[0]!;
                const { ownerEmail: _previous, ...rest } = row;
                onChange(rows.map((r) => (r.key === row.key ? { ...rest, owner: choice.owner, ...(choice.ownerEmail ? { ownerEmail: choice.ownerEmail } : {}) } : r)));
              }}
            >
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
            <label class="sr-only" for={`${id}-due`}>
              Due
            </label>
            <input
              id={`${id}-due`}
              class="action-due"
              type="date"
              value={row.due}
              aria-invalid={dueError ? 'true' : undefined}
              aria-describedby={described(dueError, 'due')}
              onInput={(event) => update(row.key, { due: event.currentTarget.value })}
            />
            <button type="button" class="btn btn-quiet btn-icon action-remove" aria-label={`Remove action item ${index + 1}`} onClick={() => remove(index)}>
              <Icon icon={X} />
            </button>
            {textError && <ErrorText id={`${id}-text-error`}>{textError}</ErrorText>}
            {dueError && <ErrorText id={`${id}-due-error`}>{dueError}</ErrorText>}
          </div>
        );
      })}
      <Button ref={addButton} variant="quiet" onClick={add}>
        <Icon icon={Plus} /> Add action item
      </Button>
    </section>
  );
}
