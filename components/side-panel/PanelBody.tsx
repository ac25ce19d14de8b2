import type { ComponentChildren } from 'preact';
import type { PanelView } from '../../lib/panel/panel-view';
import { ActionItemsSection } from './ActionItemsSection';
import { AfterCard } from './AfterCard';
import { AgendaSection } from './AgendaSection';
import { AgreedFocus } from './AgreedFocus';
import { GoalsSection } from './GoalsSection';
import { HistorySection } from './HistorySection';
import { LastSessionSection } from './LastSessionSection';
import { LiveNotes } from './LiveNotes';
import { PairingSummarySection } from './PairingSummarySection';
import { SessionCard } from './SessionCard';
import { TrendsSection } from './trends/TrendsSection';

/**
 * The sections in the order the moment needs them (lib/panel/moment.ts):
 * before: who, when, join link, the focus agreed last time, open commitments, the agenda;
 * during: live notes and the agenda first; after: "How did it go?", then that session's notes.
 */
export function PanelBody({ view, now }: { view: PanelView; now: number }) {
  const { focus, moment } = view;
  const session = focus?.session;
  const notes = session && (
    <div class={`notes-slot notes-${moment}`}>
      <LiveNotes key={session.id} session={session} />
    </div>
  );
  const agenda = session && <AgendaSection session={session} entries={view.agenda} now={now} />;
  const commitments = <ActionItemsSection items={view.actionItems} pairing={view.pairing} sessionId={session?.id} />;
  const background: ComponentChildren = (
    <>
      <GoalsSection goals={view.goals} pairing={view.pairing} prompts={view.goalPrompts} now={now} />
      <PairingSummarySection pairing={view.pairing} summary={view.summary} hasNext={moment !== 'none'} />
      <LastSessionSection
        entry={view.lastSession?.session.id === session?.id ? undefined : view.lastSession}
        awaitingFeedback={view.awaitingFeedback}
        now={now}
      />
      <TrendsSection pairing={view.pairing} summary={view.summary} now={now} />
      <HistorySection entries={view.history} now={now} />
    </>
  );

  if (moment === 'during') {
    return (
      <main class="panel-body" data-moment={moment}>
        <SessionCard view={view} now={now} />
        {notes}
        {agenda}
        {commitments}
        <AgreedFocus focus={view.agreedFocus} />
        {background}
      </main>
    );
  }
  if (moment === 'after' && focus) {
    return (
      <main class="panel-body" data-moment={moment}>
        <AfterCard focus={focus} now={now} />
        {notes}
        {agenda}
        {commitments}
        {background}
      </main>
    );
  }
  return (
    <main class="panel-body" data-moment={moment}>
      <SessionCard view={view} now={now} />
      <AgreedFocus focus={view.agreedFocus} />
      {commitments}
      {agenda}
      {notes}
      {background}
    </main>
  );
}
