/**
 * Packs are stored gzip-compressed: a national bundle is ~840 MB of JSON, far over the
 * 150 MB storage budget as plain objects, and about a tenth of that compressed. Reading one
 * pack (about a thousand records) costs one native inflate and one JSON.parse, well inside
 * the 20 ms budget for a profile. The browsers' own CompressionStream does the work.
 */
import type { Pack, PackKind, StoredPack } from './db';

export async function encodePack(pack: Pack): Promise<StoredPack> {
	const { items, ...head } = pack;
	const data = await gzip(new TextEncoder().encode(JSON.stringify(items)));
	return { ...head, data };
}

export async function decodePack<P extends Pack>(
	stored: StoredPack & { kind: PackKind }
): Promise<P> {
	const { data, ...head } = stored;
	const items: unknown = JSON.parse(new TextDecoder().decode(await gunzip(data)));
	return { ...head, items } as P;
}

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe(bytes, new CompressionStream('gzip'));
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe(bytes, new DecompressionStream('gzip'));
}

async function pipe(
	bytes: Uint8Array,
	transform: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
	const input = new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
			controller.close();
		}
	});
	return new Uint8Array(await new Response(input.pipeThrough(transform)).arrayBuffer());
}
