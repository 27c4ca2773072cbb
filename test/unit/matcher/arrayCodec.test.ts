import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeIntArray, encodeIntArray } from '../../../src/matcher/arrayCodec';
import { fuzzParams } from '../fuzz/arbitraries';

describe('integer arrays as delta varints', () => {
  it('gives back every Int32Array it encoded, including falls, extremes and empty arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (values) => {
        const decoded = decodeIntArray(encodeIntArray(Int32Array.from(values)), (n) => new Int32Array(n));
        assert.deepEqual([...decoded], values);
      }),
      fuzzParams(0.25),
    );
  });

  it('gives back a Uint16Array, and spends one byte on a small step', () => {
    const values = Uint16Array.from([0, 1, 2, 3, 65535, 0, 40]);
    assert.deepEqual([...decodeIntArray(encodeIntArray(values), (n) => new Uint16Array(n))], [...values]);
    assert.equal(Buffer.from(encodeIntArray(Int32Array.from([5, 6, 7, 8, 9, 10])), 'base64').length, 6);
  });
});
