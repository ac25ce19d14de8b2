import { useState } from 'preact/hooks';
import type { Pairing } from '../../../lib/model';
import type { PairingSuggestion } from '../../../lib/sessions/suggestions';
import { describeCadence } from '../../../lib/pairings/pairing-labels';
import { Button } from '../../shared/Button';
import { formatDateTime, plural } from '../../shared/format';
import { domId } from '../ui';

interface SuggestionCardProps {
  suggestion: PairingSuggestion;
  pairings: Pairing[];
  busy: boolean;
  onCreate: () => void;
  onAdd: (pairingId: string) => void;
  onReject: () => void;
}

/** One series the detector reads as mentoring but no pairing claims; every text in it is the calendar's. */
export function SuggestionCard({ suggestion, pairings, busy, onCreate, onAdd, onReject }: SuggestionCardProps) {
  const [choosing, setChoosing] = useState(false);
  const linkable = pairings.filter((pairing) => pairing.status !== 'closed');
  const [picked, setTarget] = useState('');
  // Pairings may arrive after the card: until the user picks, the first one offered is the choice.
  const target = linkable.some((pairing) => pairing.id === picked) ? picked : (linkable[0]?.id ?? '');
  const title = suggestion.title || 'Untitled event';
  const selectId = domId('suggestion', suggestion.seriesId, 'pairing');
  return (
    <li class="list-item suggestion">
      <div class="item-title">
        <h4 class="suggestion-title">{title}</h4>
        <div class="row">
          {suggestion.isDemo && <span class="badge">Demo</span>}
          <span class="muted">
            {plural(suggestion.eventCount, 'event')}
            {suggestion.nextStart ? `\u00a0· next ${formatDateTime(suggestion.nextStart)}` : '\u00a0· none upcoming'}
            {suggestion.cadenceDays ? `\u00a0· about ${describeCadence(suggestion.cadenceDays)}` : ''}
          </span>
        </div>
        <p class="people-line">
          {suggestion.people.length > 0
            ? suggestion.people.map((person) => `${person.name} (${person.email})`).join(', ')
            : 'No other attendee'}
        </p>
      </div>
      <p class="muted why-heading">Why it looks like mentoring:</p>
      <ul class="bullets reasons">
        {suggestion.reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
      <div class="row item-actions">
        <Button variant="primary" onClick={onCreate} disabled={busy || suggestion.people.length === 0}>
          Create pairing<span class="sr-only"> from “{title}”</span>
        </Button>
        <Button onClick={() => setChoosing(!choosing)} aria-expanded={choosing} disabled={busy || linkable.length === 0}>
          Add to pairing…<span class="sr-only"> (“{title}”)</span>
        </Button>
        <Button onClick={onReject} disabled={busy}>
          Not mentoring<span class="sr-only"> (“{title}”)</span>
        </Button>
      </div>
      {suggestion.people.length === 0 && <p class="hint">With no other attendee a pairing cannot be made from it: add it to an existing pairing.</p>}
      {choosing && (
        <div class="row add-to-pairing">
          <label for={selectId}>Add “{title}” to</label>
          <select id={selectId} class="auto-width" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            {linkable.map((pairing) => (
              <option key={pairing.id} value={pairing.id}>
                {pairing.title}
              </option>
            ))}
          </select>
          <Button variant="primary" onClick={() => onAdd(target)} disabled={busy || !target}>
            Add
          </Button>
        </div>
      )}
    </li>
  );
}
