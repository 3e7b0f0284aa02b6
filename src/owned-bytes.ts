/**
 * The bytes of a rendered file as a view of its own ArrayBuffer, whole: what a Response body and a
 * worker's transfer list need. pdf-lib, docx and fflate type their output over any ArrayBufferLike, and
 * a view can be part of a larger buffer (Node's Buffer pool), whose transfer would hand over the rest
 * too. A view that is its buffer whole is kept as it is; any other is copied.
 */
export function ownedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}
