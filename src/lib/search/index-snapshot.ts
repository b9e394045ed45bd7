/**
 * The search index, moved from the worker that builds it to the page that searches it.
 *
 * Why the page searches: Chromium defers a page's tasks, a worker's answers included, from a
 * key press until the next frame is drawn. An answer from a worker therefore always waits for
 * the frame showing the typed letter and is drawn a frame later; searched in
 * the input event itself, the results are drawn in the frame that shows the letter.
 *
 * The index is typed arrays, transferred (moved, not copied: a copy is made on the receiving
 * thread as the message is read, a long task on the page at the full set's hundreds of MB);
 * the folded names cross as one UTF-8 buffer (a string would be copied as the page reads the
 * message, a long task at the full set's 36 million characters), and the docs as the UTF-8
 * JSON Lines the packs held, or as those lines deflated in blocks (doc-blocks.ts) when the
 * index was stored with them, transferred. The name-order tables for short queries follow as
 * the reply to a second request sent with the load (nameOrderOf), made after the load's
 * reply, off the path to searchable, from what the worker keeps: the names, and its own copy
 * of their starts and id ranks. A load that sent lines has its docs' blocks sent in reply to
 * a third request, once made.
 */
import type { FilterColumns } from './doc-filter';
import { docCount, docTable, isDocBlocks, type DocBlocks, type DocLines } from './packed-docs';
import type { NameOrder, SearchIndex } from './search-index';
import { createScratch } from './select-candidates';
import type { TrigramIndex } from './trigram-index';

export interface IndexSnapshot {
	/**
	 * The folded names, joined with '\n' (folding turns every run of white space into one
	 * space), as UTF-8.
	 */
	names: Uint8Array;
	starts: Uint32Array;
	trigrams: TrigramIndex;
	columns: FilterColumns;
	docs: DocLines | DocBlocks;
	idRank?: Uint32Array;
}

/**
 * The index and the docs' lines, ready to post. The trigrams and filter columns go with it
 * when the snapshot is transferred: the builder must not search the index afterwards, only
 * make its name-order tables (nameOrderOf), for which the names' starts and id ranks it keeps
 * are copies (a few MB).
 */
export function takeSnapshot(index: SearchIndex, docs: DocLines | DocBlocks): IndexSnapshot {
	if (docCount(docs) !== index.docs.length) {
		throw new Error(`${docCount(docs)} doc lines for an index of ${index.docs.length} docs`);
	}
	return {
		names: new TextEncoder().encode(index.names.names.join('\n')),
		starts: index.names.starts.slice(),
		trigrams: index.trigrams,
		columns: index.columns,
		docs,
		...(index.idRank && { idRank: index.idRank.slice() })
	};
}

/** The buffers a snapshot moves without a copy: all of its typed arrays. */
export function snapshotBuffers(snapshot: IndexSnapshot): ArrayBuffer[] {
	const { keys, offsets, postings, sizes } = snapshot.trigrams;
	const { kind, roles, firstYear, lastYear, partyStarts, partyList } = snapshot.columns;
	const arrays = [
		...docsArrays(snapshot.docs),
		snapshot.names,
		snapshot.starts,
		keys,
		offsets,
		postings,
		sizes,
		kind,
		roles,
		firstYear,
		lastYear,
		partyStarts,
		partyList,
		...(snapshot.idRank ? [snapshot.idRank] : [])
	];
	return buffersOf(arrays);
}

/** Each array's buffer, once (arrays may share one). */
const buffersOf = (arrays: readonly ArrayBufferView[]): ArrayBuffer[] => [
	...new Set(arrays.map((array) => array.buffer as ArrayBuffer))
];

const docsArrays = (docs: DocLines | DocBlocks) =>
	isDocBlocks(docs) ? [docs.bytes, docs.offsets] : [docs.bytes, docs.ends];

/** The buffers name-order tables move without a copy. */
export function tablesBuffers(tables: NameOrder): ArrayBuffer[] {
	const { numbers } = tables;
	const arrays = [
		tables.byName,
		tables.short.words,
		tables.short.nameRank,
		numbers.docs,
		numbers.kinds
	];
	return buffersOf(arrays);
}

/** The buffers docs' blocks move without a copy. */
export function docsBuffers(docs: DocBlocks): ArrayBuffer[] {
	return buffersOf(docsArrays(docs));
}

/** Bytes of names decoded and split per task: about 16,000 names, a ms or two with the GC it causes. */
const SPLIT_CHARS = 1 << 18;

/**
 * The names, decoded and split a piece per task (each piece ends at a '\n', which UTF-8 never
 * has inside a character): at national scale one split, with the garbage collection it sets
 * off, would be a long task. No bytes are no names or one empty name: the starts tell which.
 */
async function splitNames(
	{ names: bytes, starts }: IndexSnapshot,
	{ pause, splitChars }: Required<RestoreOptions>
): Promise<string[]> {
	const names: string[] = [];
	if (starts.at(-1) === 0) return names;
	const decoder = new TextDecoder();
	for (let from = 0; from <= bytes.length;) {
		const end = from + splitChars < bytes.length ? bytes.indexOf(10, from + splitChars) : -1;
		const to = end < 0 ? bytes.length : end;
		for (const name of decoder.decode(bytes.subarray(from, to)).split('\n')) names.push(name);
		from = to + 1;
		if (from <= bytes.length) await pause();
	}
	return names;
}

export interface RestoreOptions {
	/** Ends the task between pieces of work (nextTask on the page). */
	pause?: () => Promise<void>;
	splitChars?: number;
}

/** The index on the receiving side; its docs are parsed only when shown. */
export async function restoreIndex(
	snapshot: IndexSnapshot,
	{ pause = () => Promise.resolve(), splitChars = SPLIT_CHARS }: RestoreOptions = {}
): Promise<SearchIndex> {
	const docs = docTable(snapshot.docs);
	return {
		docs,
		names: { names: await splitNames(snapshot, { pause, splitChars }), starts: snapshot.starts },
		trigrams: snapshot.trigrams,
		columns: snapshot.columns,
		scratch: createScratch(docs.length),
		isTablesPending: true,
		...(snapshot.idRank && { idRank: snapshot.idRank })
	};
}
