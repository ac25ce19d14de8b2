import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { describeFieldError, type FieldError } from '../../lib/forms/field-errors';
import type { Bounds } from '../../lib/model';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';

/** One section of the options page: a landmark named by its heading, reachable from the page's menu. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section id={id} class="options-section" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="muted section-intro">{intro}</p>}
      {children}
    </section>
  );
}

/**
 * A result the user asked for ("Saved."): a polite live region that stays in the page (so screen
 * readers announce what appears in it), with each new message a new element.
 */
export function StatusLine({ children, messageKey }: { children?: ComponentChildren; messageKey?: string | number }) {
  return (
    <div class="status-line" role="status">
      {children !== undefined && children !== null && children !== false && <p key={messageKey}>{children}</p>}
    </div>
  );
}

/** Every problem of a refused form, each naming its field, at the top of the form. */
export function FormErrors({ errors, intro = 'Nothing was saved. Please fix:' }: { errors: FieldError[]; intro?: string }) {
  if (errors.length === 0) return null;
  // Each refused submit shows a fresh alert, so it is announced again even when the errors are the same.
  return (
    <ErrorMessage key={identityOf(errors)} title={intro}>
      <ul class="bullets">
        {errors.map((error) => (
          <li key={`${error.field}|${error.label}|${error.message}`}>{describeFieldError(error)}</li>
        ))}
      </ul>
    </ErrorMessage>
  );
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;
function identityOf(value: object): number {
  let identity = identities.get(value);
  if (identity === undefined) {
    lastIdentity += 1;
    identity = lastIdentity;
    identities.set(value, identity);
  }
  return identity;
}

/** The first error message for a form field, for the Field component. */
export function errorFor(errors: FieldError[], field: string): string | undefined {
  const error = errors.find((candidate) => candidate.field === field);
  return error ? describeFieldError(error) : undefined;
}

export function Checkbox({ id, label, checked, onChange, hint }: { id: string; label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void; hint?: ComponentChildren }) {
  return (
    <div class="field checkbox-field">
      <label for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export type ActionState =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; message: string; run: number }
  | { state: 'failed'; message: string; run: number };

/**
 * Runs one user action at a time and keeps what the user must see afterwards: its result or the
 * error (the background's errors are written for users, so their message is shown as is).
 */
export function useAction() {
  const [status, setStatus] = useState<ActionState>({ state: 'idle' });
  const running = useRef(false);
  const runs = useRef(0);
  const run = useCallback(async (work: () => Promise<string | undefined>) => {
    if (running.current) return;
    running.current = true;
    runs.current += 1;
    const runId = runs.current;
    setStatus({ state: 'busy' });
    try {
      const message = await work();
      setStatus(message === undefined ? { state: 'idle' } : { state: 'done', message, run: runId });
    } catch (error) {
      setStatus({ state: 'failed', message: messageOf(error), run: runId });
    } finally {
      running.current = false;
    }
  }, []);
  const reset = useCallback(() => setStatus({ state: 'idle' }), []);
  return { status, run, reset, busy: status.state === 'busy' };
}

/** Shows the outcome of a useAction: a status line when it worked, an alert when it did not. */
export function ActionOutcome({ status, failedTitle }: { status: ActionState; failedTitle?: string }) {
  return (
    <>
      <StatusLine messageKey={status.state === 'done' ? status.run : undefined}>{status.state === 'done' ? status.message : undefined}</StatusLine>
      {status.state === 'failed' && (
        <ErrorMessage key={status.run} title={failedTitle}>
          {status.message}
        </ErrorMessage>
      )}
    </>
  );
}

export { downloadText } from '../shared/download';

/** A whole-number box whose limits are the model's; the form's parse still checks what was typed. */
type NumberInputProps = { bounds: Bounds; value: string; onInput: (value: string) => void } & Omit<InputHTMLAttributes, 'value' | 'onInput' | 'min' | 'max' | 'role' | 'type'>;

export function NumberInput({ bounds, value, onInput, ...rest }: NumberInputProps) {
  return (
    <input
      {...rest}
      type="number"
      min={bounds.min}
      max={bounds.max}
      step={1}
      inputMode="numeric"
      value={value}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );
}

/** An element id from stored ids, which may contain spaces or symbols that break label and ARIA references. */
export function domId(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`)).join('-');
}
