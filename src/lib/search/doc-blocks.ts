/**
 * Search docs as the page keeps them once the index is settled: their JSON Lines cut into
 * blocks of DOCS_PER_BLOCK docs, each block deflated on its own, so a hit's doc is one small
 * block inflated. At the full-size set the lines are 364 MB and the blocks about 51 MB; a
 * block inflates in well under a millisecond, and a query shows at most 50 docs.
 *
 * The worker makes them (blockDocs, here) and stores them with the index (stored-index.ts);
 * the page reads them (BlockedDocs, packed-docs.ts), and imports none of the deflating code.
 */
import { deflateSync } from 'fflate';
import type { DocBlocks, DocLines } from './packed-docs';

/**
 * Docs in a block. 64: the blocks are 7 times smaller than the lines, where blocks of 32 are
 * 6 times, and a block inflates in about 90 µs (full-size set, Node, fflate).
 */
export const DOCS_PER_BLOCK = 64;

/** Deflate level: 1 takes three quarters of level 6's time and makes blocks 8 % larger. */
const LEVEL = 1;

/** The lines as deflated blocks of `per` docs (raw deflate, each block whole). */
export function blockDocs(lines: DocLines, per = DOCS_PER_BLOCK): DocBlocks {
	const { bytes, ends } = lines;
	const count = ends.length;
	const blocks = Math.ceil(count / per);
	const offsets = new Uint32Array(blocks + 1);
	const parts: Uint8Array[] = [];
	let size = 0;
	for (let block = 0; block < blocks; block++) {
		const first = block * per;
		const last = Math.min(first + per, count) - 1;
		const start = first === 0 ? 0 : ends[first - 1]! + 1;
		// Each block keeps its lines' ends ('\n' after every line), so it splits alone.
		const part = deflateSync(bytes.subarray(start, ends[last]! + 1), { level: LEVEL });
		parts.push(part);
		size += part.length;
		offsets[block + 1] = size;
	}
	const joined = new Uint8Array(size);
	parts.forEach((part, block) => joined.set(part, offsets[block]!));
	return { bytes: joined, offsets, count, per };
}
