// Printing generated TypeScript: one fixed header and deterministic literals (no dates, no
// absolute paths), so a rebuild from the same spec gives the same bytes and CI can diff them.

/** The header of every generated file. */
export function header(regenerate) {
  return [
    '/**',
    ' * GENERATED FILE: do not edit by hand.',
    ' * Source: spec/dist/openapi.yaml (the bundled OpenAPI document of @uploadcare-groups/spec).',
    ` * Regenerate with \`${regenerate}\`.`,
    ' */',
    '',
  ].join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON-like value as a TypeScript literal: identifier keys unquoted, two-space indent. */
export function literal(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = `[${value.map((item) => literal(item, inner)).join(', ')}]`;
    if (flat.length <= 100 && !flat.includes('\n')) return flat;
    return `[\n${value.map((item) => `${inner}${literal(item, inner)}`).join(',\n')},\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
  const flat = `{ ${entries.map(([name, item]) => `${key(name)}: ${literal(item, inner)}`).join(', ')} }`;
  if (flat.length <= 100 && !flat.includes('\n')) return flat;
  return `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)}`).join(',\n')},\n${indent}}`;
}

// A TSDoc comment; a star-slash inside the text is escaped so it cannot end the comment.
export function doc(text, indent = '') {
  const lines = String(text).trim().replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
}

/**
 * Claims an exported constant's name for `name`: two names that print as one constant
 * (`page_size` and `pageSize` are both `PAGE_SIZE`) would be a duplicate export.
 * @param {Map<string, string>} claimed constant -> the name that claimed it
 * @param {string} kind what the names are, for the error (`parameters`, `schemas`)
 */
export function claimConstant(claimed, constant, name, kind) {
  const other = claimed.get(constant);
  if (other !== undefined) throw new Error(`spec: ${kind} "${other}" and "${name}" would both be ${constant}`);
  claimed.set(constant, name);
  return constant;
}
