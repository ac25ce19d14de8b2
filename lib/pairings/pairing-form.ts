import { pairingSchema, z, type Goal, type MyRole, type Pairing, type PairingStatus, type PairingType } from '../model';
import { humanIssueMessage, keywordsOf, type FieldError, type FormResult } from '../templates/library-field-errors';
import { goalToForm, parseGoalForm, wholeNumber, type GoalDraft, type GoalForm } from './goal-form';

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

/**
 * Checks the whole form and says what is wrong field by field ("Person 2 e-mail must be an e-mail
 * address"); `selfEmail` keeps the user out of their own pairing's people.
 */
export function parsePairingForm(form: PairingForm, context: { selfEmail?: string } = {}): FormResult<ParsedPairingForm> {
  const errors: FieldError[] = [];
  const rows = form.people
    .map((person, row) => ({ row, name: person.name.trim(), email: person.email.trim().toLowerCase() }))
    .filter((person) => person.name || person.email);
  const cadenceDays = wholeNumber(form.cadenceDays);
  if (!(cadenceDays >= 1 && cadenceDays <= 365)) {
    errors.push({ field: 'cadenceDays', label: 'Cadence (days)', message: 'must be a whole number from 1 to 365' });
  }
  const self = context.selfEmail?.trim().toLowerCase();
  const firstRowOfEmail = new Map<string, number>();
  for (const person of rows) {
    if (!person.email) continue;
    if (self && person.email === self) {
      errors.push({ field: `people.${person.row}.email`, label: `Person ${person.row + 1} e-mail`, message: 'is your own address; list only the other side of the pairing' });
    }
    const first = firstRowOfEmail.get(person.email);
    if (first !== undefined) {
      errors.push({ field: `people.${person.row}.email`, label: `Person ${person.row + 1} e-mail`, message: `is the same as person ${first + 1}'s` });
    } else firstRowOfEmail.set(person.email, person.row);
  }

  const fields: PairingFields = {
    title: form.title,
    type: form.type,
    myRole: form.myRole,
    status: form.status,
    cadenceDays: Number.isNaN(cadenceDays) ? 14 : cadenceDays,
    participants: rows.map((person) => ({ name: person.name, email: person.email })),
    keywords: keywordsOf(form.keywordsText),
  };
  const candidate = { ...fields, id: 'draft', seriesIds: [], isDemo: false, createdAt: new Date(0).toISOString(), updatedAt: new Date(0).toISOString() };
  const checked = pairingSchema.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const error = pairingIssueToFieldError(issue, candidate, rows.map((person) => person.row), fields.keywords);
      const duplicate = errors.some((known) => known.field === error.field) || (error.field === 'cadenceDays');
      if (!duplicate && !(error.field === 'people' && error.message === 'lists the same person twice')) errors.push(error);
    }
  }

  const goals: GoalDraft[] = [];
  form.goals.forEach((goal, index) => {
    const draft = parseGoalForm(goal, index, errors);
    if (draft) goals.push(draft);
  });
  if (errors.length > 0) return { ok: false, errors };
  const keptIds = new Set(form.goals.flatMap((goal) => (goal.baseline ? [goal.baseline.id] : [])));
  return {
    ok: true,
    value: {
      fields: checked.success ? pick(checked.data) : fields,
      goals,
      removedGoalIds: form.baselineGoalIds.filter((id) => !keptIds.has(id)),
      unlinkSeriesIds: form.unlinkSeriesIds.filter((id) => form.seriesIds.includes(id)),
    },
  };
}

function pick(pairing: Pairing): PairingFields {
  const { title, type, myRole, status, cadenceDays, participants, keywords } = pairing;
  return { title, type, myRole, status, cadenceDays, participants, keywords };
}

const pairingLabels: Record<string, string> = {
  title: 'Title',
  type: 'Type',
  myRole: 'My role',
  status: 'Status',
  cadenceDays: 'Cadence (days)',
  participants: 'People',
  keywords: 'Keywords',
};

function pairingIssueToFieldError(issue: z.core.$ZodIssue, input: unknown, rowOf: number[], keywords: string[]): FieldError {
  const [key, index, part] = issue.path;
  const message = humanIssueMessage(issue, input);
  if (key === 'participants' && typeof index === 'number') {
    const row = rowOf[index] ?? index;
    const which = part === 'name' ? 'name' : 'e-mail';
    return { field: `people.${row}.${part === 'name' ? 'name' : 'email'}`, label: `Person ${row + 1} ${which}`, message };
  }
  if (key === 'participants') return { field: 'people', label: 'People', message };
  if (key === 'keywords' && typeof index === 'number') {
    return { field: 'keywordsText', label: `Keyword "${(keywords[index] ?? '').slice(0, 30)}"`, message };
  }
  const name = String(key ?? '');
  return { field: name === 'keywords' ? 'keywordsText' : name, label: pairingLabels[name] ?? 'Pairing', message };
}

