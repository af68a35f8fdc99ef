/**
 * Cuts the client's secret key out of what may repeat it: answers (text, header values) and
 * errors from a custom `fetch`, which may quote the request. An error is rebuilt only when it
 * (or its cause) holds the secret, so an ordinary one keeps its class and fields (`code`…).
 */
export type Redact = <T>(value: T) => T;

export function redactor(secret: string | undefined): Redact {
  const cut = (value: unknown, depth = 0): unknown => {
    if (!secret || depth > 4) return value;
    if (typeof value === 'string') return value.split(secret).join('[redacted]');
    if (value instanceof Error) {
      const cause = cut(value.cause, depth + 1);
      if (cause === value.cause && !`${value.message}${value.stack}`.includes(secret)) return value;
      const copy = new Error(cut(value.message, depth) as string, { cause });
      copy.name = value.name;
      copy.stack = cut(value.stack, depth) as string;
      return copy;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cut(item, depth + 1)]));
    }
    return value;
  };
  return cut as Redact;
}
