import { z, type Bounds } from '../model';
import { issuesToFieldErrors, type FormResult, type LocateIssue } from './field-errors';

/**
 * The usual form: each top-level key has a label; `fieldOf` renames keys whose form field differs
 * (a list typed as lines: `defaultMilestones` → `milestonesText`); an issue on one entry of a list
 * names its line ("Default milestones, line 2,").
 */
export function labelledFields(
  labels: Record<string, string>,
  options: { fieldOf?: Record<string, string>; fallback?: string; entry?: (label: string, index: number) => string } = {},
): LocateIssue {
  const entry = options.entry ?? ((label, index) => `${label}, line ${index + 1},`);
  return ([key, index]) => {
    const name = String(key ?? '');
    const label = labels[name] ?? options.fallback ?? (name || 'The form');
    return { field: options.fieldOf?.[name] ?? name, label: typeof index === 'number' ? entry(label, index) : label };
  };
}

/**
 * Every form's one way to check what was typed: parse it with (a pick or extension of) the model's
 * schema and name each problem by its field and label. The parsed value is what the form saves.
 */
export function parseForm<S extends z.ZodMiniType>(schema: S, input: z.input<S>, locate: LocateIssue): FormResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: issuesToFieldErrors(result.error.issues, input, locate) };
}

/** "14" → 14; anything but digits → NaN, so "1.5", "1e3" or "two" is refused rather than rounded. */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** A number box: the text typed, read as a whole number within the model's bounds. */
export function wholeNumberInput(bounds: Bounds) {
  const message = `must be a whole number from ${bounds.min} to ${bounds.max}`;
  return z.pipe(
    z.pipe(z.string(), z.transform(wholeNumber)),
    z.number({ error: message }).check(z.int(message), z.minimum(bounds.min, message), z.maximum(bounds.max, message)),
  );
}

export const PERCENT: Bounds = { min: 0, max: 100 };

/** A whole percentage typed by the user, handed on as a fraction (50 → 0.5) to the model's field. */
export function percentInput<T extends z.ZodMiniType<number, number>>(fraction: T) {
  return z.pipe(
    z.pipe(wholeNumberInput(PERCENT), z.transform((percent: number) => percent / 100)),
    fraction,
  );
}
