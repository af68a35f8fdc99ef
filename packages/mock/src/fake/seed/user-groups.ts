// Groups a user hands the mock (`groups: [...]`, `--data groups.json`, setGroups): checked
// against the spec's GroupWithFiles schema (the one answers are checked against) and against
// what the schema cannot say (the id's N, files_count and the files' length agree; ids are
// distinct; the creation time can be ordered), with an error naming the group and the field.
import { SCHEMAS } from '../../generated/schemas.js';
import { GroupRecord } from '../state/group-record.js';
import { parseIsoMicros } from '../state/timestamps.js';
import type { GroupFile, GroupWithFiles } from '../types.js';
import { filesCountOf } from './ids.js';
import { MAX_FILE_COUNT, MAX_GROUP_COUNT, MAX_GROUP_DEPTH, nestsDeeperThan } from './limits.js';

type Validate = ((value: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: Record<string, unknown> }[] | null;
};

const compiled = new Map<string, Promise<Validate>>();

/** The compiled validator of one of the spec's schemas; Ajv is loaded only when user data is given. */
function schemaValidator(name: 'GroupWithFiles' | 'GroupFile'): Promise<Validate> {
  let validator = compiled.get(name);
  if (validator === undefined) {
    validator = (async () => {
      const [{ Ajv2020 }, formats] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
      // ajv-formats is CommonJS with `exports.default`: the default import may be either.
      const addFormats = ((formats.default as { default?: unknown }).default ?? formats.default) as (
        ajv: unknown,
      ) => void;
      // strict: false, as OpenAPI documents may carry keywords JSON Schema does not define.
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ $id: 'urn:uploadcare-groups:spec', components: { schemas: SCHEMAS } });
      return ajv.compile({ $ref: `urn:uploadcare-groups:spec#/components/schemas/${name}` }) as Validate;
    })();
    compiled.set(name, validator);
  }
  return validator;
}

const MAX_PROBLEMS = 5;

/** `/files/2/size` -> `files[2].size`. */
function fieldName(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (extra) parts.push(extra);
  return parts.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function label(group: unknown, index: number): string {
  const id = (group as { id?: unknown } | null)?.id;
  return `groups[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
}

/**
 * Checks user groups and makes store records of them, in the given order (which also orders
 * groups created in the same microsecond). Rejects with a TypeError listing the first problems.
 */
export async function recordsFromUserGroups(groups: unknown): Promise<GroupRecord[]> {
  if (!Array.isArray(groups)) {
    throw new TypeError(
      `groups: expected an array of groups with their files (the spec's GroupWithFiles), got ${groups === null ? 'null' : typeof groups}.`,
    );
  }
  if (groups.length > MAX_GROUP_COUNT) {
    throw new TypeError(`groups: at most ${MAX_GROUP_COUNT} groups, got ${groups.length}.`);
  }
  // Ajv recurses per level: a group nested thousands deep would overflow its stack (a 500).
  const deep = groups.findIndex((group) => nestsDeeperThan(group, MAX_GROUP_DEPTH));
  if (deep !== -1) {
    throw new TypeError(`${label(groups[deep], deep)}: nests deeper than ${MAX_GROUP_DEPTH} levels; no group does.`);
  }
  const validate = await schemaValidator('GroupWithFiles');
  const problems: string[] = [];
  const seen = new Set<string>();
  const records: GroupRecord[] = [];
  groups.forEach((group, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const where = label(group, index);
    if (!validate(group)) {
      problems.push(...schemaProblems(validate, where, 'the group', MAX_PROBLEMS - problems.length));
      return;
    }
    const g = group as GroupWithFiles;
    const n = filesCountOf(g.id);
    if (n !== g.files_count) problems.push(`${where}: files_count is ${g.files_count} but the id says ${n}`);
    else if (g.files.length !== g.files_count) {
      problems.push(
        `${where}: files has ${g.files.length} entries, files_count is ${g.files_count} (removed files are null)`,
      );
    }
    if (seen.has(g.id)) problems.push(`${where}: id ${g.id} is used by an earlier group`);
    seen.add(g.id);
    const createdUs = parseIsoMicros(g.datetime_created);
    if (createdUs === undefined) {
      problems.push(`${where}: datetime_created ${JSON.stringify(g.datetime_created)} is not an ISO 8601 date-time`);
      return;
    }
    const { files, ...fields } = structuredClone(g);
    records.push(new GroupRecord(fields, createdUs, index, files));
  });
  if (problems.length > 0) {
    throw new TypeError(
      `groups: not groups the mock can serve:\n  - ${problems.slice(0, MAX_PROBLEMS).join('\n  - ')}`,
    );
  }
  return records;
}

/** The first `room` of the schema check's last findings, each `<where>: <field> <message>`. */
function schemaProblems(validate: Validate, where: string, whole: string, room: number): string[] {
  return (validate.errors ?? []).slice(0, room).map((error) => {
    const missing = error.params?.missingProperty;
    const field = fieldName(error.instancePath, typeof missing === 'string' ? missing : undefined);
    return `${where}: ${field || whole} ${error.message ?? 'is invalid'}`;
  });
}

/**
 * Checks files handed to the mock (`addFiles`) against the spec's GroupFile schema and gives
 * copies of them; rejects with a TypeError naming the first problems.
 */
export async function filesFromUser(files: unknown): Promise<GroupFile[]> {
  if (!Array.isArray(files)) {
    throw new TypeError(
      `files: expected an array of files (the spec's GroupFile), got ${files === null ? 'null' : typeof files}.`,
    );
  }
  if (files.length > MAX_FILE_COUNT) {
    throw new TypeError(`files: at most ${MAX_FILE_COUNT} files a call, got ${files.length}.`);
  }
  // As for groups: a file nested thousands deep would overflow the schema check's stack.
  const deep = files.findIndex((file) => nestsDeeperThan(file, MAX_GROUP_DEPTH));
  if (deep !== -1) throw new TypeError(`files[${deep}]: nests deeper than ${MAX_GROUP_DEPTH} levels; no file does.`);
  const validate = await schemaValidator('GroupFile');
  const problems: string[] = [];
  files.forEach((file, index) => {
    if (problems.length >= MAX_PROBLEMS || validate(file)) return;
    problems.push(...schemaProblems(validate, `files[${index}]`, 'the file', MAX_PROBLEMS - problems.length));
  });
  if (problems.length > 0) throw new TypeError(`files: not files the mock can hold:\n  - ${problems.join('\n  - ')}`);
  return structuredClone(files as GroupFile[]);
}
