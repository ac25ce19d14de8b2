import { startBackground } from '../lib/background/background-starts';

// The list of what the background starts is lib/background/background-starts.ts, shared with its test.
export default defineBackground(() => {
  const missing = startBackground();
  if (missing.length > 0) console.error(`Mentoring Companion: no handler for ${missing.join(', ')}`);
});
