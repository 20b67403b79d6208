import { describe, expect, it } from '@jest/globals';
import { packIds, unpackIds } from '../../src/pr/packed-ids.js';

describe('packIds / unpackIds', () => {
  it('writes each prefix once, versions other than 1 after the id, in id order', () => {
    const ids = [
      { id: '2612.00003', version: 1 },
      { id: '2611.00042', version: 2 },
      { id: 'hep-th/9901001', version: 1 },
      { id: '2611.00001', version: 1 },
      { id: 'math.GT/0309136', version: 3 },
      { id: '2611.10007', version: 12 },
    ];
    const packed = packIds(ids);
    expect(packed).toBe('hep-th/9901001 math.GT/0309136v3 2611.00001 00042v2 10007v12 2612.00003');
    expect(unpackIds(packed)).toEqual([
      { id: 'hep-th/9901001', version: 1 },
      { id: 'math.GT/0309136', version: 3 },
      { id: '2611.00001', version: 1 },
      { id: '2611.00042', version: 2 },
      { id: '2611.10007', version: 12 },
      { id: '2612.00003', version: 1 },
    ]);
  });

  it('packs nothing into an empty string and back', () => {
    expect(packIds([])).toBe('');
    expect(unpackIds('')).toEqual([]);
  });

  it('a short id with no whole id before it cannot be read', () => {
    expect(() => unpackIds('00042 2611.00001')).toThrow('"00042" has no id before it to take a prefix from');
  });
});
