import { safeJoinLink } from '../../lib/calendar/join-link';
import type { PanelView } from '../../lib/panel/panel-view';
import { formatRelative, formatSessionTime, statusLabels } from '../shared/format';

/** The current or next session; calendar text is rendered as text only. */
export function SessionCard({ focus, now }: { focus: PanelView['focus']; now: number }) {
  if (!focus) {
    return (
      <section class="card" aria-labelledby="session-heading">
        <h2 id="session-heading">Next session</h2>
        <p class="muted">No upcoming session for this pairing is in the calendar.</p>
      </section>
    );
  }
  const { session, isCurrent, title } = focus;
  const join = safeJoinLink(session.calendar?.joinLink ?? session.calendar?.meetLink);
  const startMs = Date.parse(session.start);
  const reasons = session.detection.reasons;
  return (
    <section class={`card${isCurrent ? ' card-current' : ''}`} aria-labelledby="session-heading">
      <h2 id="session-heading">{isCurrent ? 'Current session' : 'Next session'}</h2>
      <p class="session-title" data-testid="session-title">
        {title}
      </p>
      <p>
        <time dateTime={session.start}>{formatSessionTime(session.start, session.end)}</time>{' '}
        <span class="muted">
          {isCurrent && startMs <= now ? '· in progress' : `· ${formatRelative(startMs, now)}`}
        </span>
      </p>
      <p class="row">
        <span class="badge">{statusLabels[session.status]}</span>
        {session.calendar && !session.calendar.present && (
          <span class="badge badge-warn">No longer in the calendar</span>
        )}
        {join && (
          // The host comes from the link itself and is shown, so a look-alike cannot pass for the real call.
          <a href={join.href} target="_blank" rel="noopener noreferrer">
            {join.host === 'meet.google.com' ? 'Join Google Meet' : <>Join the call on <bdi>{join.host}</bdi></>}
          </a>
        )}
      </p>
      {reasons.length > 0 && (
        <details class="why">
          <summary>Why this is a mentoring session</summary>
          <ul class="bullets">
            {reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
          <p class="muted">Confidence {Math.round(session.detection.confidence * 100)}%</p>
        </details>
      )}
    </section>
  );
}
