/*
 * The pixel size of a PNG or JPEG, read from its header. Word places an image at the size it is
 * given, so the logo is scaled from this to fit its box without being stretched.
 */

export interface ImageSize {
  width: number;
  height: number;
}

export function imageSize(bytes: Uint8Array, type: 'png' | 'jpg'): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'png') {
    // The IHDR chunk always comes first: width and height follow the 8-byte signature and the chunk's length and type.
    if (bytes.byteLength < 24) throw new Error('PNG-filen är för kort för att ha ett huvud');
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments to the first start-of-frame marker, which holds the size.
  let offset = 2;
  while (offset + 9 < bytes.byteLength) {
    if (bytes[offset] !== 0xff) {
      offset++;
      continue;
    }
    const marker = bytes[offset + 1]!;
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    if (marker === 0xff || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset++;
      continue;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  throw new Error('JPEG-filen saknar storleksuppgift');
}

/** Scales a size to fit inside a box, keeping its proportions. */
export function scaleToFit(size: ImageSize, box: ImageSize): ImageSize {
  const factor = Math.min(box.width / size.width, box.height / size.height);
  return { width: Math.round(size.width * factor), height: Math.round(size.height * factor) };
}
