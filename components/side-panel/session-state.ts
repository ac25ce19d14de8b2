import type { MomentKind } from '../../lib/panel/moment';
import type { Session } from '../../lib/model';
import { formatRelative, statusLabels } from '../shared/format';

/**
 * A session's state in words, as the user would say it: "In progress" during the call, not the
 * stored "Scheduled"; "Awaiting feedback" once it ended without any.
 */
export function sessionStateLabel(session: Session, nowMs: number, needsFeedback: boolean): string {
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  if (session.status === 'cancelled') return 'Cancelled';
  if (start <= nowMs && nowMs < end && (session.status === 'scheduled' || session.status === 'held')) return 'In progress';
  if (end <= nowMs && needsFeedback) return 'Awaiting feedback';
  if (session.status === 'scheduled' && start > nowMs) return `Starts ${formatRelative(start, nowMs)}`;
  return statusLabels[session.status];
}

/** The heading of the focus session's card for each moment. */
export const momentHeadings: Record<MomentKind, string> = {
  before: 'Next session',
  next: 'Next session',
  during: 'Current session',
  after: 'How did it go?',
  none: 'Next session',
};
