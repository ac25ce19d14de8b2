import type { ActionItem, ActionItemOwner, Pairing } from '../model';

/** Who owns an action item, in words: "Me", the member's name, or "Them" when a group item names no one. */
export function ownerName(item: Pick<ActionItem, 'owner' | 'ownerEmail'>, pairing: Pairing): string {
  if (item.owner === 'me') return 'Me';
  const named = item.ownerEmail && pairing.participants.find((person) => person.email === item.ownerEmail);
  if (named) return named.name;
  return pairing.participants.length === 1 ? pairing.participants[0]!.name : 'Them';
}

/** One choice of owner in a form: me, or one member of the other side (any member of a group). */
export interface OwnerChoice {
  /** "me", "them", or "them:<email>" for a member of a group. */
  value: string;
  label: string;
  owner: ActionItemOwner;
  ownerEmail?: string;
}

export function ownerChoices(pairing: Pairing): OwnerChoice[] {
  const me: OwnerChoice = { value: 'me', label: 'Me', owner: 'me' };
  if (pairing.participants.length === 1) return [me, { value: 'them', label: pairing.participants[0]!.name, owner: 'them' }];
  return [
    me,
    ...pairing.participants.map((person) => ({
      value: `them:${person.email}`,
      label: person.name,
      owner: 'them' as const,
      ownerEmail: person.email,
    })),
    { value: 'them', label: 'All of them', owner: 'them' },
  ];
}

/** The form value of an item's owner. */
export function ownerValue(item: Pick<ActionItem, 'owner' | 'ownerEmail'>): string {
  if (item.owner === 'me') return 'me';
  return item.ownerEmail ? `them:${item.ownerEmail}` : 'them';
}
