import { describe, expect, test } from 'vitest';
import { ownedBytes } from '../../../src/owned-bytes.ts';

describe('owned bytes', () => {
  test('a view of its whole buffer is kept, without a copy', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const owned = ownedBytes(bytes);
    expect(owned.buffer).toBe(bytes.buffer);
    expect([...owned]).toEqual([1, 2, 3]);
  });

  test("a view of part of a larger buffer (Node's Buffer pool) is copied, so that a transfer hands over these bytes only", () => {
    const pooled = Buffer.from('abc');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.byteLength);
    const owned = ownedBytes(pooled);
    expect(owned.buffer).not.toBe(pooled.buffer);
    expect(owned.buffer.byteLength).toBe(3);
    expect(Buffer.from(owned).toString()).toBe('abc');
  });

  test('a view of a shared buffer is copied into a buffer of its own', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([7, 8]);
    const owned = ownedBytes(shared);
    expect(owned.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...owned]).toEqual([7, 8]);
  });
});
