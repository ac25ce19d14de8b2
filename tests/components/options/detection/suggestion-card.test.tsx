// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionCard } from '../../../../components/options/detection/SuggestionCard';
import type { PairingSuggestion } from '../../../../lib/sessions/suggestions';
import { findUnisolated, RLO } from '../../../support/bidi-isolation';

afterEach(cleanup);

const hostileName = `Dana ${RLO}Levi`;
const suggestion: PairingSuggestion = {
  seriesId: 'series-dana',
  memberSeriesIds: ['series-dana'],
  title: `Mentoring ${RLO}chat`,
  people: [
    { name: hostileName, email: 'dana.levi@corp.example' },
    { name: `Omar ${RLO}Haddad`, email: `omar${RLO}@corp.example` },
  ],
  eventCount: 4,
  reasons: ['a recurring one-to-one'],
  cadenceDays: 14,
  isDemo: false,
};

describe('a suggestion card with a right-to-left override in an attendee’s name', () => {
  it('isolates the name and the address as separate runs, and every other untrusted text', () => {
    const { container } = render(
      <SuggestionCard suggestion={suggestion} pairings={[]} busy={false} onCreate={() => {}} onAdd={() => {}} onReject={() => {}} />,
    );
    const people = container.querySelector('.people-line')!;
    const runs = Array.from(people.querySelectorAll('bdi')).map((run) => run.textContent);
    expect(runs).toEqual([hostileName, 'dana.levi@corp.example', `Omar ${RLO}Haddad`, `omar${RLO}@corp.example`]);
    // The address is never inside the run the override is in.
    expect(people.querySelector('bdi')!.textContent).not.toContain('@');
    expect(findUnisolated(container, [hostileName, `Omar ${RLO}Haddad`, `omar${RLO}@corp.example`, suggestion.title])).toEqual([]);
  });
});
