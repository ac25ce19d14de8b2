import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  actionItemSchema,
  calendarEventCopySchema,
  defaultSettings,
  detectionDecisionSchema,
  feedbackQuestionSchema,
  feedbackSchema,
  goalSchema,
  goalTemplateSchema,
  googleEventSchema,
  MAX_DESCRIPTION_LENGTH,
  milestoneSchema,
  pairingSchema,
  personSchema,
  sessionSchema,
  settingsSchema,
  syncStateSchema,
} from '../../lib/model';
import {
  aDetectionDecision,
  aFeedback,
  aFeedbackQuestion,
  aGoal,
  aGoalTemplate,
  anActionItem,
  anEventCopy,
  aPairing,
  aSession,
  aSyncState,
} from '../support/factories';

/** For each schema: one valid object, and invalid variants with the field the error must name. */
const cases: { name: string; schema: z.ZodMiniType; valid: unknown; invalid: { value: unknown; path: string }[] }[] = [
  {
    name: 'person',
    schema: personSchema,
    valid: { email: 'Ana.Silva@Corp.Example', name: 'Ana' },
    invalid: [
      { value: { email: 'not-an-address', name: 'Ana' }, path: 'email' },
      { value: { email: 'a@b.example', name: '' }, path: 'name' },
    ],
  },
  {
    name: 'pairing',
    schema: pairingSchema,
    valid: aPairing(),
    invalid: [
      { value: aPairing({ participants: [] }), path: 'participants' },
      { value: aPairing({ type: 'buddy' as never }), path: 'type' },
      { value: aPairing({ cadenceDays: 0 }), path: 'cadenceDays' },
      { value: aPairing({ type: 'group' }), path: 'participants' },
      {
        value: aPairing({
          participants: [
            { email: 'a@corp.example', name: 'A' },
            { email: 'A@corp.example', name: 'A again' },
          ],
        }),
        path: 'participants',
      },
    ],
  },
  {
    name: 'milestone',
    schema: milestoneSchema,
    valid: { id: 'm', title: 'Draft', done: false },
    invalid: [{ value: { id: 'm', title: 'Draft', done: false, due: '31/12/2026' }, path: 'due' }],
  },
  {
    name: 'goal',
    schema: goalSchema,
    valid: aGoal(),
    invalid: [
      { value: aGoal({ progress: 101 }), path: 'progress' },
      { value: aGoal({ title: '  ' }), path: 'title' },
      { value: aGoal({ category: 'cooking' as never }), path: 'category' },
    ],
  },
  {
    name: 'goal template',
    schema: goalTemplateSchema,
    valid: aGoalTemplate(),
    invalid: [
      { value: aGoalTemplate({ description: '' }), path: 'description' },
      { value: aGoalTemplate({ defaultMilestones: [''] }), path: 'defaultMilestones.0' },
    ],
  },
  {
    name: 'session',
    schema: sessionSchema,
    valid: aSession(),
    invalid: [
      { value: aSession({ end: '2026-05-04T08:00:00.000Z' }), path: 'end' },
      { value: aSession({ status: 'done' as never }), path: 'status' },
      { value: aSession({ start: 'yesterday' }), path: 'start' },
    ],
  },
  {
    name: 'feedback',
    schema: feedbackSchema,
    valid: aFeedback(),
    invalid: [
      { value: aFeedback({ rating: 6 }), path: 'rating' },
      { value: aFeedback({ outcome: undefined }), path: 'outcome' },
      { value: aFeedback({ rating: undefined }), path: 'rating' },
      { value: aFeedback({ actionItems: [{ text: '', owner: 'me' }] }), path: 'actionItems.0.text' },
    ],
  },
  {
    name: 'feedback question',
    schema: feedbackQuestionSchema,
    valid: aFeedbackQuestion(),
    invalid: [{ value: aFeedbackQuestion({ kind: 'essay' as never }), path: 'kind' }],
  },
  {
    name: 'action item',
    schema: actionItemSchema,
    valid: anActionItem(),
    invalid: [
      { value: anActionItem({ owner: 'nobody' as never }), path: 'owner' },
      { value: anActionItem({ due: '2026-13-01' }), path: 'due' },
    ],
  },
  {
    name: 'calendar event copy',
    schema: calendarEventCopySchema,
    valid: anEventCopy(),
    invalid: [
      { value: anEventCopy({ endMs: 0 }), path: 'endMs' },
      { value: anEventCopy({ source: 'outlook' as never }), path: 'source' },
    ],
  },
  {
    name: 'sync state',
    schema: syncStateSchema,
    valid: aSyncState(),
    invalid: [{ value: aSyncState({ calendarId: '' }), path: 'calendarId' }],
  },
  {
    name: 'settings',
    schema: settingsSchema,
    valid: defaultSettings,
    invalid: [
      { value: { ...defaultSettings, syncIntervalMinutes: 0 }, path: 'syncIntervalMinutes' },
      { value: { ...defaultSettings, selfEmail: 'me' }, path: 'selfEmail' },
    ],
  },
  {
    name: 'detection decision',
    schema: detectionDecisionSchema,
    valid: aDetectionDecision(),
    invalid: [{ value: aDetectionDecision({ verdict: 'maybe' as never }), path: 'verdict' }],
  },
];

describe.each(cases)('$name schema', ({ schema, valid, invalid }) => {
  it('accepts a valid object', () => {
    const result = schema.safeParse(valid);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(invalid)('rejects an invalid $path', ({ value, path }) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('calendar text from Google', () => {
  it('bounds a 1 MB description and keeps HTML as inert text', () => {
    const event = googleEventSchema.parse({
      id: 'e',
      summary: '<img src=x onerror=alert(1)>Mentoring',
      description: 'x'.repeat(1_000_000),
      unknownField: { deep: true },
    });
    expect(event.description).toHaveLength(MAX_DESCRIPTION_LENGTH);
    expect(event.summary).toBe('<img src=x onerror=alert(1)>Mentoring');
    expect(event).not.toHaveProperty('unknownField');
  });

  it('lower-cases participant addresses so they compare case-insensitively', () => {
    expect(personSchema.parse({ email: ' Ana.Silva@Corp.Example ', name: 'Ana' }).email).toBe('ana.silva@corp.example');
  });

  it('accepts a draft feedback without outcome or rating', () => {
    expect(feedbackSchema.safeParse(aFeedback({ state: 'draft', outcome: undefined, rating: undefined })).success).toBe(
      true,
    );
  });
});
