import { ControlError } from './event-resource';

/**
 * Failures a test can schedule for the next matching requests. They model what a client meets on
 * the real network: Google error responses, slowness, a body cut off mid-way, a reset connection.
 */
export type FaultKind = 'error' | 'delay' | 'truncatedBody' | 'dropConnection';

export interface FaultSpec {
  kind: FaultKind;
  /** For `error`: the HTTP status; `reason` picks among Google's errors for it (see errors.ts). */
  status?: number;
  reason?: string;
  retryAfterSeconds?: number;
  /** How many matching requests fail; -1 keeps failing until faults are cleared. Default 1. */
  times?: number;
  /** Only requests whose path starts with this are affected. Default: every Calendar API call. */
  pathPrefix?: string;
  method?: string;
  /** Wait this long first. Required for `delay`; optional for the other kinds. */
  delayMs?: number;
}

export interface ActiveFault extends Required<Pick<FaultSpec, 'kind' | 'pathPrefix'>> {
  id: number;
  remaining: number;
  spec: FaultSpec;
}

const KINDS: FaultKind[] = ['error', 'delay', 'truncatedBody', 'dropConnection'];
const DEFAULT_FAULT_PATH_PREFIX = '/calendar/v3/';

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    if (!KINDS.includes(spec.kind)) throw new ControlError(400, `kind must be one of ${KINDS.join(', ')}`);
    if (spec.kind === 'error' && (typeof spec.status !== 'number' || spec.status < 400 || spec.status > 599)) {
      throw new ControlError(400, 'An error fault needs a status between 400 and 599');
    }
    if (spec.kind === 'delay' && !(typeof spec.delayMs === 'number' && spec.delayMs > 0)) {
      throw new ControlError(400, 'A delay fault needs delayMs > 0');
    }
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || (times < 1 && times !== -1)) throw new ControlError(400, 'times must be a positive integer or -1');
    const fault: ActiveFault = {
      id: this.nextId++,
      kind: spec.kind,
      pathPrefix: spec.pathPrefix ?? DEFAULT_FAULT_PATH_PREFIX,
      remaining: times,
      spec,
    };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Consumes one use of the oldest fault matching the request, if any. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.faults.find(
      (candidate) =>
        path.startsWith(candidate.pathPrefix) && (candidate.spec.method === undefined || candidate.spec.method.toUpperCase() === method),
    );
    if (!fault) return undefined;
    if (fault.remaining > 0) fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault.spec;
  }
}

export interface RequestLogEntry {
  at: string;
  method: string;
  host: string | undefined;
  path: string;
  /** Query parameters; repeated ones become arrays. */
  query: Record<string, string | string[]>;
  /** 0 when the connection was dropped without a response. */
  status: number;
  fault?: FaultKind;
  durationMs: number;
}

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    record[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}
