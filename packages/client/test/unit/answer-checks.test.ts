// Every 2xx body is checked against the spec's schema of that answer (through the outline the
// generator writes): a missing required field or a field of the wrong type is an
// InvalidResponseError that names the field; fields the spec does not name pass. The cases
// are derived from the spec's schemas and examples, so a new required field is covered here
// with no hand edit.
import { deref, spec } from '@uploadcare-groups/spec/validator';
import { describe, expect, it } from 'vitest';
import { createGroupsClient, type GroupsClient, InvalidResponseError } from '../../src/index.js';
import { EXAMPLE_GROUP, EXAMPLE_PAGE, GROUP_ID, STORED_GROUP } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

type Body = Record<string, unknown>;

/** The operations with a JSON answer, the call that makes each, and the spec's example answer. */
const OPERATIONS: [string, (groups: GroupsClient) => Promise<unknown>, Body][] = [
  ['list', (groups) => groups.list(), EXAMPLE_PAGE as unknown as Body],
  ['get', (groups) => groups.get(GROUP_ID), EXAMPLE_GROUP as unknown as Body],
  ['store', (groups) => groups.store(GROUP_ID), STORED_GROUP as unknown as Body],
];

/** Required properties and their types, read from a schema of the spec (allOf members merged). */
function requiredOf(schemaName: string): [string, string][] {
  const schema = deref(spec.components.schemas[schemaName]);
  const members = [schema, ...(schema.allOf ?? []).map(deref)];
  return members.flatMap((member: { required?: string[]; properties?: Record<string, unknown> }) =>
    (member.required ?? []).map((name): [string, string] => {
      const property = deref(member.properties?.[name] ?? {});
      const types = [deref(property).type ?? 'object'].flat();
      return [name, String(types[0])];
    }),
  );
}

/** Where in each example body an object of each schema sits. */
const PLACES: [string, string, (body: Body) => Body][] = [
  ['list', 'GroupsPage', (body) => body],
  ['list', 'Group', (body) => (body.results as Body[])[0] as Body],
  ['get', 'GroupWithFiles', (body) => body],
  ['get', 'GroupFile', (body) => (body.files as Body[])[0] as Body],
  ['store', 'GroupWithFiles', (body) => body],
];

const WRONG: Record<string, unknown> = {
  string: 42,
  integer: 'ten',
  number: 'ten',
  boolean: 'yes',
  array: {},
  object: [],
};

async function answer(operation: string, body: unknown) {
  const [, call] = OPERATIONS.find(([name]) => name === operation) ?? [];
  const { fetch } = scriptedFetch(json(200, body));
  const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 0 });
  return (call as (g: GroupsClient) => Promise<unknown>)(groups).catch((e: unknown) => e);
}

const cases = PLACES.flatMap(([operation, schema, at]) =>
  requiredOf(schema).map(([field, type]) => [operation, schema, field, type, at] as const),
);

describe('answers checked against the spec', () => {
  it('has a case for every required field of every schema in an answer', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(OPERATIONS)('%s: the spec example passes', async (operation, _, example) => {
    expect(await answer(operation, example)).toEqual(example);
  });

  it.each(cases)('%s: %s.%s missing is named', async (operation, _, field, __, at) => {
    const [, , example] = OPERATIONS.find(([name]) => name === operation) ?? [];
    const body = structuredClone(example) as Body;
    delete at(body)[field];
    const error = await answer(operation, body);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(new RegExp(`body\\S*\\.${field} is missing$`));
  });

  it.each(cases)('%s: %s.%s of the wrong type is named', async (operation, _, field, type, at) => {
    const [, , example] = OPERATIONS.find(([name]) => name === operation) ?? [];
    const body = structuredClone(example) as Body;
    at(body)[field] = WRONG[type] ?? 42;
    const error = await answer(operation, body);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(new RegExp(`body\\S*\\.${field} is not `));
  });

  it.each(OPERATIONS)('%s: fields the spec does not name pass, at every level', async (operation, _, example) => {
    const body = structuredClone(example) as Body & { results?: Body[]; files?: (Body | null)[] };
    body.added_in_v0_8 = { anything: [1, 'two'] };
    for (const item of [...(body.results ?? []), ...(body.files ?? [])]) if (item) item.extra = null;
    expect(await answer(operation, body)).toEqual(body);
  });

  it.each([
    ['a body that is not an object', 'list', [], 'body is not an object'],
    ['results null', 'list', { ...EXAMPLE_PAGE, results: null }, 'body.results is not an array'],
    ['total a float', 'list', { ...EXAMPLE_PAGE, total: 1.5 }, 'body.total is not an integer'],
    ['next a number', 'list', { ...EXAMPLE_PAGE, next: 7 }, 'body.next is not a string or null'],
    ['a file a string', 'get', { ...EXAMPLE_GROUP, files: ['x'] }, 'body.files[0] is not an object or null'],
    [
      'content_info.mime without its type',
      'get',
      {
        ...EXAMPLE_GROUP,
        files: [{ ...EXAMPLE_GROUP.files[0], content_info: { mime: { mime: 'image/png', subtype: 'png' } } }],
      },
      'body.files[0].content_info.mime.type is missing',
    ],
    [
      'a metadata value that is not a string (additionalProperties)',
      'get',
      { ...EXAMPLE_GROUP, files: [{ ...EXAMPLE_GROUP.files[0], metadata: { a: 1 } }] },
      'body.files[0].metadata.a is not a string',
    ],
    [
      'a date-time that is not one (format)',
      'get',
      { ...EXAMPLE_GROUP, datetime_created: 'yesterday' },
      'body.datetime_created is not a valid date-time',
    ],
    ['a link that is no URI (format)', 'list', { ...EXAMPLE_PAGE, next: 'not a uri' }, 'body.next is not a valid uri'],
    [
      'a file uuid that is not one (format)',
      'get',
      { ...EXAMPLE_GROUP, files: [{ ...EXAMPLE_GROUP.files[0], uuid: 'x' }] },
      'body.files[0].uuid is not a valid uuid',
    ],
    [
      'a group id off its pattern',
      'list',
      { ...EXAMPLE_PAGE, results: [{ ...EXAMPLE_PAGE.results[0], id: 'nope' }] },
      'body.results[0].id does not match ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}~[1-9][0-9]*$',
    ],
    [
      'files_count below its minimum',
      'list',
      { ...EXAMPLE_PAGE, results: [{ ...EXAMPLE_PAGE.results[0], files_count: 0 }] },
      'body.results[0].files_count is less than 1',
    ],
    [
      'a file wrong inside (file or null: the file’s problem is named)',
      'get',
      { ...EXAMPLE_GROUP, files: [{ ...EXAMPLE_GROUP.files[0], size: 'big' }] },
      'body.files[0].size is not an integer',
    ],
  ])('names the field: %s', async (_, operation, body, problem) => {
    const error = await answer(operation, body);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message.endsWith(problem)).toBe(true);
  });

  it.each([
    ['a removed file (null)', { ...EXAMPLE_GROUP, files: [null, null, null] }],
    ['content_info null', { ...EXAMPLE_GROUP, files: [{ ...EXAMPLE_GROUP.files[0], content_info: null }, null, null] }],
    [
      'metadata of string values',
      { ...EXAMPLE_GROUP, files: [{ ...EXAMPLE_GROUP.files[0], metadata: { a: '1', b: '' } }, null, null] },
    ],
    ['no optional datetime_stored', (({ datetime_stored, ...rest }) => rest)(STORED_GROUP)],
  ])('lets through what the spec allows: %s', async (_, body) => {
    expect(await answer('get', body)).toEqual(body);
  });
});
