/**
 * A pairing's pseudonym in programme reports: derived from its id (a random UUID), so it is the same
 * in every report the user exports and reveals nothing about the people.
 */
export async function pairingPseudonym(pairingId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`mentoring-companion/report|${pairingId}`));
  const hex = [...new Uint8Array(digest).slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `Pairing ${hex.toUpperCase()}`;
}
