import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { imageSize, scaleToFit } from '../../../src/docx/image-size.ts';

describe('logo size', () => {
  test('reads a PNG’s size from its header', () => {
    expect(imageSize(new Uint8Array(readFileSync('tests/fixtures/logo.png')), 'png')).toEqual({ width: 120, height: 40 });
  });

  test('finds a JPEG’s size in its start-of-frame segment, past other segments', () => {
    const jpeg = new Uint8Array([
      0xff,
      0xd8, // start of image
      0xff,
      0xe0,
      0x00,
      0x06,
      0x4a,
      0x46,
      0x49,
      0x46, // APP0, 4 bytes of data
      0xff,
      0xc2,
      0x00,
      0x11,
      0x08,
      0x01,
      0x2c,
      0x02,
      0x58,
      0x03, // progressive frame: 300 high, 600 wide
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(imageSize(jpeg, 'jpg')).toEqual({ width: 600, height: 300 });
    expect(() => imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0, 0, 0, 0, 0, 0, 0, 0]), 'jpg')).toThrow('JPEG-filen saknar storleksuppgift');
  });

  test('scales to fit a box without stretching', () => {
    expect(scaleToFit({ width: 600, height: 300 }, { width: 187, height: 48 })).toEqual({ width: 96, height: 48 });
    expect(scaleToFit({ width: 1000, height: 50 }, { width: 187, height: 48 })).toEqual({ width: 187, height: 9 });
  });
});
