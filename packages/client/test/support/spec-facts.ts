/**
 * Facts of the bundled spec the generated tables do not carry, read from the document itself
 * (through the code generator's own reader), so tests compare with the spec rather than copy
 * it: the example `Retry-After` of an answer, the documented detail of an error answer.
 */
import { loadBundledSpec, operationsOf, resolve } from '@uploadcare-groups/spec/codegen';

const spec = await loadBundledSpec();

function response(operationId: string, status: number) {
  const op = operationsOf(spec).find((each) => each.operationId === operationId);
  if (!op) throw new Error(`spec-facts: no operation ${operationId}`);
  return resolve(spec, op.operation.responses?.[status]);
}

/** The example value of the `Retry-After` header the spec documents for this answer. */
export function retryAfterExample(operationId: string, status: number): unknown {
  const headers = response(operationId, status)?.headers ?? {};
  const name = Object.keys(headers).find((each) => each.toLowerCase() === 'retry-after');
  const header = name === undefined ? undefined : resolve(spec, headers[name]);
  return header?.example ?? Object.values(header?.examples ?? {}).map((each) => resolve(spec, each).value)[0];
}

/** The `detail` of the first example of this error answer. */
export function documentedDetail(operationId: string, status: number): string {
  const content = Object.values(response(operationId, status)?.content ?? {})[0] as
    | { example?: { detail?: string }; examples?: object }
    | undefined;
  // A media type gives one `example`, or named `examples`.
  if (content?.example !== undefined) return content.example.detail as string;
  const example = Object.values(content?.examples ?? {})[0];
  return resolve(spec, example)?.value?.detail;
}
