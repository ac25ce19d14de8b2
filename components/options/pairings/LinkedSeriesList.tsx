import { describeLinkedSeries } from '../../../lib/pairings/pairing-store';
import { Button } from '../../shared/Button';
import { plural } from '../../shared/format';
import { useLiveQuery } from '../../shared/use-live-query';

interface LinkedSeriesListProps {
  seriesIds: string[];
  unlinked: string[];
  onToggle: (seriesId: string, unlink: boolean) => void;
}

/** The calendar series confirmed as this pairing's sessions; unlinking takes effect on save. */
export function LinkedSeriesList({ seriesIds, unlinked, onToggle }: LinkedSeriesListProps) {
  const series = useLiveQuery(() => describeLinkedSeries(seriesIds), [seriesIds.join('\n')]);
  return (
    <fieldset>
      <legend>Linked calendar series</legend>
      {seriesIds.length === 0 ? (
        <p class="hint">
          None yet. Sessions are linked when you confirm a suggestion under Detection, or found by the people and keywords above.
        </p>
      ) : (
        <ul class="linked-series">
          {(series.status === 'ready' ? series.value : seriesIds.map((seriesId) => ({ seriesId, title: '', eventCount: 0 }))).map((item) => {
            const isUnlinked = unlinked.includes(item.seriesId);
            const name = item.title || 'Untitled event';
            return (
              <li key={item.seriesId} class={`row spread${isUnlinked ? ' is-unlinked' : ''}`}>
                <span>
                  {/* Event titles come from the calendar: rendered as text, never as HTML. */}
                  <bdi class="series-title">{name}</bdi>{' '}
                  <span class="muted">
                    ({item.eventCount > 0 ? plural(item.eventCount, 'event') : 'no events in the synced window'})
                    {isUnlinked ? ' — will be unlinked when you save' : ''}
                  </span>
                </span>
                <Button variant="quiet" onClick={() => onToggle(item.seriesId, !isUnlinked)}>
                  {isUnlinked ? 'Keep linked' : 'Unlink'}
                  <span class="sr-only"> “<bdi>{name}</bdi>”</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
