/**
 * Ids of what a recap brings are made from the sender's address and the sender's own ids, so the
 * same recap imported twice finds its rows already there.
 */
export function importedItemId(fromEmail: string, senderItemId: string): string {
  return `recap|${fromEmail}|${senderItemId}`;
}

/** An item the sender had imported from one of my recaps: its id here, before it travelled. */
export function originalItemId(senderItemId: string): string | undefined {
  const [prefix, , ...rest] = senderItemId.split('|');
  return prefix === 'recap' && rest.length > 0 ? rest.join('|') : undefined;
}

export function recapImportId(fromEmail: string, senderSessionId: string): string {
  return `${fromEmail}|${senderSessionId}`;
}

export function focusAgendaItemId(recapImportKey: string): string {
  return `recap|${recapImportKey}|focus`;
}
