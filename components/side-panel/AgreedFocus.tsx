import type { AgreedFocus as Focus } from '../../lib/panel/panel-view';
import { formatDayOf } from '../shared/format';

/** The focus the pair agreed at the end of their last session: what this one is for. */
export function AgreedFocus({ focus }: { focus: Focus | undefined }) {
  return (
    <section class="card agreed-focus" aria-labelledby="focus-heading">
      <h2 id="focus-heading">Focus agreed last time</h2>
      {focus ? (
        <>
          <p class="pre-wrap" data-testid="agreed-focus" dir="auto">
            {focus.text}
          </p>
          <p class="meta">
            From <time dateTime={focus.sessionStart}>{formatDayOf(focus.sessionStart)}</time>
          </p>
        </>
      ) : (
        <p class="muted">No focus was agreed yet: it is asked at the end of the feedback form.</p>
      )}
    </section>
  );
}
