/**
 * How a bundle file is laid out as bytes (format 3): one gzip stream whose deflate data is
 * cut into packs at full-flush points, so that each pack inflates on its own (the app stores
 * it as it came) and the whole file is still one stream, which a browser unpacks in full
 * when a server sends it with Content-Encoding: gzip (a browser unpacks only a file's first
 * gzip member). Pure: shared by the builder (Node) and the app (workers).
 */

/** Magic, deflate, no flags, no time, no extra flags, OS Unix: the same bytes everywhere. */
export const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3);

/** An empty final deflate block (fixed codes, end of block), after a pack's full flush. */
export const DEFLATE_END = Uint8Array.of(0x03, 0x00);

/** After the packs: the end block, then the CRC-32 and size of the whole text (little-endian). */
export const GZIP_TRAILER_BYTES = DEFLATE_END.length + 8;

/** The file's size from its packs' deflate sizes. */
export function gzipFileBytes(packs: readonly number[]): number {
	return GZIP_HEADER.length + packs.reduce((sum, n) => sum + n, 0) + GZIP_TRAILER_BYTES;
}

/** Each pack's [start, end) in the file. */
export function packSpans(packs: readonly number[]): [number, number][] {
	let at = GZIP_HEADER.length;
	return packs.map((size) => [at, (at += size)]);
}

/** A pack's deflate bytes (ending in a full flush) made a whole raw deflate stream. */
export function wholeDeflate(pack: Uint8Array): Uint8Array {
	const out = new Uint8Array(pack.byteLength + DEFLATE_END.length);
	out.set(pack);
	out.set(DEFLATE_END, pack.byteLength);
	return out;
}

export function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
