import { cancelledView, ControlError } from './event-resource';
import { loadData, type LoadSummary } from './data-file';
import { FaultInjector, type ActiveFault, type FaultSpec, type RequestLogEntry } from './faults';
import { generateEvents, type GenerateOptions, type GenerateSummary } from './generate';
import { TOKEN_LIFETIME_SECONDS, TokenRegistry, type AuthorizeOutcome, type AuthorizeRequestRecord } from './oauth';
import { byStartThenOrdinal, CalendarStore, isDeleted, isMaster, type SeriesCancellationForm, type StoreOptions } from './store';
import { TokenSigner } from './tokens';
import type { ApiEvent, ApiEventDateTime, CalendarDefinition } from './types';

/** Everything one emulator instance holds; shared by the HTTP handlers and the control API. */
export class EmulatorState {
  readonly store: CalendarStore;
  readonly signer = new TokenSigner();
  readonly tokens: TokenRegistry;
  readonly faults = new FaultInjector();
  requestLog: RequestLogEntry[] = [];
  authorizeRequests: AuthorizeRequestRecord[] = [];
  authorizeOutcome: AuthorizeOutcome = 'grant';

  constructor(readonly clock: () => number, storeOptions: Omit<StoreOptions, 'clock'>) {
    this.store = new CalendarStore({ clock, ...storeOptions });
    this.tokens = new TokenRegistry(clock);
  }

  /** The log is for assertions, not an archive: the oldest entries go once it is long. */
  recordRequest(entry: RequestLogEntry): void {
    this.requestLog.push(entry);
    if (this.requestLog.length > 20_000) this.requestLog.splice(0, this.requestLog.length - 20_000);
  }
}

export interface ListStoredEventsOptions {
  /** Include cancelled events (rendered in full, with `status: "cancelled"`). Default false. */
  includeDeleted?: boolean;
  /**
   * `singleEvents` (default): what a client syncing with singleEvents=true ends up holding,
   * i.e. one-off events and occurrences, no series masters, ordered by start.
   * `stored`: every stored record, masters included, in creation order.
   */
  view?: 'singleEvents' | 'stored';
}

export interface IssuedTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/**
 * The test-side handle on an emulator: scenario data, changes that sync tokens observe, token and
 * fault management, and the records tests assert on. Each method has an HTTP twin under /__control.
 */
export class EmulatorControl {
  constructor(private readonly state: EmulatorState) {}

  /** Empties calendars and events, faults, request log and authorize records. Issued tokens stay valid. */
  reset(): void {
    this.state.store.reset();
    this.state.faults.clear();
    this.state.requestLog = [];
    this.state.authorizeRequests = [];
    this.state.authorizeOutcome = 'grant';
  }

  /** Replaces all calendars and events. Every earlier sync or page token stops working (410/400). */
  load(data: unknown, options: { now?: string | number } = {}): LoadSummary {
    return loadData(this.state.store, data, this.anchor(options.now));
  }

  calendars(): CalendarDefinition[] {
    return this.state.store.calendars().map((calendar) => ({ ...calendar.definition }));
  }

  addCalendar(definition: CalendarDefinition): CalendarDefinition {
    return { ...this.state.store.addCalendar(definition).definition };
  }

  /** Inserts an event (a master with `recurrence` is expanded). Visible to the next incremental sync. */
  addEvent(calendarId: string, event: ApiEvent): ApiEvent {
    return this.state.store.insertEvent(calendarId, event);
  }

  /** Shallow merge patch; `null` removes a field. Patching an occurrence turns it into an exception. */
  updateEvent(calendarId: string, eventId: string, patch: Partial<ApiEvent>): ApiEvent {
    return this.state.store.updateEvent(calendarId, eventId, patch);
  }

  moveEvent(calendarId: string, eventId: string, times: { start: ApiEventDateTime; end: ApiEventDateTime }): ApiEvent {
    if (!times.start || !times.end) throw new ControlError(400, 'move needs start and end');
    return this.state.store.updateEvent(calendarId, eventId, { start: times.start, end: times.end });
  }

