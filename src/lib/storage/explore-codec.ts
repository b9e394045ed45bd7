/**
 * The explore file as stored at install (layout 'columns'): one buffer that a warm start reads
 * out of IndexedDB, inflates natively and uses without parsing its rows. Inside, the
 * donations' row columns lie as the engine's typed arrays (views, not copies); the ids are one
 * UTF-8 text; the code tables are a JSON header; the other sections (flags, officials,
 * rankings) are JSON text parsed on first use. Layout, little-endian as every platform the
 * app runs on:
 *
 *   "PVX1" | header length (u32) | header JSON | padding to 8 | sections, each 8-aligned
 *
 * The buffer is stored in zlib's deflate format, whose Adler-32 checksum catches damaged
 * bytes; decoding also checks the structure (magic, header, every section inside the buffer
 * and of its row count), so a damaged row fails with an error naming the bundle file rather
 * than counting garbage. The codes were checked at install, before encoding.
 */
import { BundleError } from '../../model/bundle-error';
import { rowCount, ROW_COLUMNS, type DonationColumns } from '../../model/explore-donations';
import type { ExploreBody } from '../../model/explore-file';
import type { ExplorePack, StoredPack } from './db';
import { decodePack } from './pack-codec';
import {
	loadedFromBody,
	ROW_TYPES,
	typedColumns,
	type ExploreSections,
	type LoadedExplore,
	type TypedDonationColumns
} from '../explore/typed-columns';

const MAGIC = 'PVX1';
type RowColumn = (typeof ROW_COLUMNS)[number];
type Tables = Omit<DonationColumns, RowColumn | 'ids'>;
/** Where a section lies in the buffer: [byte offset, byte length]. */
type Span = [number, number];

interface Header {
	rows: number;
	tables: Tables;
	columns: Record<RowColumn, Span>;
	ids: Span;
	sections: Span;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** A stored explore row as the engine takes it: stored as columns, or as an earlier app version stored it (JSON). */
export async function readStoredExplore(row: StoredPack): Promise<LoadedExplore | undefined> {
	if (row.layout === 'columns') return decodeExplore(row.data, row.file ?? 'the explore file');
	const body = (await decodePack<ExplorePack>(row)).items[0];
	return body && loadedFromBody(body);
}

/** A checked explore file as the bytes to store. */
export async function encodeExplore(body: ExploreBody): Promise<Uint8Array<ArrayBuffer>> {
	return deflateColumns(encodeColumns(body));
}

/** The buffer of encodeColumns as the bytes to store. */
export function deflateColumns(columns: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	return transform(columns, new CompressionStream('deflate'));
}

/**
 * The stored bytes as the engine takes them; `file` is the bundle file they came from, named
 * in the error when they are damaged.
 */
export async function decodeExplore(bytes: Uint8Array, file: string): Promise<LoadedExplore> {
	let inner: Uint8Array;
	try {
		inner = await transform(bytes, new DecompressionStream('deflate'));
	} catch {
		throw damaged(file, 'they do not inflate: cut short or changed');
	}
	return decodeColumns(inner, file);
}

function transform(
	bytes: Uint8Array,
	through: CompressionStream | DecompressionStream
): Promise<Uint8Array<ArrayBuffer>> {
	const source = new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
			controller.close();
		}
	}).pipeThrough(through);
	return new Response(source).arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

const damaged = (file: string, problem: string) =>
	new BundleError(
		file,
		`its stored explore columns are damaged (${problem}); install the data again`
	);

