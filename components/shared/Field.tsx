import { cloneElement, type ComponentChildren, type VNode } from 'preact';

interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  /** One form control; it receives the id, its description and its invalid state. */
  children: VNode<Record<string, unknown>>;
}

/** A labelled control with an optional hint and an error shown next to it (and announced with it). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="hint">
          {hint}
        </span>
      )}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
      {error && <ErrorText id={errorId!}>{error}</ErrorText>}
    </div>
  );
}

export function ErrorText({ id, children }: { id?: string; children: ComponentChildren }) {
  return (
    <p id={id} class="error-text">
      {children}
    </p>
  );
}
