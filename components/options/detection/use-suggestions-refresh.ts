import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/messaging/api';
import type { SuggestionsView } from '../../../lib/sessions/suggestion-store';
import type { LiveResult } from '../../shared/use-live-query';

export type RefreshState = { status: 'idle' } | { status: 'error'; error: unknown };

/**
 * Suggestions are computed in the background over every calendar event. When the stored ones are
 * out of date (settings, pairings or decisions changed; or they are old), ask once per change.
 */
export function useSuggestionsRefresh(stored: LiveResult<SuggestionsView>): RefreshState {
  const [state, setState] = useState<RefreshState>({ status: 'idle' });
  const asked = useRef<string | undefined>(undefined);
  const view = stored.status === 'ready' ? stored.value : undefined;
  useEffect(() => {
    if (!view || view.current || asked.current === view.inputs) return;
    asked.current = view.inputs;
    setState({ status: 'idle' });
    sendMessage('refreshSuggestions', undefined).catch((error: unknown) => setState({ status: 'error', error }));
  }, [view?.inputs, view?.current]);
  return state;
}
