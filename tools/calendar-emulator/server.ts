import type { IncomingMessage, ServerResponse } from 'node:http';
import { listCalendars } from './calendar-list';
import { handleControl } from './control-http';
import type { EmulatorControl, EmulatorState } from './control';
import { errorForFault, GoogleApiError, googleErrors } from './errors';
import { ControlError } from './event-resource';
import { listEvents } from './events-list';
import { queryRecord, type FaultSpec } from './faults';
import { applyFieldMask } from './fields';
import { handleAuthorize, handleRevoke, type ApiMethod, type HttpReply } from './oauth';

/**
 * One request handler serves both the HTTP and the HTTPS listener. Routing is by path alone: the
 * Calendar API (www.googleapis.com), the consent page (accounts.google.com) and token revocation
 * (oauth2.googleapis.com) do not overlap, so host-resolver rules can point all three here.
 */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const EVENTS_PATH = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/;
const EVENT_PATH = /^\/calendar\/v3\/calendars\/([^/]+)\/events\/([^/]+)$/;

const GOOGLE_JSON_HEADERS = {
  'content-type': 'application/json; charset=UTF-8',
  vary: 'Origin, X-Origin, Referer',
  'cache-control': 'private, max-age=0, must-revalidate, no-transform',
  server: 'ESF',
};

function jsonReply(status: number, body: unknown, params: URLSearchParams, extraHeaders: Record<string, string> = {}): HttpReply {
  const pretty = params.get('prettyPrint') !== 'false';
  return { status, headers: { ...GOOGLE_JSON_HEADERS, ...extraHeaders }, body: JSON.stringify(body, null, pretty ? 2 : undefined) };
}

function errorReply(error: GoogleApiError, params: URLSearchParams): HttpReply {
  return jsonReply(error.status, error.body, params, error.headers);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ControlError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'Content-Type, Date, ETag, Server, Vary, WWW-Authenticate, Retry-After',
  };
}

export interface HandlerContext {
  state: EmulatorState;
  control: EmulatorControl;
  ports: () => { httpPort: number; httpsPort: number | null };
}

export function createRequestHandler(context: HandlerContext) {
  return (request: IncomingMessage, response: ServerResponse) => {
    handleRequest(context, request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`Emulator failure: ${(error as Error).message}`);
      } else {
        response.destroy();
      }
    });
  };
}

async function handleRequest(context: HandlerContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const startedAt = Date.now();
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', 'http://emulator.invalid');
  const path = url.pathname;
  const params = url.searchParams;

  if (method === 'OPTIONS') {
    response.writeHead(204, {
      ...corsHeaders(request),
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': request.headers['access-control-request-headers'] ?? 'authorization, content-type',
      'access-control-max-age': '3600',
    });
    response.end();
    return;
  }

  if (path === '/__control' || path.startsWith('/__control/')) {
    const reply = await controlReply(context, request, method, path, params);
    response.writeHead(reply.status, { ...reply.headers, ...corsHeaders(request) });
    response.end(reply.body);
    return;
  }

  const fault = context.state.faults.take(method, path);
  const log = (status: number) =>
    context.state.recordRequest({
      at: new Date(startedAt).toISOString(),
      method,
      host: request.headers.host,
      path,
      query: queryRecord(params),
      status,
      ...(fault ? { fault: fault.kind } : {}),
      durationMs: Date.now() - startedAt,
    });

  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault?.kind === 'dropConnection') {
    log(0);
    request.socket.destroy();
    return;
  }

  const reply = fault?.kind === 'error' ? faultReply(fault, params) : await apiReply(context, request, method, path, params);
  const headers = { ...reply.headers, ...corsHeaders(request) };
  if (fault?.kind === 'truncatedBody') {
    // No Content-Length and a clean end: the client gets a complete HTTP response whose JSON is
    // cut in half, which is what a broken proxy or a server crash mid-write looks like.
    const bytes = Buffer.from(reply.body);
    response.writeHead(reply.status, headers);
    response.end(bytes.subarray(0, Math.floor(bytes.length / 2)));
  } else {
    response.writeHead(reply.status, { ...headers, 'content-length': String(Buffer.byteLength(reply.body)) });
    response.end(reply.body);
  }
  log(reply.status);
}

function faultReply(fault: FaultSpec, params: URLSearchParams): HttpReply {
  return errorReply(errorForFault(fault.status ?? 500, fault.reason, fault.retryAfterSeconds), params);
}

async function controlReply(context: HandlerContext, request: IncomingMessage, method: string, path: string, params: URLSearchParams): Promise<HttpReply> {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  try {
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      throw new ControlError(400, 'Body is not valid JSON');
    }
    const reply = handleControl(context.control, method, path, params, body, context.ports());
    return { status: reply.status, headers: json, body: JSON.stringify(reply.body) };
  } catch (error) {
    if (error instanceof ControlError) return { status: error.status, headers: json, body: JSON.stringify({ error: error.message }) };
    throw error;
  }
}

async function apiReply(context: HandlerContext, request: IncomingMessage, method: string, path: string, params: URLSearchParams): Promise<HttpReply> {
  const { state } = context;
  if (method === 'GET' && (path === '/o/oauth2/v2/auth' || path === '/o/oauth2/auth')) {
    return handleAuthorize(params, state.tokens, state.authorizeOutcome, (entry) => state.authorizeRequests.push(entry), state.clock);
  }
  if ((path === '/o/oauth2/revoke' && (method === 'POST' || method === 'GET')) || (path === '/revoke' && method === 'POST')) {
    const form = method === 'POST' ? new URLSearchParams(await readBody(request)) : new URLSearchParams();
    return handleRevoke(params.get('token') ?? form.get('token'), state.tokens);
  }
  if (!path.startsWith('/calendar/v3/')) {
    return { status: 404, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '<!DOCTYPE html><title>Error 404 (Not Found)</title><p>404. That’s an error.</p>' };
  }
  try {
    const authorize = (apiMethod: ApiMethod) => state.tokens.authorize(request.headers.authorization, params.get('access_token'), apiMethod);
    const respond = (body: unknown) => jsonReply(200, applyFieldMask(body, params.get('fields')), params);
    if (method === 'GET' && path === '/calendar/v3/users/me/calendarList') {
      authorize('calendar.v3.CalendarList.List');
      return respond(listCalendars(state.store, state.signer, params));
    }
    const eventsMatch = EVENTS_PATH.exec(path);
    if (method === 'GET' && eventsMatch?.[1]) {
      authorize('calendar.v3.Events.List');
      return respond(listEvents(state.store, state.signer, decodeURIComponent(eventsMatch[1]), params));
    }
    const eventMatch = EVENT_PATH.exec(path);
    if (method === 'GET' && eventMatch?.[1] && eventMatch[2]) {
      authorize('calendar.v3.Events.Get');
      const calendar = state.store.findCalendar(decodeURIComponent(eventMatch[1]));
      const record = calendar?.events.get(decodeURIComponent(eventMatch[2]));
      if (!record) throw googleErrors.notFound();
      return respond(record.resource);
    }
    throw googleErrors.notFound();
  } catch (error) {
    if (error instanceof GoogleApiError) return errorReply(error, params);
    throw error;
  }
}
