import { escapeMarkdown } from '../export/markdown-escape';
import { goalStatusLabels, sessionStatusLabels } from '../pairings/pairing-labels';
import type { RecapContent } from './recap-format';

export interface RecapTextOptions {
  /** For tests; the user's own time zone otherwise. */
  timeZone?: string;
}

interface RecapLines {
  heading: string;
  sections: { title: string; lines: string[]; list: boolean }[];
}

/** The recap in the order a reader wants it, worded from the sender's side ("me" and the others by name). */
function recapLines(recap: RecapContent, options: RecapTextOptions): RecapLines {
  const others = recap.pairing.participants.map((person) => person.name).join(', ');
  const owner = ({ owner: side, ownerEmail }: RecapContent['actionItems'][number]) =>
    side === 'sender' ? 'me' : (recap.pairing.participants.find((person) => person.email === ownerEmail)?.name ?? others);
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(recap.session.start));
  const status = recap.session.status === 'held' ? '' : ` (${sessionStatusLabels[recap.session.status].toLowerCase()})`;
  const sections: RecapLines['sections'] = [];
  if (recap.agendaCovered.length > 0) sections.push({ title: 'Agenda points covered', lines: recap.agendaCovered, list: true });
  sections.push({
    title: 'Action items',
    lines: recap.actionItems.length === 0
      ? ['None agreed.']
      : recap.actionItems.map((item) => `${item.done ? '(done) ' : ''}${item.text} — ${owner(item)}${item.due ? `, due ${item.due}` : ''}`),
    list: recap.actionItems.length > 0,
  });
  if (recap.nextFocus) sections.push({ title: 'Focus for next time', lines: recap.nextFocus.split(/\r?\n/), list: false });
  if (recap.goals.length > 0) {
    sections.push({
      title: 'Goal progress',
      lines: recap.goals.map((goal) => {
        const whose = goal.owner === 'sender' ? 'mine' : `${others}’s`;
        const done = goal.milestones.filter((m) => m.done).length;
        const milestones = goal.milestones.length > 0 ? `, ${done} of ${goal.milestones.length} milestones` : '';
        return `${goal.title} (${whose}): ${goal.progress}%${milestones}${goal.status === 'active' ? '' : ` · ${goalStatusLabels[goal.status].toLowerCase()}`}`;
      }),
      list: true,
    });
  }
  return { heading: `Recap: ${recap.pairing.title} — ${when}${status}`, sections };
}

/** Plain text, for pasting into a chat or an e-mail. */
export function recapText(recap: RecapContent, options: RecapTextOptions = {}): string {
  const { heading, sections } = recapLines(recap, options);
  const blocks = sections.map(({ title, lines, list }) => [title, ...lines.map((line) => (list ? `- ${line}` : line))].join('\n'));
  return `${[heading, ...blocks].join('\n\n')}\n`;
}

export function recapMarkdown(recap: RecapContent, options: RecapTextOptions = {}): string {
  const { heading, sections } = recapLines(recap, options);
  const blocks = sections.map(({ title, lines, list }) => [`## ${title}`, '', ...lines.map((line) => (list ? `- ${escapeMarkdown(line)}` : escapeMarkdown(line)))].join('\n'));
  return `${[`# ${escapeMarkdown(heading)}`, ...blocks].join('\n\n')}\n`;
}

/** An e-mail draft to the other side with the recap as its text. */
export function recapMailto(recap: RecapContent, options: RecapTextOptions = {}): string {
  const to = recap.pairing.participants.map((person) => encodeURIComponent(person.email)).join(',');
  const { heading } = recapLines(recap, options);
  const query = `subject=${encodeURIComponent(heading)}&body=${encodeURIComponent(recapText(recap, options))}`;
  return `mailto:${to}?${query}`;
}
