import { describe, expect, it } from 'vitest';
import { goalCategories, goalTemplateSchema } from '../../lib/model';
import { builtInTemplates, builtInTemplateId } from '../../lib/templates/built-in-templates';

const at = '2026-11-21T09:00:00.000Z';

describe('built-in goal templates', () => {
  const templates = builtInTemplates(at);

  it('has one template for every category but "other", with a stable id', () => {
    const categories = goalCategories.filter((category) => category !== 'other');
    expect(templates.map((template) => template.category).sort()).toEqual([...categories].sort());
    for (const template of templates) {
      expect(template.id).toBe(builtInTemplateId(template.category as Exclude<typeof template.category, 'other'>));
    }
    expect(templates.map((template) => template.id)).toContain('builtin-communication');
    expect(templates.map((template) => template.id)).toContain('builtin-technology-fluency');
  });

  it('passes the goal template schema unchanged, marked built in and not archived', () => {
    for (const template of templates) {
      const parsed = goalTemplateSchema.safeParse(template);
      expect(parsed.success, `${template.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(template);
      expect(template).toMatchObject({ builtIn: true, archived: false, createdAt: at, updatedAt: at });
    }
  });

  it('gives each template substance: a real description, 3–5 milestones, 4–6 questions, 2–4 success criteria', () => {
    for (const template of templates) {
      expect(template.description.length, template.id).toBeGreaterThan(300);
      expect(template.defaultMilestones.length, template.id).toBeGreaterThanOrEqual(3);
      expect(template.defaultMilestones.length, template.id).toBeLessThanOrEqual(5);
      expect(template.suggestedQuestions.length, template.id).toBeGreaterThanOrEqual(4);
      expect(template.suggestedQuestions.length, template.id).toBeLessThanOrEqual(6);
      expect(template.suggestedQuestions.every((question) => question.endsWith('?')), template.id).toBe(true);
      expect(template.successCriteria.length, template.id).toBeGreaterThanOrEqual(2);
      expect(template.successCriteria.length, template.id).toBeLessThanOrEqual(4);
    }
  });

  it('uses distinct names, and the technology template speaks to reverse mentoring', () => {
    expect(new Set(templates.map((template) => template.name)).size).toBe(templates.length);
    const technology = templates.find((template) => template.category === 'technology-fluency');
    expect(technology?.description).toMatch(/reverse mentor/i);
  });

  it('hands out fresh lists, so editing one copy never changes the product’s own', () => {
    const first = builtInTemplates(at);
    first[0]!.defaultMilestones.push('changed');
    expect(builtInTemplates(at)[0]!.defaultMilestones).not.toContain('changed');
  });
});
