import { describe, expect, it } from 'vitest';
import { sameTemplateContent } from '../../lib/templates/template-wording';
import { aTemplate } from '../pairings/fixtures';

describe('sameTemplateContent (seeding and import compare templates this one way)', () => {
  it('ignores ids, flags and dates', () => {
    const template = aTemplate();
    const builtInTwin = { ...aTemplate(), builtIn: true, archived: true, createdAt: '2020-01-01T00:00:00.000Z' };
    expect(sameTemplateContent(template, builtInTwin)).toBe(true);
    expect(sameTemplateContent(template, template)).toBe(true);
  });

  it('tells apart any change of wording, order or splitting of a list', () => {
    const template = aTemplate({ defaultMilestones: ['One', 'Two'] });
    expect(sameTemplateContent(template, { ...template, name: `${template.name} ` })).toBe(false);
    expect(sameTemplateContent(template, { ...template, category: 'delegation' })).toBe(false);
    expect(sameTemplateContent(template, { ...template, description: '' })).toBe(false);
    expect(sameTemplateContent(template, { ...template, defaultMilestones: ['Two', 'One'] })).toBe(false);
    expect(sameTemplateContent(template, { ...template, defaultMilestones: ['One, Two'] })).toBe(false);
    expect(sameTemplateContent(template, { ...template, suggestedQuestions: [] })).toBe(false);
    expect(sameTemplateContent(template, { ...template, successCriteria: [...template.successCriteria, 'More'] })).toBe(false);
  });
});
