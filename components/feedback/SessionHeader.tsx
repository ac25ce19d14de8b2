import type { FeedbackContext } from '../../lib/feedback/feedback-store';
import { formatSessionTime } from '../shared/format';

export function SessionHeader({ context }: { context: FeedbackContext }) {
  const { session, pairing, title } = context;
  return (
    <header class="feedback-header">
      <h1>How did it go?</h1>
      <p class="session-title" data-testid="feedback-session-title">
        {title}
      </p>
      <p class="muted">
        <time dateTime={session.start}>{formatSessionTime(session.start, session.end)}</time>
        {'\u00a0· '}with{' '}
        {pairing.participants.map((person) => person.name).join(', ')}
        {session.isDemo && <span class="badge badge-warn"> Demo data</span>}
      </p>
    </header>
  );
}
