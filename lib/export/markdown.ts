import type { ActionItem, Feedback, Goal } from '../model';
import { describeCadence, goalStatusLabels, myRoleLabels, pairingStatusLabels, pairingTypeLabels, sessionStatusLabels } from '../pairings/pairing-labels';
import { goalCategoryLabels } from '../templates/library';
import { ownerName } from '../pairings/owners';
import { otherSide } from './export-data';
import { escapeMarkdown } from './markdown-escape';
import type { HistorySession, PairingHistory } from './pairing-history';

export { escapeMarkdown };

/** Several lines of the user's text as a quote block, so line breaks survive. */
function quoted(text: string): string[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'));
}

export interface MarkdownOptions {
  /** For tests; the user's own time zone otherwise. */
  timeZone?: string;
  exportedAt?: Date;
}

/** One pairing's whole history as Markdown: the pairing, its goals, each session with notes and feedback, every action item. */
export function pairingHistoryMarkdown(history: PairingHistory, options: MarkdownOptions = {}): string {
  const { pairing } = history;
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone, hour: '2-digit', minute: '2-digit' });
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(pairing.title)}`, '');
  out.push(`${pairingTypeLabels[pairing.type]} · I am the ${myRoleLabels[pairing.myRole].toLowerCase()} · meeting ${describeCadence(pairing.cadenceDays)} · ${pairingStatusLabels[pairing.status]}`, '');
  out.push(`With: ${pairing.participants.map((person) => `${escapeMarkdown(person.name)} (${escapeMarkdown(person.email)})`).join(', ')}`, '');
  out.push(`Exported from Mentoring Companion on ${day.format(options.exportedAt ?? new Date())}.`, '');

  out.push('## Goals', '');
  if (history.goals.length === 0) out.push('No goals yet.', '');
  for (const goal of history.goals) out.push(...goalLines(goal, history), '');

  out.push('## Sessions', '');
  if (history.sessions.length === 0) out.push('No sessions yet.', '');
  for (const entry of history.sessions) {
    const start = new Date(entry.session.start);
    out.push(`### ${day.format(start)}, ${time.format(start)} · ${sessionStatusLabels[entry.session.status]}`, '');
    out.push(...sessionLines(entry, history));
  }

  out.push('## Action items', '');
  if (history.actionItems.length === 0) out.push('No action items yet.', '');
  for (const item of history.actionItems) out.push(actionItemLine(item, history));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function goalLines(goal: Goal, history: PairingHistory): string[] {
  const whose = goal.owner === 'me' ? 'mine' : `${otherSide(history.pairing)}’s`;
  const lines = [
    `### ${escapeMarkdown(goal.title)}`,
    '',
    `${goalCategoryLabels[goal.category]} · ${whose} · ${goal.progress}% · ${goalStatusLabels[goal.status]}${goal.targetDate ? ` · target ${goal.targetDate}` : ''}`,
    '',
  ];
  if (goal.description.trim()) lines.push(...quoted(goal.description), '');
  for (const milestone of goal.milestones) {
    lines.push(`- [${milestone.done ? 'x' : ' '}] ${escapeMarkdown(milestone.title)}${milestone.due ? ` (due ${milestone.due})` : ''}`);
  }
  return lines;
}

function sessionLines(entry: HistorySession, history: PairingHistory): string[] {
  const { session, feedback } = entry;
  const lines: string[] = [];
  if (entry.title !== history.pairing.title) lines.push(`Calendar event: ${escapeMarkdown(entry.title)}`, '');
  if (session.agenda.length > 0) {
    lines.push('**Agenda**', '');
    for (const item of session.agenda) lines.push(`- [${item.done ? 'x' : ' '}] ${escapeMarkdown(item.text)}`);
    lines.push('');
  }
  lines.push('**Notes**', '', ...(session.notes.trim() ? quoted(session.notes) : ['No notes were taken.']), '');
  if (feedback) lines.push(...feedbackLines(feedback, history), '');
  if (entry.actionItems.length > 0) {
    lines.push('**Action items agreed**', '');
    for (const item of entry.actionItems) lines.push(actionItemLine(item, history));
    lines.push('');
  }
  return lines;
}

function feedbackLines(feedback: Feedback, history: PairingHistory): string[] {
  const lines = [`**My feedback**${feedback.state === 'draft' ? ' (draft)' : ''}${feedback.rating !== undefined ? ` · rated ${feedback.rating}/5` : ''}`, ''];
  const part = (label: string, text: string) => {
    if (text.trim()) lines.push(`*${label}*`, '', ...quoted(text), '');
  };
  part('What went well', feedback.wentWell);
  part('What was hard', feedback.wasHard);
  part('Focus for next time', feedback.nextFocus);
  for (const entry of feedback.goalProgress) {
    lines.push(`*Progress on “${escapeMarkdown(history.goalTitle(entry.goalId))}”*: ${entry.progress}%`, '');
    if (entry.note.trim()) lines.push(...quoted(entry.note), '');
  }
  for (const answer of feedback.customAnswers) part(escapeMarkdown(history.questionText(answer.questionId)), answer.answer);
  if (history.includePrivate) part('My private reflection', feedback.privateReflection);
  return lines;
}

function actionItemLine(item: ActionItem, history: PairingHistory): string {
  const owner = ownerName(item, history.pairing);
  return `- [${item.status === 'done' ? 'x' : ' '}] ${escapeMarkdown(item.text)} — ${escapeMarkdown(owner)}${item.due ? `, due ${item.due}` : ''}`;
}
