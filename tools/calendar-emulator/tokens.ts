import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Page and sync tokens are opaque to clients, as Google's are, but carry state: signed JSON, so a
 * tampered or foreign token is detected rather than silently misread.
 */
export class TokenSigner {
  private readonly key = randomBytes(32);

  sign(payload: object): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The payload, or undefined when the token was not issued by this emulator or was altered. */
  verify<T>(token: string): T | undefined {
    const dot = token.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const body = token.slice(0, dot);
    const expected = Buffer.from(this.mac(body));
    const actual = Buffer.from(token.slice(dot + 1));
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url').slice(0, 22);
  }
}

/** A short stable digest, used to bind a page token to the query that produced it. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
