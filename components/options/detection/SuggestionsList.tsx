import { getDatabase } from '../../../lib/db/database';
import { sendMessage } from '../../../lib/messaging/api';
import { isolate } from '../../../lib/text/bidi';
import { listPairings } from '../../../lib/pairings/pairing-store';
import { readSuggestions } from '../../../lib/sessions/suggestion-store';
import type { PairingSuggestion } from '../../../lib/sessions/suggestions';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { messageOf } from '../../../lib/text/error-message';
import { useLiveQuery } from '../../shared/use-live-query';
import { useSuggestionsRefresh } from './use-suggestions-refresh';
import { ActionOutcome, useAction } from '../ui';
import { SuggestionCard } from './SuggestionCard';

/** Mentoring series that belong to no pairing yet, with what the user can say about each. */
export function SuggestionsList({ onPairingCreated }: { onPairingCreated: (pairingId: string, title: string) => void }) {
  const stored = useLiveQuery(() => readSuggestions(), []);
  const refresh = useSuggestionsRefresh(stored);
  // Until the background has computed them for today's pairings and settings, nothing is claimed to be
  // missing: older suggestions stay on screen meanwhile, an empty list shows as still looking.
  const waiting = stored.status === 'ready' && !stored.value.current && stored.value.suggestions.length === 0;
  const suggestions = waiting ? (refresh.status === 'error' ? refresh : { status: 'loading' as const }) : stored;
  const pairings = useLiveQuery(() => listPairings(), []);
  const action = useAction();

  const create = (suggestion: PairingSuggestion) =>
    action.run(async () => {
      await sendMessage('decideDetection', { seriesId: suggestion.seriesId, verdict: 'mentoring' });
      const created = await getDatabase().pairings.filter((pairing) => pairing.seriesIds.includes(suggestion.seriesId)).first();
      if (created) onPairingCreated(created.id, created.title);
      return created ? `Created the pairing “${isolate(created.title)}”.` : 'Created the pairing.';
    });
  const add = (suggestion: PairingSuggestion, pairingId: string) =>
    action.run(async () => {
      await sendMessage('decideDetection', { seriesId: suggestion.seriesId, verdict: 'mentoring', pairingId });
      const pairing = pairings.status === 'ready' ? pairings.value.find((candidate) => candidate.id === pairingId) : undefined;
      return `Added “${isolate(suggestion.title || 'the events')}” to ${pairing ? `“${isolate(pairing.title)}”` : 'the pairing'}.`;
    });
  const reject = (suggestion: PairingSuggestion) =>
    action.run(async () => {
      await sendMessage('decideDetection', { seriesId: suggestion.seriesId, verdict: 'not-mentoring' });
      return `“${isolate(suggestion.title || 'These events')}” will no longer be suggested.`;
    });

  return (
    <div role="group" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">Suggestions</h3>
      <p class="muted">Recurring meetings that look like mentoring but belong to no pairing yet.</p>
      <ActionOutcome status={action.status} failedTitle="That did not work." />
      {suggestions.status === 'loading' && <p class="muted">Looking through your calendar…</p>}
      {suggestions.status === 'error' && <ErrorMessage title="The suggestions could not be computed.">{messageOf(suggestions.error)}</ErrorMessage>}
      {suggestions.status === 'ready' && suggestions.value.suggestions.length === 0 && (
        <EmptyState title="No suggestions">
          <p>Nothing new looks like mentoring. Suggestions appear after a sync finds recurring meetings that match no pairing.</p>
        </EmptyState>
      )}
      {suggestions.status === 'ready' && suggestions.value.suggestions.length > 0 && (
        <ul class="item-list" aria-label="Suggested pairings">
          {suggestions.value.suggestions.map((suggestion) => (
            <SuggestionCard
              key={suggestion.seriesId}
              suggestion={suggestion}
              pairings={pairings.status === 'ready' ? pairings.value : []}
              busy={action.busy}
              onCreate={() => void create(suggestion)}
              onAdd={(pairingId) => void add(suggestion, pairingId)}
              onReject={() => void reject(suggestion)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
