import { unhandledMessages } from '../lib/messaging/register';

// The whole background, one line per thing it starts. Each start* registers its own listeners and
// message handlers synchronously, so events that woke the service worker are not missed.
export default defineBackground(() => {
  const missing = unhandledMessages();
  if (missing.length > 0) console.error(`Mentoring Companion: no handler for ${missing.join(', ')}`);
});
