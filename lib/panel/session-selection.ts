import type { Session } from '../model';
import { instant } from './time';

export interface FocusSession {
  session: Session;
  /** True from 15 minutes before the start until the end; otherwise it is the next session. */
  isCurrent: boolean;
}

export function sortByStart<T extends { start: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => instant(a.start) - instant(b.start));
}
