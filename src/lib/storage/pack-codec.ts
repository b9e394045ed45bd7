/**
 * Packs are stored deflate-compressed, as the bundle file brought them (gzip-file.ts): JSON
 * Lines, one record per line in id order, each line starting with its id. Reading one record
 * finds its line by that start and parses that line only, not the whole pack. Rows stored by earlier versions of the app (`lines`: the same in
 * gzip; `keyed`: a line of ids first; no layout: one JSON array) are still read, until the
 * next install replaces them.
 */
import type { FactGroup } from '../../model/bundle-format';
import { keyField, linePrefix, packText } from '../../model/pack-lines';
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

/** A pack as the builder writes it; for tests and tools that make packs in the browser. */
export async function encodePack(pack: Pack): Promise<StoredPack> {
	const { items, ...head } = pack;
	return {
		...head,
		layout: 'deflate',
		data: await deflateRawBytes(new TextEncoder().encode(packText(items)))
	};
}

/** JSON Lines, one record per line: the bundle's own layout, in raw deflate or (earlier rows) gzip. */
function isLines(stored: StoredPack): boolean {
	return stored.layout === 'deflate' || stored.layout === 'lines';
}

/** The whole pack, every record parsed (search packs, tests). */
export async function decodePack<P extends Pack>(
	stored: StoredPack & { kind: PackKind }
): Promise<P> {
	const { data: _data, layout: _layout, ...head } = stored;
	const text = await inflateText(stored);
	if (isLines(stored)) {
		const items: unknown = JSON.parse(`[${text.slice(0, -1).replaceAll('\n', ',')}]`);
		return { ...head, items } as P;
	}
	if (stored.layout !== 'keyed') return { ...head, items: JSON.parse(text) as unknown } as P;
	const body = text.slice(text.indexOf('\n') + 1);
	const items: unknown = JSON.parse(`[${body.replaceAll('\n', ',')}]`);
	return { ...head, items } as P;
}

/** A pack's records as UTF-8 JSON Lines (each line ending '\n'), not parsed where they are stored so. */
export async function decodeLines(stored: StoredPack & { kind: PackKind }): Promise<Uint8Array> {
	if (stored.layout === 'deflate') return inflateRawBytes(stored.data);
	if (stored.layout === 'lines') return gunzipBytes(stored.data);
	return (await decodePackLines(stored)).lines;
}

/**
 * The whole pack parsed, and its records as UTF-8 JSON Lines (each line ending '\n'): the
 * inflated bytes as stored, or, for rows of earlier versions, written out again.
 */
export async function decodePackLines<P extends Pack>(
	stored: StoredPack & { kind: PackKind }
): Promise<{ pack: P; lines: Uint8Array }> {
	if (!isLines(stored)) {
		const pack = await decodePack<P>(stored);
		return { pack, lines: new TextEncoder().encode(packText(pack.items)) };
	}
	const { data: _data, layout: _layout, ...head } = stored;
	const lines = await decodeLines(stored);
	const text = new TextDecoder().decode(lines);
	const items: unknown = JSON.parse(`[${text.slice(0, -1).replaceAll('\n', ',')}]`);
	return { pack: { ...head, items } as P, lines };
}

/** Opens a pack for lookups: a keyed pack parses only the records asked for. */
export async function openPack<T extends Item>(stored: StoredPack): Promise<PackReader<T>> {
	if (isLines(stored)) {
		const text =
			stored.data.byteLength < NATIVE_FROM_BYTES
				? await inflateSmall(stored)
				: await inflateText(stored);
		return linesReader(stored.kind, text);
	}
	if (stored.layout !== 'keyed') {
		const items = (await decodePack(stored)).items as T[];
		return { find: (id) => findSorted(items, id, keyOf) };
	}
	const text = await inflateText(stored);
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

function linesReader<T>(kind: PackKind, text: string): PackReader<T> {
	const field = keyField(kind) ?? 'id';
	return {
		find(id) {
			// Checked at install: every line starts with its key, written as JSON.stringify does.
			const prefix = linePrefix(field, id);
			const at = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1;
			if (at === 0 && !text.startsWith(prefix)) return undefined;
			return JSON.parse(text.slice(at, text.indexOf('\n', at))) as T;
		}
	};
}

function keyOf(item: Item): string {
	return 'entity' in item ? item.entity : item.id;
}

/**
 * Packs of at least this many stored bytes are inflated by the browser's own zlib
 * (DecompressionStream), several times faster than fflate's JavaScript once a pack is large
 * (a party's facts: hundreds of KB inflated), and worth its hops through the event loop.
 */
const NATIVE_FROM_BYTES = 16 * 1024;

let fflate: Promise<typeof import('fflate')> | undefined;

/**
 * fflate, a chunk of its own: no first page needs it, so it stays out of the initial JS. It is
 * fetched by the first small pack read, or ahead of it, once the page is idle (App.svelte).
 */
export function loadInflate(): Promise<typeof import('fflate')> {
	fflate ??= import('fflate').catch((error: unknown) => {
		fflate = undefined; // fetched again by the next read
		throw error;
	});
	return fflate;
}

/**
 * A stored pack inflated on the spot: fflate is faster for a pack this small than a
 * DecompressionStream with its hops through the event loop, and a profile opens two to four
 * packs one after another.
 */
async function inflateSmall({ data, layout }: StoredPack): Promise<string> {
	const { gunzipSync, inflateSync } = await loadInflate();
	return new TextDecoder().decode(layout === 'deflate' ? inflateSync(data) : gunzipSync(data));
}

/** Inflated and decoded as UTF-8 in one native pass, no byte array in between. */
function inflateText({ data, layout }: StoredPack): Promise<string> {
	const format = layout === 'deflate' ? 'deflate-raw' : 'gzip';
	return new Response(stream(data).pipeThrough(new DecompressionStream(format))).text();
}

/** Inflated bytes; rejects when the bytes are not one whole raw deflate stream. */
export async function inflateRawBytes(bytes: Uint8Array): Promise<Uint8Array> {
	const inflated = stream(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(inflated).arrayBuffer());
}

/** A raw deflate stream, for a pack that came unpacked (a server unpacked its file on the way). */
export async function deflateRawBytes(bytes: Uint8Array): Promise<Uint8Array> {
	const compressed = stream(bytes).pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(compressed).arrayBuffer());
}

/** Inflated bytes; rejects when the bytes are not one whole gzip stream. */
export async function gunzipBytes(bytes: Uint8Array): Promise<Uint8Array> {
	const inflated = stream(bytes).pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(inflated).arrayBuffer());
}

function stream(bytes: Uint8Array): ReadableStream<BufferSource> {
	return new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
			controller.close();
		}
	});
}
