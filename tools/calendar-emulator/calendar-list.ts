import { googleErrors } from './errors';
import { listEtag, querySignature, readBoolean, readPageSize } from './query';
import type { CalendarStore, StoredCalendar } from './store';
import { digest, type TokenSigner } from './tokens';
import type { AccessRole, ApiCalendarList, ApiCalendarListEntry } from './types';

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 250;
const ROLE_RANK: Record<AccessRole, number> = { freeBusyReader: 0, reader: 1, writer: 2, owner: 3 };

/** Google's palette entry for colorId 14, the default of a new primary calendar. */
const DEFAULT_COLORS = { colorId: '14', backgroundColor: '#9fe1e7', foregroundColor: '#000000' };

interface CalendarListPageToken {
  k: 'calendarList';
  ep: string;
  q: string;
  offset: number;
}

function entryFor(calendar: StoredCalendar, isPrimary: boolean): ApiCalendarListEntry {
  const definition = calendar.definition;
  const entry: ApiCalendarListEntry = {
    kind: 'calendar#calendarListEntry',
    etag: `"${calendar.updatedMs}000"`,
    id: definition.id,
    summary: definition.summary,
    timeZone: definition.timeZone,
    colorId: definition.colorId ?? DEFAULT_COLORS.colorId,
    backgroundColor: definition.backgroundColor ?? DEFAULT_COLORS.backgroundColor,
    foregroundColor: definition.foregroundColor ?? DEFAULT_COLORS.foregroundColor,
    selected: true,
    accessRole: definition.accessRole,
    defaultReminders: definition.defaultReminders ?? [],
    conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
  };
  if (definition.description) entry.description = definition.description;
  if (isPrimary) entry.primary = true;
  return entry;
}

/**
 * calendarList.list with paging and minAccessRole. The list has no sync token support here: the
 * product reads it whole, and a syncToken request is refused rather than answered wrongly.
 */
export function listCalendars(store: CalendarStore, signer: TokenSigner, params: URLSearchParams): ApiCalendarList {
  if (params.has('syncToken')) {
    throw googleErrors.invalidParameter('syncToken', 'The emulator does not implement calendarList sync tokens.');
  }
  const pageSize = readPageSize(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  readBoolean(params, 'showDeleted', false);
  readBoolean(params, 'showHidden', false);
  const minAccessRole = params.get('minAccessRole');
  if (minAccessRole !== null && !(minAccessRole in ROLE_RANK)) throw googleErrors.invalidParameter('minAccessRole');
  const minimumRank = minAccessRole === null ? 0 : ROLE_RANK[minAccessRole as AccessRole];

  const signature = digest(querySignature(params, []));
  let offset = 0;
  const pageToken = params.get('pageToken');
  if (pageToken !== null) {
    const payload = signer.verify<CalendarListPageToken>(pageToken);
    if (!payload || payload.k !== 'calendarList' || payload.ep !== store.epoch || payload.q !== signature) {
      throw googleErrors.invalidParameter('pageToken', 'Invalid page token value.');
    }
    offset = payload.offset;
  }

  const primary = store.primaryCalendar();
  const matching = store.calendars().filter((calendar) => ROLE_RANK[calendar.definition.accessRole] >= minimumRank);
  const served = matching.slice(offset, offset + pageSize);
  const body: ApiCalendarList = {
    kind: 'calendar#calendarList',
    etag: listEtag(store.epoch, 'calendarList', offset, ...served.map((calendar) => calendar.updatedMs)),
  };
  if (offset + served.length < matching.length) {
    const payload: CalendarListPageToken = { k: 'calendarList', ep: store.epoch, q: signature, offset: offset + served.length };
    body.nextPageToken = signer.sign(payload);
  }
  body.items = served.map((calendar) => entryFor(calendar, calendar === primary));
  return body;
}
