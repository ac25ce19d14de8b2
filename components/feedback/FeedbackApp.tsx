import { useEffect, useState } from 'preact/hooks';
import { loadFeedbackForm, type FeedbackLoad } from '../../lib/feedback/feedback-store';
import { EmptyState } from '../shared/EmptyState';
import { ErrorMessage } from '../shared/ErrorMessage';
import { messageOf } from '../../lib/text/error-message';
import { useSettingsTheme } from '../shared/use-theme';
import { FeedbackForm } from './FeedbackForm';
import { SubmittedFeedback } from './SubmittedFeedback';

type State = { status: 'loading' } | { status: 'loaded'; load: FeedbackLoad } | { status: 'error'; message: string };

/** The feedback window of one session (`feedback.html?session=<id>`). */
export function FeedbackApp({ sessionId }: { sessionId: string | null }) {
  useSettingsTheme();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    // Loaded once: a form must not reset under the user's hands when the database changes.
    loadFeedbackForm(sessionId)
      .then((load) => setState({ status: 'loaded', load }))
      .catch((error: unknown) => setState({ status: 'error', message: messageOf(error) }));
  }, [sessionId]);

  if (state.status === 'loading') return <p class="muted page">Loading…</p>;
  if (state.status === 'error') {
    return (
      <div class="page">
        <ErrorMessage title="The feedback form could not be opened.">{state.message}</ErrorMessage>
      </div>
    );
  }
  const { load } = state;
  if (load.kind === 'missing-session-id') {
    return (
      <EmptyState title="No session chosen">
        <p>Open feedback from a session in the side panel or from the “How did it go?” notification.</p>
      </EmptyState>
    );
  }
  if (load.kind !== 'ready') {
    return (
      <EmptyState title="This session could not be found">
        <p>It may have been removed together with its calendar. Your other sessions are in the side panel.</p>
      </EmptyState>
    );
  }
  const { context } = load;
  if (context.existing?.state === 'submitted') return <SubmittedFeedback context={context} feedback={context.existing} />;
  return <FeedbackForm context={context} />;
}
