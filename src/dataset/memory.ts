/**
 * Frees a large buffer now. A dropped ArrayBuffer's memory lives outside the V8 heap and is released
 * only when a GC collects its small JS object, which on a thread that allocates little can take a long
 * time; transferring it to a zero-length buffer detaches it and releases the memory at once.
 */
export function freeNow(buffer: ArrayBufferLike): void {
  if (buffer instanceof SharedArrayBuffer) return;
  const owned = buffer as ArrayBuffer & { detached?: boolean; transfer?(length: number): ArrayBuffer };
  if (!owned.detached) owned.transfer?.(0);
}