  /** Deletes as Google does: the event turns `cancelled` and incremental syncs report it. */
  cancelEvent(calendarId: string, eventId: string): ApiEvent {
    return this.state.store.cancelEvent(calendarId, eventId);
  }

  getEvent(calendarId: string, eventId: string): ApiEvent {
    return this.state.store.requireEvent(calendarId, eventId).record.resource;
  }

  /** The calendar's current content, for "the client's store equals the server" assertions. */
  listEvents(calendarId: string, options: ListStoredEventsOptions = {}): ApiEvent[] {
    const calendar = this.state.store.requireCalendar(calendarId);
    const records = [...calendar.events.values()].filter((record) => options.includeDeleted || !isDeleted(record));
    if (options.view === 'stored') return records.map((record) => record.resource);
    return records
      .filter((record) => !isMaster(record))
      .sort(byStartThenOrdinal)
      .map((record) => record.resource);
  }

  /** The minimal form incremental syncs deliver for a cancelled event, for exact comparisons. */
  cancelledForm(calendarId: string, eventId: string): ApiEvent {
    return cancelledView(this.getEvent(calendarId, eventId));
  }

  /** How a series deleted from now on reaches singleEvents=true sync clients (both forms occur at Google). */
  setSeriesCancellationForm(form: SeriesCancellationForm): void {
    if (form !== 'series' && form !== 'occurrences') throw new ControlError(400, 'form must be series or occurrences');
    this.state.store.seriesCancellation = form;
  }

  /** Every existing sync token of the calendar (or all calendars) answers 410 from now on. */
  invalidateSyncTokens(calendarId?: string): void {
    this.state.store.invalidateSyncTokens(calendarId);
  }

  /** A bearer token for Node tests, without the browser flow. Default scope: calendar.readonly. */
  issueToken(options: { scopes?: string[]; expiresInSeconds?: number } = {}): IssuedTokenResponse {
    const token = this.state.tokens.issue(options);
    return {
      access_token: token.accessToken,
      token_type: 'Bearer',
      expires_in: options.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS,
      scope: token.scopes.join(' '),
    };
  }

  /** Revokes one token, or all of them: API calls then get Google's 401 authError. */
  revokeTokens(accessToken?: string): void {
    this.state.tokens.revoke(accessToken);
  }

  injectFault(spec: FaultSpec): ActiveFault {
    return this.state.faults.add(spec);
  }

  faults(): ActiveFault[] {
    return this.state.faults.list();
  }

  clearFaults(): void {
    this.state.faults.clear();
  }

  /** API and OAuth requests in arrival order (control calls are not logged). */
  requestLog(): RequestLogEntry[] {
    return [...this.state.requestLog];
  }

  clearRequestLog(): void {
    this.state.requestLog = [];
  }

  authorizeRequests(): AuthorizeRequestRecord[] {
    return [...this.state.authorizeRequests];
  }

  lastAuthorizeRequest(): AuthorizeRequestRecord | null {
    return this.state.authorizeRequests.at(-1) ?? null;
  }

  /** What the consent screen "answers" from now on: a token, or `#error=access_denied`. */
  setAuthorizeOutcome(outcome: AuthorizeOutcome): void {
    if (outcome !== 'grant' && outcome !== 'access_denied') throw new ControlError(400, 'outcome must be grant or access_denied');
    this.state.authorizeOutcome = outcome;
  }

  /** Adds `count` synthetic events (deterministic for a seed) to a calendar. */
  generate(options: GenerateOptions): GenerateSummary {
    return generateEvents(this.state.store, options, this.state.clock());
  }

  private anchor(now: string | number | undefined): number {
    if (now === undefined) return this.state.clock();
    const ms = typeof now === 'number' ? now : Date.parse(now);
    if (Number.isNaN(ms)) throw new ControlError(400, `Unreadable "now": ${now}`);
    return ms;
  }
}
