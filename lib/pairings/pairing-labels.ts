import type { GoalStatus, MyRole, PairingStatus, PairingType, SessionStatus, Side } from '../model';

export const pairingTypeLabels: Record<PairingType, string> = {
  'one-on-one': 'One-to-one',
  reverse: 'Reverse mentoring',
  'high-potential': 'High-potential',
  group: 'Group (mentoring circle)',
  peer: 'Peer mentoring',
};

export const myRoleLabels: Record<MyRole, string> = { mentor: 'Mentor', mentee: 'Mentee' };

export const pairingStatusLabels: Record<PairingStatus, string> = { active: 'Active', paused: 'Paused', closed: 'Closed' };

export const goalStatusLabels: Record<GoalStatus, string> = { active: 'Active', achieved: 'Achieved', dropped: 'Dropped' };

export const sessionStatusLabels: Record<SessionStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  rescheduled: 'Rescheduled',
  missed: 'Missed',
  cancelled: 'Cancelled',
};

export const goalOwnerLabels: Record<Side, string> = { me: 'Mine', them: 'Theirs' };

/** "every 14 days", "every week", "every day". */
export function describeCadence(days: number): string {
  if (days === 1) return 'every day';
  if (days === 7) return 'every week';
  if (days % 7 === 0) return `every ${days / 7} weeks`;
  return `every ${days} days`;
}
