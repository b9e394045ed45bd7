// @vitest-environment node
// Search docs deflated in blocks (doc-blocks.ts): what the page keeps once the worker has made them.
import { describe, expect, it } from 'vitest';
import { blockDocs, DOCS_PER_BLOCK } from '../../../src/lib/search/doc-blocks';
import {
	restoreIndex,
	snapshotBuffers,
	takeSnapshot
} from '../../../src/lib/search/index-snapshot';
import {
	BlockedDocs,
	docLinesOf,
	PackedDocs,
	type DocBlocks
} from '../../../src/lib/search/packed-docs';
import { buildSearchIndex, searchIndex } from '../../../src/lib/search/search-index';
import { docsFromStored, docsToStore, DOCS_FORMAT } from '../../../src/lib/search/stored-index';
import type { SearchDoc } from '../../../src/model/types';
import { random, randomPersonName, randomSearchDocs } from '../../fixtures/search-fixtures';

/** Docs with posts, parties and upper-case other names: text of several bytes, quotes and dashes. */
const randomDocs = (count: number, seed: number): SearchDoc[] =>
	randomSearchDocs(count, seed, (next) => ({
		otherNames: next() < 0.2 ? [randomPersonName(next).toUpperCase()] : [],
		posts: next() < 0.4 ? ['Rīgas domes deputāts — "Ūdens" komiteja'] : [],
		parties: next() < 0.5 ? ['Partija "Gaišais Ceļš"'] : []
	}));

describe('docs in deflated blocks', () => {
	it.each([0, 1, DOCS_PER_BLOCK - 1, DOCS_PER_BLOCK, DOCS_PER_BLOCK + 1, 1000])(
		'give back each of %i docs as it was, in any order of asking',
		(count) => {
			const docs = randomDocs(count, count + 3);
			const blocks = blockDocs(docLinesOf(docs));
			expect(blocks.count).toBe(count);
			expect(blocks.offsets).toHaveLength(Math.ceil(count / DOCS_PER_BLOCK) + 1);
			const table = new BlockedDocs(blocks);
			expect(table.length).toBe(count);
			const order = docs.map((_, d) => d).reverse();
			for (const d of order) expect(table.at(d), `doc ${d}`).toEqual(docs[d]);
			expect(table.at(count)).toBeUndefined();
			expect(table.at(-1)).toBeUndefined();
			expect(table.at(0.5)).toBeUndefined();
		}
	);

	it('read alike through the block cache when far more blocks are asked for than it keeps', () => {
		const docs = randomDocs(64 * 3 * 40, 5);
		const table = new BlockedDocs(blockDocs(docLinesOf(docs), 3));
		const next = random(9);
		for (let i = 0; i < 5000; i++) {
			const d = Math.floor(next() * docs.length);
			expect(table.at(d)?.id).toBe(docs[d]!.id);
		}
	});

	it('are several times smaller than the lines', () => {
		const lines = docLinesOf(randomDocs(5000, 1));
		const blocks = blockDocs(lines);
		expect(blocks.bytes.length * 4).toBeLessThan(lines.bytes.length);
	});

	it('say so when a block holds fewer lines than its docs', () => {
		const docs = randomDocs(10, 2);
		const blocks = blockDocs(docLinesOf(docs));
		const table = new BlockedDocs({ ...blocks, count: 12, per: 12 });
		expect(() => table.at(0)).toThrow(/block 0 holds fewer than 12 lines/);
	});

	it('are searched on the page as the lines are', async () => {
		const docs = randomDocs(3000, 8);
		const built = buildSearchIndex(docs);
		const snapshot = takeSnapshot(built, blockDocs(docLinesOf(docs)));
		const page = await restoreIndex(
			structuredClone(snapshot, { transfer: snapshotBuffers(snapshot) })
		);
		expect(page.docs).toBeInstanceOf(BlockedDocs);
		const fromLines = await restoreIndex(takeSnapshot(buildSearchIndex(docs), docLinesOf(docs)));
		expect(fromLines.docs).toBeInstanceOf(PackedDocs);
		for (const text of ['berzins', 'anna', 'ozol', 'partija', 'kalnins janis', 'ilze e']) {
			const hits = searchIndex(page, { text });
			expect(
				hits.map((hit) => hit.doc),
				text
			).toEqual(searchIndex(fromLines, { text }).map((hit) => hit.doc));
		}
		expect(searchIndex(page, { text: 'berzins' }).length).toBeGreaterThan(0);
	});
});

describe('stored doc blocks', () => {
	const blocks = blockDocs(docLinesOf(randomDocs(200, 4)));

	it('serve an index of as many docs, of this format', () => {
		expect(docsFromStored(docsToStore(blocks), 200)).toBe(blocks);
	});

	it.each<[string, unknown, number]>([
		['none stored', undefined, 200],
		['another format', { format: DOCS_FORMAT + 1, blocks }, 200],
		['another doc count', { format: DOCS_FORMAT, blocks }, 199],
		[
			'offsets past the bytes',
			{ format: DOCS_FORMAT, blocks: { ...blocks, bytes: blocks.bytes.slice(0, -1) } },
			200
		],
		['offsets of another block size', { format: DOCS_FORMAT, blocks: { ...blocks, per: 32 } }, 200],
		['no bytes', { format: DOCS_FORMAT, blocks: { ...blocks, bytes: [1, 2] } }, 200],
		['no blocks', { format: DOCS_FORMAT }, 200]
	])('do not serve: %s', (_, stored, docs) => {
		expect(docsFromStored(stored as Parameters<typeof docsFromStored>[0], docs)).toBeUndefined();
	});

	it('keep what the page needs through a structured clone, as IndexedDB keeps them', () => {
		const copy = structuredClone(docsToStore(blocks));
		const served = docsFromStored(copy, 200) as DocBlocks;
		expect(new BlockedDocs(served).at(199)).toEqual(new BlockedDocs(blocks).at(199));
	});
});
