/**
 * Why the page shows no event we can read, when that looks like a change on Google's side rather
 * than an empty calendar: an empty week has a main region and no events; a changed page has events
 * (buttons or links whose label carries a time of day) without the `data-eventid` they used to
 * carry, ids we cannot decode, or no main region at all.
 */
export function diagnoseUnreadablePage(undecodableIds: number): string | undefined {
  // Settings, the event editor, the trash and such show no events (but show times): nothing to judge there.
  if (NOT_A_CALENDAR_VIEW.test(location.pathname)) return undefined;
  if (undecodableIds > 0) {
    return `Google Calendar's event elements carry ids the extension cannot read (${undecodableIds} seen), so no badges are shown.`;
  }
  const main = document.querySelector('[role="main"], main');
  if (!main) return 'The Google Calendar page has no main region the extension recognises, so no badges are shown.';
  if (main.querySelector('[data-eventid]')) return undefined;
  // Events are things one clicks; hour labels and the time zone are not (and are left out).
  const candidates = main.querySelectorAll('[role="button"], [role="link"], [tabindex], a, button');
  for (const candidate of candidates) {
    const label = (candidate.getAttribute('aria-label') ?? candidate.textContent ?? '').replace(TIME_ZONE, '');
    if (TIME_OF_DAY.test(label)) {
      return 'Google Calendar shows events without the data-eventid the extension reads (the page has changed), so no badges are shown.';
    }
  }
  return undefined;
}

const NOT_A_CALENDAR_VIEW = /\/r\/(?:settings|eventedit|trash|tasks|appointment|print|syncselect|sharing)/i;

/** 9:30, 14:00, 9am, 9 p.m., 21h30: a time of day in most languages' calendars. */
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2}|\s?[ap]\.?\s?m\b\.?|h\d{2})/i;
const TIME_ZONE = /\b(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?/gi;
