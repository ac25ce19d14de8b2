import type { ActionItem, Goal } from '../../lib/model';
import { otherSide } from '../../lib/export/export-data';
import { ownerName } from '../../lib/pairings/owners';
import type { HistorySession, PairingHistory } from '../../lib/export/pairing-history';
import { describeCadence, goalStatusLabels, myRoleLabels, pairingStatusLabels, pairingTypeLabels, sessionStatusLabels } from '../../lib/pairings/pairing-labels';
import { goalCategoryLabels } from '../../lib/templates/library';
import { formatDateTime, formatDay } from '../shared/format';

/** The same history as the Markdown export, as a document (every user text rendered as text). */
export function HistoryView({ history }: { history: PairingHistory }) {
  const { pairing } = history;
  return (
    <article>
      <h1 dir="auto">{pairing.title}</h1>
      <p>
        {pairingTypeLabels[pairing.type]} · I am the {myRoleLabels[pairing.myRole].toLowerCase()} · meeting {describeCadence(pairing.cadenceDays)} · {pairingStatusLabels[pairing.status]}
      </p>
      <p>
        With:{' '}
        {pairing.participants.map((person, index) => (
          <span key={person.email}>
            {index > 0 && ', '}
            <bdi>{person.name}</bdi> ({person.email})
          </span>
        ))}
      </p>
      <h2>Goals</h2>
      {history.goals.length === 0 ? <p class="muted">No goals yet.</p> : history.goals.map((goal) => <GoalBlock key={goal.id} goal={goal} history={history} />)}
      <h2>Sessions</h2>
      {history.sessions.length === 0 ? <p class="muted">No sessions yet.</p> : history.sessions.map((entry) => <SessionBlock key={entry.session.id} entry={entry} history={history} />)}
      <h2>Action items</h2>
      {history.actionItems.length === 0 ? <p class="muted">No action items yet.</p> : <ActionList items={history.actionItems} history={history} />}
    </article>
  );
}

function GoalBlock({ goal, history }: { goal: Goal; history: PairingHistory }) {
  return (
    <section class="print-block">
      <h3 dir="auto">{goal.title}</h3>
      <p class="muted">
        {goalCategoryLabels[goal.category]} · {goal.owner === 'me' ? 'mine' : `${otherSide(history.pairing)}’s`} · {goal.progress}% · {goalStatusLabels[goal.status]}
        {goal.targetDate && ` · target ${formatDay(goal.targetDate)}`}
      </p>
      {goal.description.trim() && <p class="pre-wrap" dir="auto">{goal.description}</p>}
      {goal.milestones.length > 0 && (
        <ul class="checklist">
          {goal.milestones.map((milestone) => (
            <li key={milestone.id} dir="auto">
              {milestone.done ? '☑' : '☐'} {milestone.title}
              {milestone.due && ` (due ${formatDay(milestone.due)})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionBlock({ entry, history }: { entry: HistorySession; history: PairingHistory }) {
  const { session, feedback } = entry;
  const text = (label: string, value: string) =>
    value.trim() && (
      <>
        <dt>{label}</dt>
        <dd class="pre-wrap" dir="auto">
          {value}
        </dd>
      </>
    );
  return (
    <section class="print-block">
      <h3>
        {formatDateTime(session.start)} · {sessionStatusLabels[session.status]}
      </h3>
      {entry.title !== history.pairing.title && <p class="muted" dir="auto">{entry.title}</p>}
      {session.agenda.length > 0 && (
        <ul class="checklist" aria-label="Agenda">
          {session.agenda.map((item) => (
            <li key={item.id} dir="auto">
              {item.done ? '☑' : '☐'} {item.text}
            </li>
          ))}
        </ul>
      )}
      <h4>Notes</h4>
      {session.notes.trim() ? <p class="pre-wrap" dir="auto">{session.notes}</p> : <p class="muted">No notes were taken.</p>}
      {feedback && (
        <>
          <h4>
            My feedback{feedback.state === 'draft' ? ' (draft)' : ''}
            {feedback.rating !== undefined && ` · rated ${feedback.rating}/5`}
          </h4>
          <dl>
            {text('What went well', feedback.wentWell)}
            {text('What was hard', feedback.wasHard)}
            {text('Focus for next time', feedback.nextFocus)}
            {feedback.goalProgress.map((entry) => text(`Progress on “${history.goalTitle(entry.goalId)}”: ${entry.progress}%`, entry.note || '—'))}
            {feedback.customAnswers.map((answer) => text(history.questionText(answer.questionId), answer.answer))}
            {history.includePrivate && text('My private reflection', feedback.privateReflection)}
          </dl>
        </>
      )}
      {entry.actionItems.length > 0 && (
        <>
          <h4>Action items agreed</h4>
          <ActionList items={entry.actionItems} history={history} />
        </>
      )}
    </section>
  );
}

function ActionList({ items, history }: { items: ActionItem[]; history: PairingHistory }) {
  return (
    <ul class="checklist">
      {items.map((item) => (
        <li key={item.id} dir="auto">
          {item.status === 'done' ? '☑' : '☐'} {item.text} — <bdi>{ownerName(item, history.pairing)}</bdi>
          {item.due && `, due ${formatDay(item.due)}`}
        </li>
      ))}
    </ul>
  );
}
