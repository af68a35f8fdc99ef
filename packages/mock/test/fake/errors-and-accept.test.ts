// The error table takes its words from the spec's examples, and the Accept check picks the
// operation's own media types from the generated operations, refusing others with 406.
import { describe, expect, test } from 'vitest';
import { acceptedTypes, negotiate, vendorVersion } from '../../src/fake/auth/accept.js';
import { apiErrors, EXAMPLE_PUBLIC_KEY } from '../../src/fake/http/api-errors.js';
import { errorMediaType } from '../../src/fake/http/respond.js';
import { ERROR_EXAMPLES } from '../../src/generated/error-examples.js';
import { ERROR_RESPONSES } from '../../src/generated/error-responses.js';
import { API_VERSIONS, MEDIA_TYPES } from '../../src/generated/media-types.js';
import { OPERATION_IDS, OPERATIONS, RESPONSES } from '../../src/generated/operations.js';

describe('the error table', () => {
  test('documented errors are the examples, word for word', () => {
    const pairs = [
      [apiErrors.simpleAuthOverHttp(), ERROR_EXAMPLES.SimpleAuthOverHttpError],
      [apiErrors.missingCredentials(), ERROR_EXAMPLES.MissingCredentialsError],
      [apiErrors.invalidSignature(), ERROR_EXAMPLES.InvalidSignatureError],
      [apiErrors.notAcceptable(), ERROR_EXAMPLES.NotAcceptableError],
      [apiErrors.notFound(), ERROR_EXAMPLES.NotFoundError],
      [apiErrors.unknownPublicKey(EXAMPLE_PUBLIC_KEY), ERROR_EXAMPLES.UnknownPublicKeyError],
    ] as const;
    for (const [error, example] of pairs)
      expect(error).toEqual({ status: example.status, body: { detail: example.detail } });
  });

  test("the unknown-key detail names the request's key in place of the example's", () => {
    expect(ERROR_EXAMPLES.UnknownPublicKeyError.detail).toContain(EXAMPLE_PUBLIC_KEY);
    const detail = apiErrors.unknownPublicKey('pk_live_123').body.detail;
    expect(detail).toBe(ERROR_EXAMPLES.UnknownPublicKeyError.detail.replace(EXAMPLE_PUBLIC_KEY, 'pk_live_123'));
  });

  test('throttling gives the real wait in Retry-After and in the documented sentence', () => {
    const exampleSeconds = Number(/\d+/.exec(ERROR_EXAMPLES.ThrottledError.detail)?.[0]);
    expect(apiErrors.throttled(exampleSeconds)).toEqual({
      status: ERROR_EXAMPLES.ThrottledError.status,
      body: { detail: ERROR_EXAMPLES.ThrottledError.detail },
      headers: { 'Retry-After': String(exampleSeconds) },
    });
    expect(apiErrors.throttled(3).body.detail).toMatch(/ 3 seconds\.$/);
    expect(apiErrors.throttled(1).body.detail).toMatch(/ 1 second\.$/);
    expect(apiErrors.throttled(3).headers).toEqual({ 'Retry-After': '3' });
    for (const header of ERROR_RESPONSES.TooManyRequests.headers)
      expect(apiErrors.throttled(0).headers).toHaveProperty(header);
  });

  test('throttling writes Retry-After as an HTTP-date when the spec documents that form', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(apiErrors.throttled(3, 'http-date', now).headers).toEqual({
      'Retry-After': 'Thu, 01 Jan 2026 00:00:03 GMT',
    });
    expect(apiErrors.throttled(3, 'seconds', now).headers).toEqual({ 'Retry-After': '3' });
    expect(apiErrors.throttled(3, 'either', now).headers).toEqual({ 'Retry-After': '3' });
  });

  test('an injected failure carries Retry-After only when the spec documents one for its status, in that form', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(apiErrors.injectedFailure(503).headers).toBeUndefined();
    expect(apiErrors.injectedFailure(503, 'seconds', now).headers).toEqual({ 'Retry-After': '1' });
    expect(apiErrors.injectedFailure(503, 'http-date', now).headers).toEqual({
      'Retry-After': 'Thu, 01 Jan 2026 00:00:01 GMT',
    });
  });

  test('undocumented reasons use the status of the matching documented answer', () => {
    expect(apiErrors.badParameter('limit …').status).toBe(ERROR_RESPONSES.BadRequest.status);
    expect(apiErrors.badRequestDate('date …').status).toBe(ERROR_RESPONSES.Unauthorized.status);
    expect(apiErrors.wrongVersion('storeGroup', ['x']).status).toBe(ERROR_RESPONSES.NotAcceptable.status);
  });
});

describe('Accept', () => {
  test('media types are read in order, without parameters, in lower case', () => {
    expect(acceptedTypes('Application/JSON; q=0.9, text/html ,')).toEqual(['application/json', 'text/html']);
    expect(acceptedTypes(undefined)).toEqual([]);
  });

  // The Upload API's operations have no versions: the service does not negotiate for them.
  const VERSIONED = OPERATION_IDS.filter((id) => OPERATIONS[id].publicKeyField === null);
  test.each(VERSIONED)('%s answers in each media type it takes, and refuses the others', (operationId) => {
    const takes = OPERATIONS[operationId].accept as readonly string[];
    for (const type of takes) expect(negotiate(type, operationId, takes)).toEqual({ mediaType: type });
    expect(negotiate(`*/*, ${takes[0]};q=0.5`, operationId, takes)).toEqual({ mediaType: takes[0] });
    for (const other of Object.values(MEDIA_TYPES).filter((type) => !takes.includes(type))) {
      const refused = negotiate(other, operationId, takes);
      expect(refused).toEqual({ error: apiErrors.wrongVersion(operationId, takes) });
      expect('error' in refused && refused.error.body.detail).toContain(takes[0]);
    }
    for (const unknown of [undefined, '', '*/*', 'application/json', 'application/vnd.uploadcare-v0.1+json']) {
      expect(negotiate(unknown, operationId, takes)).toEqual({ error: apiErrors.notAcceptable() });
    }
  });

  test('the version of a media type comes from the generated list', () => {
    for (const version of API_VERSIONS) expect(vendorVersion(MEDIA_TYPES[version])).toBe(version);
    expect(vendorVersion('application/json')).toBeUndefined();
  });

  test('an error is answered in the asked media type when the spec documents it for that status, else JSON', () => {
    for (const operationId of OPERATION_IDS) {
      for (const [status, types] of Object.entries(RESPONSES[operationId] as Record<string, readonly string[]>)) {
        if (Number(status) < 400) continue;
        for (const type of types) expect(errorMediaType(operationId, Number(status), [type])).toBe(type);
      }
    }
    expect(errorMediaType(undefined, 404, ['application/vnd.uploadcare-v0.7+json'])).toBe('application/json');
    expect(errorMediaType('listGroups', 503, [])).toBe('application/json');
  });
});
