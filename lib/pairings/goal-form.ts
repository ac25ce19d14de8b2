import { goalSchema, z, type Goal, type GoalCategory, type GoalStatus, type GoalTemplate, type MyRole } from '../model';
import { humanIssueMessage, linesOf, type FieldError } from '../templates/library-field-errors';

/** One goal as the pairing form holds it; `baseline` is the stored goal it was loaded from, if any. */
export interface GoalForm {
  key: string;
  baseline?: Goal;
  templateId?: string;
  owner: 'me' | 'them';
  title: string;
  category: GoalCategory;
  description: string;
  progress: string;
  targetDate: string;
  status: GoalStatus;
  milestonesText: string;
}

export interface GoalDraft {
  baseline?: Goal;
  templateId?: string;
  owner: 'me' | 'them';
  title: string;
  category: GoalCategory;
  description: string;
  progress: number;
  targetDate?: string;
  status: GoalStatus;
  milestoneTitles: string[];
}

let keyCounter = 0;
function nextKey(): string {
  keyCounter += 1;
  return `new-goal-${keyCounter}`;
}

/** Mentors usually track the mentee's goals, mentees their own. */
export function defaultGoalOwner(myRole: MyRole): 'me' | 'them' {
  return myRole === 'mentor' ? 'them' : 'me';
}

export function goalToForm(goal: Goal): GoalForm {
  return {
    key: goal.id,
    baseline: goal,
    ...(goal.templateId ? { templateId: goal.templateId } : {}),
    owner: goal.owner,
    title: goal.title,
    category: goal.category,
    description: goal.description,
    progress: String(goal.progress),
    targetDate: goal.targetDate ?? '',
    status: goal.status,
    milestonesText: goal.milestones.map((milestone) => milestone.title).join('\n'),
  };
}

export function blankGoalForm(owner: 'me' | 'them'): GoalForm {
  return {
    key: nextKey(),
    owner,
    title: '',
    category: 'other',
    description: '',
    progress: '0',
    targetDate: '',
    status: 'active',
    milestonesText: '',
  };
}

export function goalFormFromTemplate(template: GoalTemplate, owner: 'me' | 'them'): GoalForm {
  const criteria = template.successCriteria.length > 0 ? `\n\nSuccess looks like:\n${template.successCriteria.map((c) => `- ${c}`).join('\n')}` : '';
  return {
    ...blankGoalForm(owner),
    templateId: template.id,
    title: template.name,
    category: template.category,
    description: `${template.description}${criteria}`.slice(0, 20_000),
    milestonesText: template.defaultMilestones.join('\n'),
  };
}

/** "14" → 14; anything but digits → NaN, so "1.5" or "two" is refused rather than rounded. */
export const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

const goalDraftSchema = z.pick(goalSchema, {
  owner: true,
  title: true,
  category: true,
  description: true,
  progress: true,
  targetDate: true,
  status: true,
});

const goalLabels: Record<string, string> = {
  owner: 'whose goal',
  title: 'title',
  category: 'category',
  description: 'description',
  progress: 'progress',
  targetDate: 'target date',
  status: 'status',
};

/** Checks one goal of the pairing form, adding its errors ("Goal 2 title must not be empty") to `errors`. */
export function parseGoalForm(goal: GoalForm, index: number, errors: FieldError[]): GoalDraft | undefined {
  const label = (what: string) => `Goal ${index + 1} ${what}`;
  const progress = wholeNumber(goal.progress);
  const input = {
    owner: goal.owner,
    title: goal.title,
    category: goal.category,
    description: goal.description,
    progress,
    status: goal.status,
    ...(goal.targetDate.trim() ? { targetDate: goal.targetDate.trim() } : {}),
  };
  const before = errors.length;
  if (!(progress >= 0 && progress <= 100)) {
    errors.push({ field: `goals.${index}.progress`, label: label('progress'), message: 'must be a whole number from 0 to 100' });
  }
  const checked = goalDraftSchema.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key === 'progress') continue;
      errors.push({ field: `goals.${index}.${key}`, label: label(goalLabels[key] ?? 'field'), message: humanIssueMessage(issue, input) });
    }
  }
  const milestoneTitles = linesOf(goal.milestonesText);
  if (milestoneTitles.length > 50) {
    errors.push({ field: `goals.${index}.milestonesText`, label: label('milestones'), message: 'has too many entries (at most 50)' });
  }
  milestoneTitles.forEach((title, line) => {
    if (title.length > 300) {
      errors.push({ field: `goals.${index}.milestonesText`, label: `${label('milestones')}, line ${line + 1},`, message: 'is too long (at most 300 characters)' });
    }
  });
  if (errors.length > before || !checked.success) return undefined;
  return {
    ...(goal.baseline ? { baseline: goal.baseline } : {}),
    ...(goal.templateId ? { templateId: goal.templateId } : {}),
    ...checked.data,
    milestoneTitles,
  };
}
