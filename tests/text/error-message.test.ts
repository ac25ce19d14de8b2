import { describe, expect, it } from 'vitest';
import { messageOf } from '../../lib/text/error-message';

describe('messageOf: anything thrown, in words', () => {
  it("gives an Error's message, whatever its class", () => {
    expect(messageOf(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(messageOf(new DOMException('The operation timed out.', 'TimeoutError'))).toBe('The operation timed out.');
  });

  it('gives a thrown string or other value as text', () => {
    expect(messageOf('quota exceeded')).toBe('quota exceeded');
    expect(messageOf(404)).toBe('404');
  });

  it('never gives an empty message', () => {
    for (const thrown of [new Error(''), '', '  ', undefined, null]) expect(messageOf(thrown)).toBe('unknown error');
  });
});
