import type { PanelView } from '../../lib/panel/panel-view';
import { snoozedUntil } from '../../lib/sessions/awaiting-feedback';
import { formatRelative, formatSessionTime, formatTime } from '../shared/format';
import { MetaLine } from '../shared/MetaLine';
import { GiveFeedbackButton } from './SessionRecord';

/** After a session: "How did it go?" first, for the session that just ended (snoozed: asked quietly). */
export function AfterCard({ focus, now }: { focus: NonNullable<PanelView['focus']>; now: number }) {
  const { session, title } = focus;
  const snoozed = snoozedUntil(session, now);
  return (
    <section class="card after-card" aria-labelledby="session-heading" data-moment="after">
      <h2 id="session-heading">How did it go?</h2>
      <p class="session-title" data-testid="session-title">
        <bdi>{title}</bdi>
      </p>
      <MetaLine
        items={[
          <time dateTime={session.start}>{formatSessionTime(session.start, session.end)}</time>,
          <span data-testid="session-state">Ended {formatRelative(Date.parse(session.end), now)}</span>,
        ]}
      />
      {snoozed !== undefined && <p class="muted small">Feedback snoozed until {formatTime(snoozed)}.</p>}
      <GiveFeedbackButton sessionId={session.id} label="Give feedback" />
    </section>
  );
}
