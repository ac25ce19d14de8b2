import type { SeriesCancellationForm } from './store';
import { ControlError } from './event-resource';
import type { EmulatorControl } from './control';
import type { FaultSpec } from './faults';
import type { AuthorizeOutcome } from './oauth';
import type { ApiEvent, ApiEventDateTime, CalendarDefinition } from './types';

/**
 * The control API over HTTP, for tests and scripts outside the Node process (Playwright, the demo,
 * the benchmark). JSON in, JSON out; failures answer `{ "error": message }` with a fitting status.
 */
export interface ControlReply {
  status: number;
  body: unknown;
}

type Body = Record<string, unknown>;

function asObject(body: unknown): Body {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ControlError(400, 'Expected a JSON object body');
  return body as Body;
}

function optionalString(body: Body, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ControlError(400, `${name} must be a string`);
  return value;
}

export function handleControl(control: EmulatorControl, method: string, path: string, params: URLSearchParams, body: unknown, ports: object): ControlReply {
  const segments = path
    .replace(/^\/__control\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  const route = `${method} ${segments.map((segment, index) => (segments[0] === 'calendars' && (index === 1 || index === 3) ? ':' : segment)).join('/')}`;
  const ok = (result: unknown = { ok: true }) => ({ status: 200, body: result });
  const calendarId = segments[1] ?? '';
  const eventId = segments[3] ?? '';

  switch (route) {
    case 'GET health':
      return ok({ ok: true, ...ports });
    case 'POST reset':
      control.reset();
      return ok();
    case 'POST load':
      return ok(control.load(body, { now: params.get('now') ?? undefined }));
    case 'GET calendars':
      return ok(control.calendars());
    case 'POST calendars':
      return { status: 201, body: control.addCalendar(asObject(body) as unknown as CalendarDefinition) };
    case 'GET calendars/:/events':
      return ok(
        control.listEvents(calendarId, {
          includeDeleted: params.get('includeDeleted') === 'true',
          view: params.get('view') === 'stored' ? 'stored' : 'singleEvents',
        }),
      );
    case 'POST calendars/:/events':
      return { status: 201, body: control.addEvent(calendarId, asObject(body) as ApiEvent) };
    case 'GET calendars/:/events/:':
      return ok(control.getEvent(calendarId, eventId));
    case 'PATCH calendars/:/events/:':
      return ok(control.updateEvent(calendarId, eventId, asObject(body) as Partial<ApiEvent>));
    case 'POST calendars/:/events/:/move': {
      const times = asObject(body) as { start: ApiEventDateTime; end: ApiEventDateTime };
      return ok(control.moveEvent(calendarId, eventId, times));
    }
    case 'DELETE calendars/:/events/:':
      return ok(control.cancelEvent(calendarId, eventId));
    case 'PUT series-cancellation':
      control.setSeriesCancellationForm(optionalString(asObject(body), 'form') as SeriesCancellationForm);
      return ok();
    case 'POST sync-tokens/invalidate':
      control.invalidateSyncTokens(optionalString(body === undefined ? {} : asObject(body), 'calendarId'));
      return ok();
    case 'POST tokens': {
      const request = body === undefined ? {} : asObject(body);
      const scopes = Array.isArray(request['scopes'])
        ? request['scopes'].map(String)
        : optionalString(request, 'scope')?.split(/\s+/).filter(Boolean);
      const expiresInSeconds = typeof request['expiresInSeconds'] === 'number' ? request['expiresInSeconds'] : undefined;
      return { status: 201, body: control.issueToken({ scopes, expiresInSeconds }) };
    }
    case 'POST tokens/revoke':
      control.revokeTokens(optionalString(body === undefined ? {} : asObject(body), 'token'));
      return ok();
    case 'GET faults':
      return ok(control.faults());
    case 'POST faults':
      return { status: 201, body: control.injectFault(asObject(body) as unknown as FaultSpec) };
    case 'DELETE faults':
      control.clearFaults();
      return ok();
    case 'GET requests':
      return ok(control.requestLog());
    case 'DELETE requests':
      control.clearRequestLog();
      return ok();
    case 'GET authorize/requests':
      return ok(control.authorizeRequests());
    case 'GET authorize/last':
      return ok(control.lastAuthorizeRequest());
    case 'PUT authorize/outcome':
      control.setAuthorizeOutcome(optionalString(asObject(body), 'outcome') as AuthorizeOutcome);
      return ok();
    case 'POST generate': {
      const request = asObject(body);
      const calendar = optionalString(request, 'calendarId');
      if (!calendar) throw new ControlError(400, 'calendarId is required');
      return ok(
        control.generate({
          calendarId: calendar,
          count: Number(request['count']),
          startFrom: optionalString(request, 'startFrom'),
          seed: request['seed'] === undefined ? undefined : Number(request['seed']),
        }),
      );
    }
    default:
      throw new ControlError(404, `No control route ${method} ${path}`);
  }
}
