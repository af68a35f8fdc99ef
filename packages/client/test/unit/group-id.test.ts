import { describe, expect, it } from 'vitest';
import { groupCdnUrl, InvalidArgumentError, isGroupId, parseGroupId } from '../../src/index.js';

const ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~12';

describe('parseGroupId / isGroupId', () => {
  it.each([
    [ID, { uuid: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da', filesCount: 12 }],
    ['dd43982c-5a7a-4d3f-a4b5-7e0b1e3a5c11~1', { uuid: 'dd43982c-5a7a-4d3f-a4b5-7e0b1e3a5c11', filesCount: 1 }],
    // Any 8-4-4-4-12 hex UUID, as the spec's pattern: version and variant digits are not checked.
    ['11111111-1111-1111-1111-111111111111~1', { uuid: '11111111-1111-1111-1111-111111111111', filesCount: 1 }],
    ['018f2c3a-7b1d-7c4e-9a2b-3c4d5e6f7a8b~1000', { uuid: '018f2c3a-7b1d-7c4e-9a2b-3c4d5e6f7a8b', filesCount: 1000 }],
  ])('parses %s', (id, parsed) => {
    expect(parseGroupId(id)).toEqual(parsed);
    expect(isGroupId(id)).toBe(true);
  });

  it.each([
    ['', /empty/],
    ['..', /path or URL character/],
    [`a/${ID}`, /path or URL character/],
    ['badfc9f7-f88f-4921-9cc0-22e2c08aa2da~0', /files count after the ~ is not one the spec allows/],
    ['badfc9f7-f88f-4921-9cc0-22e2c08aa2da', /file UUID is not a group id/],
    ['BADFC9F7-F88F-4921-9CC0-22E2C08AA2DA~12', /lowercase/],
    ['not-a-uuid~3', /not a group id/],
  ])('rejects %j with a clear message', (id, message) => {
    expect(isGroupId(id)).toBe(false);
    expect(() => parseGroupId(id)).toThrow(InvalidArgumentError);
    expect(() => parseGroupId(id)).toThrow(message);
  });

  it('is false for non-strings', () => {
    expect(isGroupId(undefined)).toBe(false);
    expect(isGroupId({ id: ID })).toBe(false);
  });
});

describe('groupCdnUrl', () => {
  it.each([
    [{}, `https://ucarecdn.com/${ID}/`],
    [{ nth: 0 }, `https://ucarecdn.com/${ID}/nth/0/`],
    [{ nth: 11 }, `https://ucarecdn.com/${ID}/nth/11/`],
    [{ archive: 'zip' as const }, `https://ucarecdn.com/${ID}/archive/zip/`],
    [{ archive: 'tar' as const }, `https://ucarecdn.com/${ID}/archive/tar/`],
    [{ cdnBase: 'https://cdn.example.com/' }, `https://cdn.example.com/${ID}/`],
  ])('%o gives %s', (options, url) => {
    expect(groupCdnUrl(ID, options)).toBe(url);
  });

  it.each([
    [{ nth: 12 }, 'nth'],
    [{ nth: -1 }, 'nth'],
    [{ nth: 1.5 }, 'nth'],
    [{ archive: 'rar' }, 'archive'],
    [{ nth: 0, archive: 'zip' }, 'options'],
    [{ cdnBase: 'ucarecdn.com' }, 'cdnBase'],
  ])('rejects %o naming %s', (options, argument) => {
    expect(() => groupCdnUrl(ID, options as never)).toThrow(expect.objectContaining({ argument }));
  });

  it('rejects a bad group id', () => {
    expect(() => groupCdnUrl('../etc')).toThrow(expect.objectContaining({ argument: 'groupId' }));
  });
});
