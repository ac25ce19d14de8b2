import { linesOf, type FormResult } from '../forms/field-errors';
import { labelledFields, parseForm, wholeNumberInput } from '../forms/parse-form';
import {
  goalSchema,
  milestoneSchema,
  MAX_MILESTONES,
  PROGRESS_PERCENT,
  MAX_USER_TEXT_LENGTH,
  z,
  type Goal,
  type GoalCategory,
  type GoalStatus,
  type GoalTemplate,
  type MyRole,
  type Side,
} from '../model';

/** One goal as the pairing form holds it; `baseline` is the stored goal it was loaded from, if any. */
export interface GoalForm {
  key: string;
  baseline?: Goal;
  templateId?: string;
  owner: Side;
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
  owner: Side;
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
export function defaultGoalOwner(myRole: MyRole): Side {
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

export function blankGoalForm(owner: Side): GoalForm {
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

export function goalFormFromTemplate(template: GoalTemplate, owner: Side): GoalForm {
  const criteria = template.successCriteria.length > 0 ? `\n\nSuccess looks like:\n${template.successCriteria.map((c) => `- ${c}`).join('\n')}` : '';
  return {
    ...blankGoalForm(owner),
    templateId: template.id,
    title: template.name,
    category: template.category,
    description: `${template.description}${criteria}`.slice(0, MAX_USER_TEXT_LENGTH),
    milestonesText: template.defaultMilestones.join('\n'),
  };
}

const goalFormSchema = z.extend(
  z.pick(goalSchema, { owner: true, title: true, category: true, description: true, targetDate: true, status: true }),
  {
    progress: wholeNumberInput(PROGRESS_PERCENT),
    milestoneTitles: z.array(milestoneSchema.shape.title).check(z.maxLength(MAX_MILESTONES)),
  },
);

const goalLabels: Record<string, string> = {
  owner: 'whose goal',
  title: 'title',
  category: 'category',
  description: 'description',
  progress: 'progress',
  targetDate: 'target date',
  status: 'status',
  milestoneTitles: 'milestones',
};

/** Checks one goal of the pairing form; its errors name the goal ("Goal 2 title must not be empty"). */
export function parseGoalForm(goal: GoalForm, index: number): FormResult<GoalDraft> {
  const input = {
    owner: goal.owner,
    title: goal.title,
    category: goal.category,
    description: goal.description,
    progress: goal.progress,
    status: goal.status,
    milestoneTitles: linesOf(goal.milestonesText),
    ...(goal.targetDate.trim() ? { targetDate: goal.targetDate.trim() } : {}),
  };
  const parsed = parseForm(
    goalFormSchema,
    input,
    labelledFields(
      Object.fromEntries(Object.entries(goalLabels).map(([key, what]) => [key, `Goal ${index + 1} ${what}`])),
      { fieldOf: Object.fromEntries(Object.keys(goalLabels).map((key) => [key, `goals.${index}.${key === 'milestoneTitles' ? 'milestonesText' : key}`])) },
    ),
  );
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: {
      ...(goal.baseline ? { baseline: goal.baseline } : {}),
      ...(goal.templateId ? { templateId: goal.templateId } : {}),
      ...parsed.value,
    },
  };
}
