import { useEffect, useRef } from 'preact/hooks';
import type { Pairing } from '../../lib/model';
import { fieldKey, MAX_ACTION_TEXT_LENGTH, newActionRow, type ActionItemInput, type FieldErrors } from '../../lib/feedback/feedback-form';
import { Button } from '../shared/Button';
import { Field } from '../shared/Field';

interface Props {
  rows: ActionItemInput[];
  pairing: Pairing;
  errors: FieldErrors;
  onChange(rows: ActionItemInput[]): void;
}

/** New action items agreed in the session: text, owner (me or them) and an optional due date. */
export function ActionItemRows({ rows, pairing, errors, onChange }: Props) {
  const theirName = pairing.participants.length === 1 ? pairing.participants[0]!.name : 'Them';
  const focusKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusKey.current) return;
    document.getElementById(`action-${focusKey.current}-text`)?.focus();
    focusKey.current = undefined;
  }, [rows.length]);

  const update = (key: string, change: Partial<ActionItemInput>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <section aria-labelledby="new-items-heading">
      <h2 id="new-items-heading">New action items</h2>
      {rows.length === 0 && <p class="muted">None yet. Add what each of you agreed to do.</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const id = `action-${row.key}`;
        return (
          <fieldset key={row.key} class="action-row" data-testid="action-row">
            <legend>Action item {n}</legend>
            <Field id={`${id}-text`} label={`Action item ${n}`} error={errors[fieldKey.actionText(row.key)]}>
              <input
                type="text"
                dir="auto"
                maxLength={MAX_ACTION_TEXT_LENGTH}
                value={row.text}
                onInput={(event) => update(row.key, { text: event.currentTarget.value })}
              />
            </Field>
            <div class="action-row-meta">
              <Field id={`${id}-owner`} label={`Owner of action item ${n}`}>
                <select value={row.owner} onChange={(event) => update(row.key, { owner: event.currentTarget.value as ActionItemInput['owner'] })}>
                  <option value="me">Me</option>
                  <option value="them" dir="auto">
                    {theirName}
                  </option>
                </select>
              </Field>
              <Field id={`${id}-due`} label={`Due date of action item ${n}`} error={errors[fieldKey.actionDue(row.key)]}>
                <input type="date" value={row.due} onInput={(event) => update(row.key, { due: event.currentTarget.value })} />
              </Field>
            </div>
            <Button variant="danger" aria-label={`Remove action item ${n}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              Remove
            </Button>
          </fieldset>
        );
      })}
      <Button
        onClick={() => {
          const row = newActionRow();
          focusKey.current = row.key;
          onChange([...rows, row]);
        }}
      >
        Add action item
      </Button>
    </section>
  );
}
