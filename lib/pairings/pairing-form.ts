import { keywordsOf, type FieldError, type FormResult, type LocateIssue } from '../forms/field-errors';
import { labelledFields, parseForm, wholeNumberInput } from '../forms/parse-form';
import { isolate } from '../text/bidi';
import {
  CADENCE_DAYS,
  pairingFieldsSchema,
  pairingPeopleRule,
  z,
  type Goal,
  type MyRole,
  type Pairing,
  type PairingStatus,
  type PairingType,
} from '../model';
import { goalToForm, parseGoalForm, type GoalDraft, type GoalForm } from './goal-form';

export type { GoalDraft, GoalForm } from './goal-form';

export interface PairingForm {
  title: string;
  type: PairingType;
  myRole: MyRole;
  status: PairingStatus;
  cadenceDays: string;
  people: { name: string; email: string }[];
  keywordsText: string;
  /** Series linked when the form was opened; the user may only unlink (linking is detection's job). */
  seriesIds: string[];
  unlinkSeriesIds: string[];
  goals: GoalForm[];
  /** Goals stored when the form was opened: those missing from `goals` on save were removed by the user. */
  baselineGoalIds: string[];
}

export type PairingFields = Pick<Pairing, 'title' | 'type' | 'myRole' | 'status' | 'cadenceDays' | 'participants' | 'keywords'>;

export interface ParsedPairingForm {
  fields: PairingFields;
  goals: GoalDraft[];
  removedGoalIds: string[];
  unlinkSeriesIds: string[];
}

export function emptyPairingForm(): PairingForm {
  return {
    title: '',
    type: 'one-on-one',
    myRole: 'mentor',
    status: 'active',
    cadenceDays: '14',
    people: [{ name: '', email: '' }],
    keywordsText: '',
    seriesIds: [],
    unlinkSeriesIds: [],
    goals: [],
    baselineGoalIds: [],
  };
}

export function pairingToForm(pairing: Pairing, goals: Goal[]): PairingForm {
  return {
    title: pairing.title,
    type: pairing.type,
    myRole: pairing.myRole,
    status: pairing.status,
    cadenceDays: String(pairing.cadenceDays),
    people: pairing.participants.map((person) => ({ name: person.name, email: person.email })),
    keywordsText: pairing.keywords.join(', '),
    seriesIds: [...pairing.seriesIds],
    unlinkSeriesIds: [],
    goals: goals.map(goalToForm),
    baselineGoalIds: goals.map((goal) => goal.id),
  };
}

const pairingFormSchema = z
  .extend(z.pick(pairingFieldsSchema, { title: true, type: true, myRole: true, status: true, participants: true, keywords: true }), {
    cadenceDays: wholeNumberInput(CADENCE_DAYS),
  })
  .check(pairingPeopleRule);

const pairingLabels: Record<string, string> = {
  title: 'Title',
  type: 'Type',
  myRole: 'My role',
  status: 'Status',
  cadenceDays: 'Cadence (days)',
  participants: 'People',
  keywords: 'Keywords',
};

/**
 * Checks the whole form and says what is wrong field by field ("Person 2 e-mail must be an e-mail
 * address"); `selfEmail` keeps the user out of their own pairing's people.
 */
export function parsePairingForm(form: PairingForm, context: { selfEmail?: string } = {}): FormResult<ParsedPairingForm> {
  const rows = form.people
    .map((person, row) => ({ row, name: person.name.trim(), email: person.email.trim().toLowerCase() }))
    .filter((person) => person.name || person.email);
  const keywords = keywordsOf(form.keywordsText);
  const input = {
    title: form.title,
    type: form.type,
    myRole: form.myRole,
    status: form.status,
    cadenceDays: form.cadenceDays,
    participants: rows.map(({ name, email }) => ({ name, email })),
    keywords,
  };
  const rowErrors = peopleRowErrors(rows, context.selfEmail);
  const parsed = parseForm(pairingFormSchema, input, locatePairingIssue(rows.map((person) => person.row), keywords));
  // A person listed twice is named by row above; the schema's summary of it would say it again.
  const errors = [
    ...rowErrors,
    ...(parsed.ok ? [] : parsed.errors.filter((error) => !(rowErrors.length > 0 && error.field === 'people'))),
  ];
  const goals: GoalDraft[] = [];
  form.goals.forEach((goal, index) => {
    const draft = parseGoalForm(goal, index);
    if (draft.ok) goals.push(draft.value);
    else errors.push(...draft.errors);
  });
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  const keptIds = new Set(form.goals.flatMap((goal) => (goal.baseline ? [goal.baseline.id] : [])));
  return {
    ok: true,
    value: {
      fields: parsed.value,
      goals,
      removedGoalIds: form.baselineGoalIds.filter((id) => !keptIds.has(id)),
      unlinkSeriesIds: form.unlinkSeriesIds.filter((id) => form.seriesIds.includes(id)),
    },
  };
}

/** The user among their own pairing's people, or a person listed twice, named by the row it is on. */
function peopleRowErrors(rows: { row: number; email: string }[], selfEmail: string | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const self = selfEmail?.trim().toLowerCase();
  const firstRowOfEmail = new Map<string, number>();
  for (const person of rows) {
    if (!person.email) continue;
    const place = { field: `people.${person.row}.email`, label: `Person ${person.row + 1} e-mail` };
    if (self && person.email === self) errors.push({ ...place, message: 'is your own address; list only the other side of the pairing' });
    const first = firstRowOfEmail.get(person.email);
    if (first !== undefined) errors.push({ ...place, message: `is the same as person ${first + 1}'s` });
    else firstRowOfEmail.set(person.email, person.row);
  }
  return errors;
}

/** Issues on people point at the row the user typed them in (blank rows are skipped before parsing). */
function locatePairingIssue(rowOf: number[], keywords: string[]): LocateIssue {
  const byKey = labelledFields(pairingLabels, { fieldOf: { participants: 'people', keywords: 'keywordsText' }, fallback: 'Pairing' });
  return (path) => {
    const [key, index, part] = path;
    if (key === 'participants' && typeof index === 'number') {
      const row = rowOf[index] ?? index;
      return part === 'name'
        ? { field: `people.${row}.name`, label: `Person ${row + 1} name` }
        : { field: `people.${row}.email`, label: `Person ${row + 1} e-mail` };
    }
    if (key === 'keywords' && typeof index === 'number') {
      return { field: 'keywordsText', label: `Keyword "${isolate((keywords[index] ?? '').slice(0, 30))}"` };
    }
    return byKey([key ?? '']);
  };
}
