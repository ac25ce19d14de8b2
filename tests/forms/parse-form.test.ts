import { describe, expect, it } from 'vitest';
import { describeFieldError } from '../../lib/forms/field-errors';
import { labelledFields, parseForm, percentInput, wholeNumberInput } from '../../lib/forms/parse-form';
import { shortTextSchema, z } from '../../lib/model';

const schema = z.object({
  name: shortTextSchema,
  days: wholeNumberInput({ min: 1, max: 30 }),
  lines: z.array(shortTextSchema).check(z.maxLength(2)),
  share: percentInput(z.number().check(z.minimum(0), z.maximum(1))),
});
const locate = labelledFields({ name: 'Name', days: 'Days', lines: 'Lines', share: 'Share (%)' }, { fieldOf: { lines: 'linesText' } });

describe('parseForm: the one way forms check what was typed', () => {
  it('hands back the parsed value: numbers from text, percentages as fractions, trimmed text', () => {
    expect(parseForm(schema, { name: ' Ana ', days: ' 14 ', lines: ['a'], share: '50' }, locate)).toEqual({
      ok: true,
      value: { name: 'Ana', days: 14, lines: ['a'], share: 0.5 },
    });
  });

  it('names every wrong field with its label, the form key and the line of a list', () => {
    const result = parseForm(schema, { name: ' ', days: '1.5', lines: ['ok', 'x'.repeat(301)], share: '101' }, locate);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, describeFieldError(error)])).toEqual([
      ['name', 'Name must not be empty'],
      ['days', 'Days must be a whole number from 1 to 30'],
      ['linesText', 'Lines, line 2, is too long (at most 300 characters)'],
      ['share', 'Share (%) must be a whole number from 0 to 100'],
    ]);
  });

  it('refuses numbers that are not whole, and bounds from both sides', () => {
    const days = (text: string) => parseForm(z.object({ days: wholeNumberInput({ min: 1, max: 30 }) }), { days: text }, locate).ok;
    expect(['', 'two', '1e1', '-1', '0', '31', '3.0'].map(days)).toEqual([false, false, false, false, false, false, false]);
    expect(['1', '30', ' 7 '].map(days)).toEqual([true, true, true]);
  });
});
