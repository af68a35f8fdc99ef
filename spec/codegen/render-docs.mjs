// Markdown rendered from the spec for hand-written READMEs: a block between
// `<!-- spec:<name>:start -->` and `<!-- spec:<name>:end -->` is rewritten by the build (the
// package's generate script), so prose around it never copies a bound, a default or a choice.
// scripts/check-generated.mjs fails when a committed README holds a stale block.
import { readFile, writeFile } from 'node:fs/promises';
import { parametersModel } from './emit-parameters.mjs';
import { operationsOf } from './lib/spec-model.mjs';

const code = (value) => `\`${value}\``;

/** What a parameter takes, in words: `integer, 1 to 1000, default 100`. */
function takes(parameter) {
  const parts = [parameter.format ? `${parameter.type ?? 'string'}, ${parameter.format}` : (parameter.type ?? 'any')];
  if (parameter.enum) parts.push(`one of ${parameter.enum.map(code).join(', ')}`);
  if (parameter.minimum !== undefined && parameter.maximum !== undefined) {
    parts.push(`${parameter.minimum} to ${parameter.maximum}`);
  } else if (parameter.minimum !== undefined) parts.push(`${parameter.minimum} or more`);
  else if (parameter.maximum !== undefined) parts.push(`at most ${parameter.maximum}`);
  if (parameter.pattern !== undefined) parts.push(`matching ${code(parameter.pattern)}`);
  if (parameter.default !== undefined) parts.push(`default ${code(parameter.default)}`);
  if (parameter.required) parts.push('required');
  return parts.join(', ');
}

/** One Markdown list item per query parameter of `operationId`: name, what it takes, its description. */
export function renderQueryParameters(spec, operationId) {
  const op = operationsOf(spec).find((each) => each.operationId === operationId);
  if (!op) throw new Error(`render-docs: no operation ${operationId} in the spec`);
  const model = parametersModel(spec);
  return op.parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => {
      const facts = model.get(parameter.name);
      const description = (facts.description ?? '').trim().split(/\s+/).join(' ');
      return `- ${code(facts.name)} (${takes(facts)})${description ? `: ${description}` : ''}`;
    })
    .join('\n');
}

/**
 * Rewrites the block `name` of the Markdown file at `url` with `text`; fails when the file has
 * no such block (a README edited without its markers would otherwise go stale silently).
 */
export async function writeDocBlock(url, name, text) {
  const source = await readFile(url, 'utf8');
  const start = `<!-- spec:${name}:start -->`;
  const end = `<!-- spec:${name}:end -->`;
  const from = source.indexOf(start);
  const to = source.indexOf(end);
  if (from < 0 || to < from) throw new Error(`render-docs: ${url.pathname} has no ${start} … ${end} block`);
  const next = `${source.slice(0, from + start.length)}\n${text}\n${source.slice(to)}`;
  if (next !== source) await writeFile(url, next);
}
