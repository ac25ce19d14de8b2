import type { ComponentChildren } from 'preact';

interface RadioGroupProps<T extends string | number> {
  id: string;
  legend: ComponentChildren;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange(value: T): void;
  hint?: string;
  error?: string;
  /** Typing an option's label (a digit of a 1–5 scale) picks it: one key instead of several arrows. */
  typeToPick?: boolean;
}

/** A labelled group of radio buttons (arrow keys move between them) with its hint and error. */
export function RadioGroup<T extends string | number>({
  id,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  typeToPick,
}: RadioGroupProps<T>) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!typeToPick || event.ctrlKey || event.metaKey || event.altKey) return;
    const index = options.findIndex((option) => option.label === event.key);
    if (index < 0) return;
    event.preventDefault();
    onChange(options[index]!.value);
    (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type="radio"]')[index]?.focus();
  };
  return (
    <fieldset
      id={id}
      role="radiogroup"
      class="radio-group"
      aria-describedby={described}
      aria-invalid={error ? 'true' : undefined}
      onKeyDown={onKeyDown}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <div class="radio-options">
        {options.map((option) => (
          <label key={String(option.value)} class="radio-option">
            <input
              type="radio"
              name={id}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} class="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
