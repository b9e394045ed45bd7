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
import { readPackText } from '../../model/packed-file';
import type { StoredPack } from './db';
import { gunzipBytes } from './pack-codec';

/**
 * A file's packs as rows to store: every record checked, each pack's bytes kept as they came
 * (they are already the gzip the store holds), so nothing is serialised or compressed again.
 */
export async function readPackedFile(
	entry: ManifestFile,
	bytes: ArrayBuffer,
	version: string
): Promise<StoredPack[]> {
	if (bytes.byteLength !== entry.bytes) {
		const unzipped = !isGzip(new Uint8Array(bytes)) && entry.bytes > 0;
		throw new BundleError(
			entry.name,
			`is ${bytes.byteLength} bytes but the manifest says ${entry.bytes} (truncated or replaced` +
				(unzipped
					? '; it is not gzip data either: a server that sends .gz files with Content-Encoding: gzip unpacks them on the way'
					: '') +
				'); download or copy it again'
		);
	}
	const hash = await sha256Hex(bytes);
	if (hash !== entry.sha256) {
		throw new BundleError(
			entry.name,
			`sha256 is ${hash} but the manifest says ${entry.sha256}; the file is damaged or from another build`
		);
	}
	const total = entry.packs.reduce((sum, n) => sum + n, 0);
	if (total !== entry.bytes)
		throw new BundleError(
			entry.name,
			`the manifest's packs add up to ${total} bytes, not ${entry.bytes}`
		);
	const rows: StoredPack[] = [];
	let at = 0;
	let line = 1;
	let records = 0;
	let after: string | undefined;
	for (const [i, size] of entry.packs.entries()) {
		// A copy, not a view: storing a view would store the whole file's buffer with every pack.
		const data = new Uint8Array(bytes.slice(at, at + size));
		const text = await packText(entry.name, i, data);
		const pack = readPackText(entry.name, entry.kind, text, { firstLine: line, after });
		rows.push({
			version,
			kind: entry.kind,
			first: pack.first,
			last: pack.last,
			records: pack.records,
			layout: 'lines',
			data
		});
		at += size;
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
	return rows;
}

async function packText(file: string, index: number, data: Uint8Array): Promise<string> {
	let inflated: Uint8Array;
	try {
		inflated = await gunzipBytes(data);
	} catch {
		throw new BundleError(file, `pack ${index + 1} is not a whole gzip stream`);
	}
	try {
		// fatal: a broken UTF-8 sequence is an error, not a silent U+FFFD in someone's name.
		return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch {
		throw new BundleError(file, `pack ${index + 1} is not valid UTF-8 text`);
	}
}

function isGzip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
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
