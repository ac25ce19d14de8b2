import { describe, expect, it } from 'vitest';
import {
  emptyPairingForm,
  pairingToForm,
  parsePairingForm,
  type PairingForm,
} from '../../lib/pairings/pairing-form';
import { blankGoalForm, goalFormFromTemplate } from '../../lib/pairings/goal-form';
import { describeFieldError } from '../../lib/forms/field-errors';
import { aGoal, aGoalTemplate, aPairing } from '../support/factories';

const valid = (overrides: Partial<PairingForm> = {}): PairingForm => ({
  ...emptyPairingForm(),
  title: 'Lena mentoring',
  people: [{ name: 'Lena Brandt', email: ' Lena.Brandt@Corp.Example ' }],
  ...overrides,
});

function messages(form: PairingForm, selfEmail?: string): string[] {
  const result = parsePairingForm(form, selfEmail ? { selfEmail } : {});
  if (result.ok) throw new Error('expected the form to be refused');
  return result.errors.map(describeFieldError);
}

describe('pairing form', () => {
  it('normalises a valid form: trimmed, lower-cased e-mails, blank people rows and duplicate keywords dropped', () => {
    const result = parsePairingForm(
      valid({ people: [{ name: '', email: '' }, { name: 'Lena Brandt', email: ' Lena.Brandt@Corp.Example ' }], keywordsText: 'OKR, growth\nokr, ' }),
    );
    expect(result.ok && result.value.fields).toEqual({
      title: 'Lena mentoring',
      type: 'one-on-one',
      myRole: 'mentor',
      status: 'active',
      cadenceDays: 14,
      participants: [{ name: 'Lena Brandt', email: 'lena.brandt@corp.example' }],
      keywords: ['OKR', 'growth'],
    });
  });

  it('names each wrong field, with the row of the person', () => {
    expect(
      messages(
        valid({
          title: ' ',
          cadenceDays: '1.5',
          people: [
            { name: 'Lena', email: 'lena@corp.example' },
            { name: '', email: 'not-an-address' },
          ],
        }),
      ),
    ).toEqual([
      'Title must not be empty',
      'Person 2 e-mail must be an e-mail address',
      'Person 2 name must not be empty',
      'Cadence (days) must be a whole number from 1 to 365',
    ]);
  });

  it('needs at least one person, and two for a group', () => {
    expect(messages(valid({ people: [{ name: '', email: '' }] }))).toEqual(['People needs at least one person']);
    expect(messages(valid({ type: 'group' }))).toEqual(['People a group pairing needs at least two people']);
  });

  it('says which person is listed twice and refuses the user among the people', () => {
    expect(
      messages(
        valid({
          people: [
            { name: 'Lena', email: 'lena@corp.example' },
            { name: 'Me', email: 'ME@corp.example' },
            { name: 'Lena again', email: 'LENA@corp.example' },
          ],
        }),
        'me@corp.example',
      ),
    ).toEqual([
      'Person 2 e-mail is your own address; list only the other side of the pairing',
      "Person 3 e-mail is the same as person 1's",
    ]);
  });

  it('checks goals field by field, naming the goal and the milestone line', () => {
    const goal = { ...blankGoalForm('them'), title: '', progress: '120', targetDate: '2026-13-40', milestonesText: `ok\n${'x'.repeat(301)}` };
    expect(messages(valid({ goals: [blankGoalForm('me'), goal] }))).toEqual([
      'Goal 1 title must not be empty',
      'Goal 2 title must not be empty',
      'Goal 2 target date must be a date (YYYY-MM-DD)',
      'Goal 2 progress must be a whole number from 0 to 100',
      'Goal 2 milestones, line 2, is too long (at most 300 characters)',
    ]);
  });

  it('fills a goal from a template: its name, category, description with success criteria, and milestones', () => {
    const template = aGoalTemplate({ successCriteria: ['Peers ask for your summaries'] });
    const goal = goalFormFromTemplate(template, 'them');
    expect(goal).toMatchObject({
      templateId: template.id,
      title: 'Communication',
      category: 'communication',
      milestonesText: 'Record a talk and review it',
    });
    expect(goal.description).toContain('- Peers ask for your summaries');
    const result = parsePairingForm(valid({ goals: [goal] }));
    expect(result.ok && result.value.goals[0]).toMatchObject({ templateId: template.id, milestoneTitles: ['Record a talk and review it'] });
  });

  it('reports goals removed from the form and series the user unlinked', () => {
    const pairing = aPairing({ seriesIds: ['series-a', 'series-b'] });
    const form = pairingToForm(pairing, [aGoal({ id: 'g-1' }), aGoal({ id: 'g-2' })]);
    const edited: PairingForm = { ...form, goals: form.goals.slice(1), unlinkSeriesIds: ['series-b', 'not-linked'] };
    const result = parsePairingForm(edited);
    expect(result.ok && { removed: result.value.removedGoalIds, unlink: result.value.unlinkSeriesIds }).toEqual({
      removed: ['g-1'],
      unlink: ['series-b'],
    });
  });
});
