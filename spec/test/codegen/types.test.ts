// emit-types.mjs: openapi-typescript's types of the document, with the options the packages
// rely on.
import { describe, expect, it } from 'vitest';
import { emitTypes } from '../../codegen/emit-types.mjs';
import { okWith, op, specWith } from './tiny-spec.js';

const spec = () =>
  specWith(
    { '/things/{id}/': { get: op('getThing', { responses: okWith({ $ref: '#/components/schemas/Thing' }) }) } },
    {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            extra: { type: 'object' },
            zeta: { type: 'integer' },
            alpha: { type: 'boolean' },
          },
        },
      },
    },
  );

describe('emitTypes', () => {
  it('writes paths, components and operations, with untyped objects as Record<string, unknown>', async () => {
    const text = await emitTypes(spec());
    expect(text).toMatch(/^export interface paths \{/m);
    expect(text).toMatch(/^export interface components \{/m);
    expect(text).toMatch(/^export interface operations \{/m);
    expect(text).toContain('"/things/{id}/": {');
    expect(text).toContain('getThing: {');
    expect(text).toContain('extra?: Record<string, unknown>;');
    expect(text).not.toMatch(/extra\?: Record<string, never>/);
    expect(text).not.toContain('\r');
  });

  it('keeps the document’s property order and leaves the document untouched', async () => {
    const input = spec();
    const before = JSON.stringify(input);
    const text = await emitTypes(input);
    expect(JSON.stringify(input)).toBe(before);
    const order = ['id:', 'extra?:', 'zeta?:', 'alpha?:'].map((name) => text.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives the same text twice', async () => {
    expect(await emitTypes(spec())).toBe(await emitTypes(spec()));
  });
});
