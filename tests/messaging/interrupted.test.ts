import { describe, expect, it } from 'vitest';
import { explainInterrupted, isInterrupted } from '../../lib/messaging/interrupted';

const CHROME_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('a request the background never finished', () => {
  it('is recognised in the words Chrome and Firefox use', () => {
    for (const text of [CHROME_CLOSED, 'Could not establish connection. Receiving end does not exist.', 'Extension context invalidated.', 'The message port closed before a response was received.']) {
      expect(isInterrupted(new Error(text)), text).toBe(true);
    }
    expect(isInterrupted(new Error('“x.ics” could not be imported. The file is empty.'))).toBe(false);
  });

  it('is told to the user as what happened, that nothing changed, and what to do, never in Chrome’s words', () => {
    const explained = explainInterrupted(new Error(CHROME_CLOSED), { task: 'the import of “team.ics”', retry: 'Import the file again.' });
    expect(explained.message).toBe('The extension’s background stopped before the import of “team.ics” finished. Nothing was changed. Import the file again.');
    expect(explained.message).not.toMatch(/listener|channel/);
  });

  it('says so when the calendar had been stored all the same', () => {
    const explained = explainInterrupted(new Error(CHROME_CLOSED), { task: 'the import of “team.ics”', retry: 'Import the file again.', changed: true });
    expect(explained.message).toBe('The extension’s background stopped before the import of “team.ics” finished. It had finished storing the calendar just before that, so the calendar is up to date.');
  });

  it('passes any other error through as it is', () => {
    const other = new Error('“x.ics” could not be imported. The file is empty.');
    expect(explainInterrupted(other, { task: 'x', retry: 'y' })).toBe(other);
  });
});
