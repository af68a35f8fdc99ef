// The files of a new group as the form gives them: numbered `files[N]` fields in the order of N,
// or repeated `files[]` fields in the order sent; each `<uuid>` or `<uuid>/-/<operations>/`.
import { SCHEMAS } from '../../generated/schemas.js';
import type { Fields } from './form-fields.js';

export interface Member {
  uuid: string;
  /** The CDN operations after `/-/`, with their trailing slash (`resize/x800/`), or ''. */
  effects: string;
}

const MEMBER = new RegExp((SCHEMAS.GroupMember as { pattern: string }).pattern);
const FORM = SCHEMAS.CreateGroupForm as {
  properties: Record<string, { type?: string }>;
  patternProperties: Record<string, unknown>;
};
/** The numbered fields (`files[N]`): the form schema's pattern property; N is its first group. */
const NUMBERED = new RegExp(Object.keys(FORM.patternProperties)[0] as string);
/** The repeated field (`files[]`): the form schema's array property. */
const LISTED = Object.entries(FORM.properties).find(([, schema]) => schema.type === 'array')?.[0];

/** The member strings, in group order. */
export function memberFields(fields: Fields): string[] {
  const numbered: [number, string][] = [];
  const listed: string[] = [];
  for (const [name, value] of fields) {
    if (name === LISTED) listed.push(value);
    const n = NUMBERED.exec(name)?.[1];
    if (n !== undefined) numbered.push([Number(n), value]);
  }
  numbered.sort((a, b) => a[0] - b[0]);
  return [...numbered.map(([, value]) => value), ...listed];
}

/** One member, or undefined when it is not a UUID form the spec describes. */
export function parseMember(text: string): Member | undefined {
  if (!MEMBER.test(text)) return undefined;
  const [uuid, ...rest] = text.split('/-/');
  return { uuid: uuid as string, effects: rest.join('/-/') };
}
