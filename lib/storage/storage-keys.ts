/**
 * Every key the extension keeps in extension storage (`browser.storage`), named `<domain>.<what>`.
 * The data itself lives in IndexedDB; these hold sign-in, coordination and page state. No imports:
 * the Calendar and Meet page scripts read these names too, and must stay small.
 */
export const STORAGE_KEYS = {
  /** local: how the user signed in to Google and the scopes granted. */
  googleAccount: 'googleAuth.account',
  /** session (local where the browser has none): the short-lived access token. */
  googleToken: 'googleAuth.token',
  /** local: the Google calendars the user chose to sync. */
  selectedGoogleCalendars: 'googleCalendars.selected',
  /** local: which extension context may sync right now, until when. */
  syncLease: 'calendarSync.lease',
  /** local: the user closed the options page's welcome. */
  welcomeDismissed: 'options.welcomeDismissed',
  /** local: the latest problem of each Google page script, for the options page. */
  pageDiagnostics: 'googlePages.diagnostics',
  /** session: what the side panel was asked to show. */
  panelFocus: 'sidePanel.focus',
} as const;

/** Names earlier versions wrote, still read (or cleared) so that an update loses nothing. */
export const LEGACY_STORAGE_KEYS = {
  welcomeDismissed: 'welcomeDismissed',
  pageDiagnostics: 'pageDiagnostics',
} as const;
