import { expect, test } from 'vitest';
import { MAX_KEPT, parseViolations, ViolationRecorder } from '../../src/front/violations.js';

const exchange = {
  operationId: 'listGroups',
  method: 'GET',
  url: '/groups/?limit=0',
  status: 400,
  injectedFault: false,
};
const header = JSON.stringify([
  { location: ['request', 'query', 'limit'], severity: 'Error', code: 'minimum', message: 'limit must be >= 1' },
  { location: ['response', 'body', 'total'], severity: 'Error', code: 'type', message: 'total must be integer' },
]);

test("Prism's header is filed by what it is about, with the exchange", () => {
  const recorder = new ViolationRecorder();
  const answerFindings = recorder.record(header, exchange);
  const { injectedFault: _, ...where } = exchange;
  expect(answerFindings).toEqual([
    {
      ...where,
      location: ['response', 'body', 'total'],
      severity: 'Error',
      code: 'type',
      message: 'total must be integer',
    },
  ]);
  const log = recorder.snapshot();
  expect(log.request).toHaveLength(1);
  expect(log.request[0]).toMatchObject({ operationId: 'listGroups', url: '/groups/?limit=0', code: 'minimum' });
  expect(log.response).toHaveLength(1);
  expect(log.injected).toEqual([]);
});

test('findings on answers an injected fault made are kept apart and do not count as broken answers', () => {
  const recorder = new ViolationRecorder();
  expect(recorder.record(header, { ...exchange, status: 503, injectedFault: true })).toEqual([]);
  expect(recorder.snapshot()).toMatchObject({ response: [], injected: [{ status: 503 }] });
});

test('an unreadable header is itself a finding; lists stop growing at their bound', () => {
  expect(parseViolations('not json')).toEqual([
    { location: [], severity: 'Error', message: 'unreadable sl-violations header: not json' },
  ]);
  const recorder = new ViolationRecorder();
  const one = JSON.stringify([{ location: ['request'], message: 'x' }]);
  for (let i = 0; i < MAX_KEPT + 3; i++) recorder.record(one, exchange);
  expect(recorder.snapshot().request).toHaveLength(MAX_KEPT);
  expect(recorder.snapshot().dropped).toBe(3);
  recorder.clear();
  expect(recorder.snapshot()).toEqual({ request: [], response: [], injected: [], dropped: 0 });
});
