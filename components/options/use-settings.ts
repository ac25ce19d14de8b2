import type { Settings } from '../../lib/model';
import { getSettings } from '../../lib/settings/settings-store';
import { useLiveQuery, type LiveResult } from '../shared/use-live-query';

/** The settings as stored now; re-read whenever any page or the background changes them. */
export function useSettings(): LiveResult<Settings> {
  return useLiveQuery(() => getSettings(), []);
}