/** The buffer inside the stored bytes (exported for tests). */
export function encodeColumns(body: ExploreBody): Uint8Array<ArrayBuffer> {
	const { donations, ...sections } = body;
	const typed = typedColumns(donations);
	const { ids, ...rest } = typed;
	const tables = Object.fromEntries(
		Object.entries(rest).filter(([key]) => !(ROW_COLUMNS as readonly string[]).includes(key))
	) as Tables;
	const encoder = new TextEncoder();
	const texts = { ids: encoder.encode(ids), sections: encoder.encode(JSON.stringify(sections)) };
	// Offsets depend on the header's length, which holds them: lay out from a fixed start.
	const spans = {} as Record<RowColumn | 'ids' | 'sections', Span>;
	let bodyBytes = 0;
	for (const column of ROW_COLUMNS) {
		spans[column] = [bodyBytes, typed[column].byteLength];
		bodyBytes = align(bodyBytes + typed[column].byteLength);
	}
	for (const key of ['ids', 'sections'] as const) {
		spans[key] = [bodyBytes, texts[key].byteLength];
		bodyBytes = align(bodyBytes + texts[key].byteLength);
	}
	const header = (start: number): Header => {
		const at = (span: Span): Span => [span[0] + start, span[1]];
		const columns = Object.fromEntries(ROW_COLUMNS.map((c) => [c, at(spans[c])]));
		const rows = rowCount(typed);
		return { rows, tables, columns, ids: at(spans.ids), sections: at(spans.sections) } as Header;
	};
	// The header's length grows with its offsets' digits; settle it in a few passes.
	let start = 0;
	let headerBytes = encoder.encode(JSON.stringify(header(start)));
	while (align(8 + headerBytes.byteLength) !== start) {
		start = align(8 + headerBytes.byteLength);
		headerBytes = encoder.encode(JSON.stringify(header(start)));
	}
	const out = new Uint8Array(start + bodyBytes);
	out.set(encoder.encode(MAGIC), 0);
	new DataView(out.buffer).setUint32(4, headerBytes.byteLength, true);
	out.set(headerBytes, 8);
	for (const column of ROW_COLUMNS) {
		const array = typed[column];
		out.set(
			new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
			start + spans[column][0]
		);
	}
	for (const key of ['ids', 'sections'] as const) out.set(texts[key], start + spans[key][0]);
	return out;
}

/** The buffer inside the stored bytes, read (exported for tests). */
export function decodeColumns(bytes: Uint8Array, file: string): LoadedExplore {
	const fail = (problem: string) => damaged(file, problem);
	// Typed views need aligned offsets: a buffer read out of the store starts at 0.
	const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
	if (data.byteLength < 8 || new TextDecoder().decode(data.subarray(0, 4)) !== MAGIC)
		throw fail('they do not start with the explore columns mark');
	const headerBytes = new DataView(data.buffer, data.byteOffset + 4, 4).getUint32(0, true);
	if (8 + headerBytes > data.byteLength) throw fail('the header runs past the end');
	let header: Header;
	try {
		header = JSON.parse(new TextDecoder().decode(data.subarray(8, 8 + headerBytes))) as Header;
	} catch {
		throw fail('the header is not JSON');
	}
	if (typeof header !== 'object' || header === null || typeof header.tables !== 'object')
		throw fail('the header holds no code tables');
	const text = (span: Span, what: string) => {
		const view = slice(data, span, 1, what, fail);
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(view);
		} catch {
			throw fail(`${what} is not UTF-8 text`);
		}
	};
	const donations = { ...header.tables, ids: text(header.ids, 'ids') } as TypedDonationColumns;
	for (const column of ROW_COLUMNS) {
		const Type = ROW_TYPES[column];
		const view = slice(data, header.columns?.[column], Type.BYTES_PER_ELEMENT, column, fail);
		(donations as Record<RowColumn, unknown>)[column] = new Type(
			view.buffer as ArrayBuffer,
			view.byteOffset,
			view.byteLength / Type.BYTES_PER_ELEMENT
		);
	}
	if (rowCount(donations) !== header.rows) throw fail(`ids do not hold ${header.rows} rows`);
	for (const column of ROW_COLUMNS)
		if (donations[column].length !== header.rows)
			throw fail(`${column} has ${donations[column].length} entries for ${header.rows} rows`);
	// Parsed when first asked for, but placed now: a cut-short row fails at once.
	slice(data, header.sections, 1, 'sections', fail);
	let sections: ExploreSections | undefined;
	return {
		donations,
		sections() {
			if (!sections) {
				try {
					sections = JSON.parse(text(header.sections, 'sections')) as ExploreSections;
				} catch (error) {
					throw error instanceof BundleError ? error : fail('the sections are not JSON');
				}
			}
			return sections;
		}
	};
}

/** A span of the buffer, checked to lie inside it, 8-aligned and a whole number of elements. */
function slice(
	data: Uint8Array,
	span: Span | undefined,
	size: number,
	what: string,
	fail: (problem: string) => Error
): Uint8Array {
	const [at, length] = Array.isArray(span) ? span : [NaN, NaN];
	if (!Number.isSafeInteger(at) || !Number.isSafeInteger(length) || at < 0 || length < 0)
		throw fail(`${what} has no place in the header`);
	if (at + length > data.byteLength) throw fail(`${what} runs past the end`);
	if (at % 8 !== 0 || length % size !== 0) throw fail(`${what} is not aligned`);
	return data.subarray(at, at + length);
}
