/**
 * Packs are stored gzip-compressed: a national bundle is ~840 MB of JSON, far over the
 * 150 MB storage budget as plain objects, and about a tenth of that compressed. The browsers'
 * own CompressionStream does the work. Entity and fact packs are stored *keyed*: a first line
 * with the sorted ids and where each record ends, then one record per line, so reading one
 * record parses that record only (a fact pack is ~1 MB of JSON, ~10 ms to parse whole).
 */
import type { FactGroup } from '../../model/bundle-format';
import type { Entity, SearchDoc } from '../../model/types';
import type { Pack, PackKind, StoredPack } from './db';
import { findSorted, findSortedIndex } from './packs';

type Item = Entity | FactGroup | SearchDoc;

/** The first line of a keyed pack: ids in order, and the end of each record's line. */
interface KeyedHead {
	keys: string[];
	ends: number[];
}

/** One stored pack opened for lookups by id. */
export interface PackReader<T> {
	find(id: string): T | undefined;
}

export async function encodePack(pack: Pack): Promise<StoredPack> {
	const { items, ...head } = pack;
	// Search and graph packs are always read whole, so keying them would only cost.
	if (pack.kind === 'search' || pack.kind === 'graph') {
		return { ...head, data: await gzip(new TextEncoder().encode(JSON.stringify(items))) };
	}
	// JSON.stringify never writes a raw line break, so a line is a record.
	const lines = (items as Item[]).map((item) => JSON.stringify(item));
	const ends: number[] = [];
	let at = 0;
	for (const line of lines) {
		at += line.length;
		ends.push(at);
		at += 1;
	}
	const keyed: KeyedHead = { keys: (items as Item[]).map(keyOf), ends };
	const text = `${JSON.stringify(keyed)}\n${lines.join('\n')}`;
	return { ...head, layout: 'keyed', data: await gzip(new TextEncoder().encode(text)) };
}

/** The whole pack, every record parsed (search packs, tests). */
export async function decodePack<P extends Pack>(
	stored: StoredPack & { kind: PackKind }
): Promise<P> {
	const { data, layout: _layout, ...head } = stored;
	const text = await gunzipText(data);
	if (stored.layout !== 'keyed') return { ...head, items: JSON.parse(text) as unknown } as P;
	const body = text.slice(text.indexOf('\n') + 1);
	const items: unknown = JSON.parse(`[${body.replaceAll('\n', ',')}]`);
	return { ...head, items } as P;
}

/** Opens a pack for lookups: a keyed pack parses only the records asked for. */
export async function openPack<T extends Item>(stored: StoredPack): Promise<PackReader<T>> {
	if (stored.layout !== 'keyed') {
		const items = (await decodePack(stored)).items as T[];
		return { find: (id) => findSorted(items, id, keyOf) };
	}
	const text = await gunzipText(stored.data);
	const split = text.indexOf('\n');
	const { keys, ends } = JSON.parse(text.slice(0, split)) as KeyedHead;
	return {
		find(id) {
			const i = findSortedIndex(keys, id, (key) => key);
			if (i < 0) return undefined;
			const start = i === 0 ? 0 : ends[i - 1]! + 1;
			return JSON.parse(text.slice(split + 1 + start, split + 1 + ends[i]!)) as T;
		}
	};
}

function keyOf(item: Item): string {
	return 'entity' in item ? item.entity : item.id;
}

/** Inflated and decoded as UTF-8 in one native pass, no byte array in between. */
function gunzipText(bytes: Uint8Array): Promise<string> {
	return new Response(stream(bytes).pipeThrough(new DecompressionStream('gzip'))).text();
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
	const compressed = stream(bytes).pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(compressed).arrayBuffer());
}

function stream(bytes: Uint8Array): ReadableStream<BufferSource> {
	return new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
			controller.close();
		}
	});
}
