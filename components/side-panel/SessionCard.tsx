import { Video } from 'lucide';
import { MEET_HOST, type Pairing } from '../../lib/model';
import { safeJoinLink } from '../../lib/calendar/join-link';
import type { PanelView } from '../../lib/panel/panel-view';
import { formatRelative, formatSessionTime } from '../shared/format';
import { Icon } from '../shared/Icon';
import { MetaLine } from '../shared/MetaLine';
import { momentHeadings, sessionStateLabel } from './session-state';

interface Props {
  view: Pick<PanelView, 'focus' | 'moment' | 'pairing'>;
  now: number;
}

/** Who, when and the join link of the current or next session; calendar text is rendered as text only. */
export function SessionCard({ view, now }: Props) {
  const { focus, moment, pairing } = view;
  if (!focus) {
    return (
      <section class="card" aria-labelledby="session-heading">
        <h2 id="session-heading">Next session</h2>
        <p class="muted">No upcoming session for this pairing is in the calendar.</p>
      </section>
    );
  }
  const { session, title } = focus;
  const join = safeJoinLink(session.calendar?.joinLink ?? session.calendar?.meetLink);
  const during = moment === 'during';
  const endsIn = formatRelative(Date.parse(session.end), now);
  const reasons = session.detection.reasons;
  return (
    <section class={`card session-card${during ? ' card-current' : ''}`} aria-labelledby="session-heading" data-moment={moment}>
      <div class="card-head">
        <h2 id="session-heading">{momentHeadings[moment]}</h2>
        <span class={`badge${during || moment === 'before' ? ' badge-accent' : ''}`} data-testid="session-state">
          {sessionStateLabel(session, now, false)}
        </span>
      </div>
      <p class="session-title" data-testid="session-title">
        <bdi>{title}</bdi>
      </p>
      <p class="session-people" data-testid="session-people">
        With <People pairing={pairing} />
      </p>
      <MetaLine
        items={[
          <time dateTime={session.start} data-testid="session-when">
            {formatSessionTime(session.start, session.end)}
          </time>,
          during && `ends ${endsIn}`,
        ]}
      />
      <div class="row">
        {join && (
          // Any call (Meet, Zoom, Teams), https only; its host is shown so a look-alike cannot pass for the real one.
          <a class={`btn ${moment === 'next' ? 'btn-secondary' : 'btn-primary'}`} href={join.href} target="_blank" rel="noopener noreferrer">
            <Icon icon={Video} /> {join.host === MEET_HOST ? 'Join Google Meet' : <>Join the call on <bdi>{join.host}</bdi></>}
          </a>
        )}
        {session.calendar && !session.calendar.present && <span class="badge badge-warn">No longer in the calendar</span>}
      </div>
      {reasons.length > 0 && (
        <details class="why small">
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

/** The other side's names, each isolated so a right-to-left name cannot reorder the sentence. */
export function People({ pairing }: { pairing: Pairing }) {
  return (
    <>
      {pairing.participants.map((person, index) => (
        <span key={person.email}>
          {index > 0 && (index === pairing.participants.length - 1 ? ' and ' : ', ')}
          <bdi class="person-name">{person.name}</bdi>
        </span>
      ))}
    </>
  );
}
