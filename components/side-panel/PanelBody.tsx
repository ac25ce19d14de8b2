import type { PanelView } from '../../lib/panel/panel-view';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaSection } from './AgendaSection';
import { GoalsSection } from './GoalsSection';
import { HistorySection } from './HistorySection';
import { LastSessionSection } from './LastSessionSection';
import { LiveNotes } from './LiveNotes';
import { PairingSummarySection } from './PairingSummarySection';
import { SessionCard } from './SessionCard';

/** The sections in the order they are needed during a call: what now, what we agreed, then background. */
export function PanelBody({ view, now }: { view: PanelView; now: number }) {
  const focus = view.focus;
  return (
    <main class="panel-body">
      <SessionCard focus={focus} now={now} />
      <PairingSummarySection pairing={view.pairing} summary={view.summary} hasNext={Boolean(focus)} />
      {focus && <AgendaSection session={focus.session} entries={view.agenda} now={now} />}
      {focus && <LiveNotes key={focus.session.id} session={focus.session} />}
      <ActionItemsSection items={view.actionItems} pairing={view.pairing} />
      <GoalsSection goals={view.goals} pairing={view.pairing} />
      <LastSessionSection entry={view.lastSession} awaitingFeedback={view.awaitingFeedback} />
      <HistorySection key={view.pairing.id} pairing={view.pairing} firstPage={view.history} total={view.historyTotal} />
    </main>
  );
}
