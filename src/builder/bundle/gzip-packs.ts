/**
 * A bundle file's packs deflated one at a time into one gzip stream (model/gzip-file.ts): each
 * pack up to a full flush (no final block, no back-references across packs), then an empty
 * final block and the gzip trailer.
 *
 * A pack's text is encoded into one reused buffer and let go once deflated, hashed and
 * counted. A national build writes about 900 MB of pack text; as a Buffer of its own per pack,
 * memory outside V8's heap, every 64 MB of it started a full collection of a heap of about
 * 850 MB, and those collections were a quarter of the build's time.
 */
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { ManifestFile } from '../../model/bundle-format';
import { DEFLATE_END, GZIP_HEADER } from '../../model/gzip-file';
import { ByteSink } from './byte-sink';

export type PackedFields = Pick<ManifestFile, 'bytes' | 'sha256' | 'packs' | 'unpacked'>;

/** Grown to the largest pack text seen, and shared by every file a build writes (one at a time). */
const scratch = new ByteSink();

export class GzipPacks {
	private readonly deflated: Buffer[] = [];
	private readonly unpackedSizes: number[] = [];
	private readonly textHash = createHash('sha256');
	private crc = 0;
	private size = 0;

	/** One pack: its text, or its bytes (a whole-file kind's record, already made a piece at a time). */
	add(text: string | Uint8Array): void {
		const bytes = typeof text === 'string' ? scratch.only(text) : text;
		this.crc = crc32(bytes, this.crc);
		this.size += bytes.byteLength;
		this.textHash.update(bytes);
		this.unpackedSizes.push(bytes.byteLength);
		this.deflated.push(deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH }));
	}

	/** The file's bytes and what the manifest says of it. */
	finish(): { bytes: Uint8Array; fields: PackedFields } {
		const trailer = Buffer.alloc(8);
		trailer.writeUInt32LE(this.crc >>> 0, 0);
		trailer.writeUInt32LE(this.size % 2 ** 32, 4);
		// A plain Uint8Array of its own (small Buffers share a pool, and their .buffer is the pool),
		// filled in place rather than copied from a concatenation.
		const parts = [GZIP_HEADER, ...this.deflated, DEFLATE_END, trailer];
		const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
		let at = 0;
		for (const part of parts) {
			bytes.set(part, at);
			at += part.byteLength;
		}
		const fields: PackedFields = {
			bytes: bytes.byteLength,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			packs: this.deflated.map((d) => d.byteLength),
			unpacked: {
				bytes: this.size,
				sha256: this.textHash.digest('hex'),
				packs: this.unpackedSizes
			}
		};
		this.deflated.length = 0;
		return { bytes, fields };
	}
}
