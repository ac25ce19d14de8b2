import { render } from 'preact';
import { FeedbackApp } from '../../components/feedback/FeedbackApp';
import '../../components/shared/theme.css';
import '../../components/feedback/feedback.css';

// An unlisted page: opened as /feedback.html?session=<id> by the background or the side panel.
const sessionId = new URLSearchParams(location.search).get('session');
render(<FeedbackApp sessionId={sessionId} />, document.getElementById('app')!);
