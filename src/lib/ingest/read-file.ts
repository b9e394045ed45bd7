/**
 * Turns the bytes of one listed file into checked records: size, sha256, UTF-8, JSON,
 * format version, kind and every record's shape. Each failure is a BundleError naming the
 * file, because a person fixing a bundle needs to know which file to rebuild or re-copy.
 */
import {
	BundleError,
	parseManifest,
	type Manifest,
	type ManifestFile
} from '../../model/bundle-format';
import { gzipFileBytes, isGzip, packSpans, wholeDeflate } from '../../model/gzip-file';
import type { ExploreBody } from '../../model/explore-file';
import { readPackText } from '../../model/packed-file';
import type { StoredPack } from '../storage/db';
import { deflateRawBytes, inflateRawBytes } from '../storage/pack-codec';
import { firstAnswers, type FirstAnswer } from '../explore/explore-first-view';

/**
 * A file's packs as rows to store: every record checked, each pack's bytes kept as they came
 * (they are already the deflate the store holds), so nothing is serialised or compressed
 * again. A file a server or proxy unpacked on the way (Content-Encoding: gzip) is checked
 * against the manifest's `unpacked` size and hash instead, and its packs are compressed here.
 */
export async function readPackedFile(
	entry: ManifestFile,
	bytes: ArrayBuffer,
	version: string
): Promise<{ rows: StoredPack[]; answers?: FirstAnswer[] }> {
	const packed = isGzip(new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength)));
	await checkWhole(entry, bytes, packed);
	const sizes = packed ? entry.packs : entry.unpacked.packs;
	const total = packed ? gzipFileBytes(entry.packs) : sum(entry.unpacked.packs);
	const expected = packed ? entry.bytes : entry.unpacked.bytes;
	if (total !== expected || entry.packs.length !== entry.unpacked.packs.length)
		throw new BundleError(
			entry.name,
			`the manifest's packs add up to ${total} bytes, not ${expected}` + (packed ? '' : ' unpacked')
		);
	const spans = packed ? packSpans(sizes) : textSpans(sizes);
	const rows: StoredPack[] = [];
	let answers: FirstAnswer[] | undefined;
	let line = 1;
	let records = 0;
	let after: string | undefined;
	for (const [i, [start, end]] of spans.entries()) {
		// A copy, not a view: storing a view would store the whole file's buffer with every pack.
		const piece = new Uint8Array(bytes.slice(start, end));
		const { text, data } = packed
			? await inflatePack(entry, i, wholeDeflate(piece))
			: { text: decodeText(entry.name, i, piece), data: await deflateRawBytes(piece) };
		let explore: ExploreBody | undefined;
		const pack = readPackText(
			entry.name,
			entry.kind,
			text,
			{ firstLine: line, after },
			(record) => {
				if (entry.kind === 'explore') explore = record as ExploreBody;
			}
		);
		// The explore file is stored as columns, so a warm start does not parse it again.
		const encoded = explore && (await encodeExplored(explore, entry.name));
		answers ??= encoded?.answers;
		rows.push({
			version,
			kind: entry.kind,
			first: pack.first,
			last: pack.last,
			records: pack.records,
			...(encoded
				? { layout: 'columns', data: encoded.data, file: entry.name }
				: { layout: 'deflate', data })
		});
		line += pack.lines;
		records += pack.records;
		after = pack.last;
	}
	if (records !== entry.records)
		throw new BundleError(
			entry.name,
			`holds ${records} records but the manifest says ${entry.records}`
		);
	const range: [string, string] = [rows[0]?.first ?? '', rows.at(-1)?.last ?? ''];
	if (rows.length > 0 && (range[0] !== entry.range[0] || range[1] !== entry.range[1]))
		throw new BundleError(
			entry.name,
			`runs from ${range[0]} to ${range[1]} but the manifest says ${entry.range[0]} to ${entry.range[1]}`
		);
	return { rows, ...(answers && { answers }) };
}

/** Size and sha256 of the whole file, as packed (gzip) or as unpacked on the way. */
async function checkWhole(entry: ManifestFile, bytes: ArrayBuffer, packed: boolean): Promise<void> {
	const want = packed ? entry : entry.unpacked;
	if (bytes.byteLength !== want.bytes) {
		throw new BundleError(
			entry.name,
			`is ${bytes.byteLength} bytes but the manifest says ${want.bytes} (truncated or replaced` +
				(packed
					? ''
					: `; it is not gzip data, so it was compared with the ${want.bytes} bytes the manifest gives for it unpacked`) +
				'); download or copy it again'
		);
	}
	const hash = await sha256Hex(bytes);
	if (hash !== want.sha256) {
		throw new BundleError(
			entry.name,
			`sha256${packed ? '' : ' of its unpacked content'} is ${hash} but the manifest says ${want.sha256}; the file is damaged or from another build`
		);
	}
}

/** One pack's deflate bytes inflated and checked against its unpacked size in the manifest. */
async function inflatePack(
	entry: ManifestFile,
	index: number,
	data: Uint8Array
): Promise<{ text: string; data: Uint8Array }> {
	let inflated: Uint8Array;
	try {
		inflated = await inflateRawBytes(data);
	} catch {
		throw new BundleError(entry.name, `pack ${index + 1} is not a whole deflate stream`);
	}
	const size = entry.unpacked.packs[index];
	if (inflated.byteLength !== size)
		throw new BundleError(
			entry.name,
			`pack ${index + 1} unpacks to ${inflated.byteLength} bytes but the manifest says ${size}`
		);
	return { text: decodeText(entry.name, index, inflated), data };
}

function decodeText(file: string, index: number, bytes: Uint8Array): string {
	try {
		// fatal: a broken UTF-8 sequence is an error, not a silent U+FFFD in someone's name.
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BundleError(file, `pack ${index + 1} is not valid UTF-8 text`);
	}
}

/** Each pack's [start, end) in the unpacked text. */
function textSpans(sizes: readonly number[]): [number, number][] {
	let at = 0;
	return sizes.map((size) => [at, (at += size)]);
}

function sum(values: readonly number[]): number {
	return values.reduce((total, n) => total + n, 0);
}

export function readManifest(bytes: ArrayBuffer): Manifest {
	return parseManifest('manifest.json', parseJson('manifest.json', bytes));
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseJson(name: string, bytes: ArrayBuffer): unknown {
	let text: string;
	try {
		// fatal: a broken UTF-8 sequence is an error, not a silent U+FFFD in someone's name.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BundleError(name, 'is not valid UTF-8 text');
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new BundleError(name, `is not valid JSON (${detail})`);
	}
}

/** The explore codec loads with the explore file, not with the app. */
async function encodeExplored(
	body: ExploreBody,
	file: string
): Promise<{ data: Uint8Array; answers: FirstAnswer[] }> {
	const [{ encodeColumns, deflateColumns, decodeColumns }, { createExploreHandler }] =
		await Promise.all([import('../storage/explore-codec'), import('../explore/explore-handler')]);
	const columns = encodeColumns(body);
	// The first answers over the columns as a warm start reads them (the sections are parsed already).
	const { donations: _, ...sections } = body;
	const loaded = { donations: decodeColumns(columns, file).donations, sections: () => sections };
	const service = createExploreHandler(
		() => Promise.resolve(loaded),
		() => Promise.resolve(''),
		{ warm: false }
	);
	return { data: await deflateColumns(columns), answers: await firstAnswers(service.handle) };
}
