// Prism's findings, read from the `sl-violations` header it adds to every answer it forwards:
// about the request (the caller broke the contract) or about the answer (the service did).
// Findings on answers the mock was told to break (the fail fault's undocumented 5xx) are kept
// apart, so "no response violations" stays a meaningful assertion with faults on.

/** One thing Prism found wrong, with the exchange it was found in. */
export interface Violation {
  /** The operation the service routed the request to; null when it matched none. */
  operationId: string | null;
  method: string;
  /** Path and query as the caller sent them. */
  url: string;
  /** The status of the service's answer. */
  status: number;
  /** Where: `['request', 'query', 'limit']`, `['response', 'body', 'total']`, … */
  location: string[];
  /** Prism's severity: `Error`, `Warning`, … */
  severity: string;
  code?: string | number;
  message: string;
}

export interface ViolationLog {
  /** Requests that broke the spec. */
  request: Violation[];
  /** Answers of the service that broke the spec: a bug of the mock (or a spec it does not follow). */
  response: Violation[];
  /** Findings on answers made by an injected fault (a fail fault's 5xx is not in the spec). */
  injected: Violation[];
  /** How many findings were not kept because a list was full. */
  dropped: number;
}

/** Each list keeps this many findings, so a long run with a chatty client cannot grow without bound. */
export const MAX_KEPT = 1000;

export interface Exchange {
  operationId: string | null;
  method: string;
  url: string;
  status: number;
  injectedFault: boolean;
}

/** Parses Prism's header; a header that is not its JSON list becomes one finding saying so. */
export function parseViolations(header: string): Omit<Violation, keyof Exchange | 'status'>[] {
  try {
    const list = JSON.parse(header) as unknown;
    if (!Array.isArray(list)) throw new Error('not a list');
    return list.map((item: { location?: unknown; severity?: unknown; code?: unknown; message?: unknown }) => ({
      location: Array.isArray(item.location) ? item.location.map(String) : [],
      severity: typeof item.severity === 'string' ? item.severity : 'Error',
      ...(typeof item.code === 'string' || typeof item.code === 'number' ? { code: item.code } : {}),
      message: typeof item.message === 'string' ? item.message : JSON.stringify(item),
    }));
  } catch {
    return [{ location: [], severity: 'Error', message: `unreadable sl-violations header: ${header.slice(0, 200)}` }];
  }
}

export class ViolationRecorder {
  private log: ViolationLog = { request: [], response: [], injected: [], dropped: 0 };

  /** Files the findings of one exchange; returns those about the service's answer (not injected). */
  record(header: string, exchange: Exchange): Violation[] {
    const answerFindings: Violation[] = [];
    for (const finding of parseViolations(header)) {
      const violation: Violation = {
        operationId: exchange.operationId,
        method: exchange.method,
        url: exchange.url,
        status: exchange.status,
        ...finding,
      };
      const aboutRequest = finding.location[0] === 'request';
      const list = aboutRequest ? this.log.request : exchange.injectedFault ? this.log.injected : this.log.response;
      if (!aboutRequest && !exchange.injectedFault) answerFindings.push(violation);
      if (list.length < MAX_KEPT) list.push(violation);
      else this.log.dropped++;
    }
    return answerFindings;
  }

  snapshot(): ViolationLog {
    return structuredClone(this.log);
  }

  clear(): void {
    this.log = { request: [], response: [], injected: [], dropped: 0 };
  }
}
