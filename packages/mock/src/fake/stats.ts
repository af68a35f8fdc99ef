/** How many requests the service answered, by operation and status. */
export interface RequestCounts {
  total: number;
  /** operationId (or `"(unrouted)"` for a path or method outside the spec) -> status -> count. */
  byOperation: Record<string, Record<string, number>>;
}

export const UNROUTED = '(unrouted)';

export class RequestCounter {
  private counts: RequestCounts = { total: 0, byOperation: {} };

  record(operationId: string | undefined, status: number): void {
    const key = operationId ?? UNROUTED;
    const byStatus = this.counts.byOperation[key] ?? {};
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    this.counts.byOperation[key] = byStatus;
    this.counts.total++;
  }

  snapshot(): RequestCounts {
    return structuredClone(this.counts);
  }

  clear(): void {
    this.counts = { total: 0, byOperation: {} };
  }
}
