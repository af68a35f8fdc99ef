// Every operation of the spec has a documented method (or stands in RAW_ONLY with a reason),
// and each method sends exactly the operation the table says: a new operation in the spec
// fails here with its name.
import { describe, expect, it } from 'vitest';
import { METHOD_OPERATIONS, RAW_ONLY } from '../../src/client.js';
import { createGroupsClient, type GroupsClient } from '../../src/index.js';
import { OPERATION_IDS, OPERATIONS } from '../../src/spec.js';
import { EMPTY_PAGE, EXAMPLE_GROUP, GROUP_ID } from '../support/fixtures.js';
import { json, scriptedFetch } from '../support/scripted-fetch.js';

describe('every operation of the spec has a client method', () => {
  it.each(OPERATION_IDS)('%s', (operationId) => {
    const methods = Object.entries(METHOD_OPERATIONS).filter(([, id]) => id === operationId);
    expect(
      methods.length > 0 || RAW_ONLY[operationId] !== undefined,
      `operation ${operationId} of the spec has no method in createGroupsClient: add one (and to METHOD_OPERATIONS), or list it in RAW_ONLY with the reason`,
    ).toBe(true);
  });

  it.each(Object.entries(METHOD_OPERATIONS))('%s sends %s as the spec describes it', async (method, operationId) => {
    const { fetch, calls } = scriptedFetch((request) =>
      request.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : json(200, request.method === 'POST' || request.url.includes(GROUP_ID) ? EXAMPLE_GROUP : EMPTY_PAGE),
    );
    const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
    const call = groups[method as keyof GroupsClient] as (arg?: unknown) => unknown;
    const argument = { list: undefined, create: [EXAMPLE_GROUP.files[0]?.uuid] }[method as string];
    const result =
      method === 'pages' || method === 'listAll'
        ? call()
        : call(method === 'list' || method === 'create' ? argument : GROUP_ID);
    if (result && typeof (result as AsyncIterator<unknown>).next === 'function') {
      await (result as AsyncIterator<unknown>).next();
    } else await result;
    const operation = OPERATIONS[operationId];
    const template = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    expect(calls[0]?.method).toBe(operation.method);
    expect(new URL(calls[0]?.url ?? '').pathname).toMatch(template);
    expect(calls[0]?.headers.Accept).toBe(operation.accept[0]);
  });
});
