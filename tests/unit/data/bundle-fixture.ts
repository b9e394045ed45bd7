/** Small bundles built in-test with the real builder, served from memory. */
import { createHash } from 'node:crypto';
import { resolve, type ResolvedData } from '../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../src/builder/source-records';
import { packFile, planBundle, type BundleOptions } from '../../../src/builder/write-bundle';
import { BundleError, type Manifest, type ManifestFile } from '../../../src/model/bundle-format';
import { GZIP_HEADER, GZIP_TRAILER_BYTES } from '../../../src/model/gzip-file';
import { packText, planPacks } from '../../../src/model/packed-file';
import type { SourceInfo } from '../../../src/model/types';
import type { BundleSource } from '../../../src/lib/data/bundle-source';
import { openDb, type Pack, type PlainviewDb } from '../../../src/lib/data/db';
import { decodePack } from '../../../src/lib/data/pack-codec';
import { boardMember, declaration, donation, person, taxTotal } from '../../fixtures/records';

export const SOURCES: SourceInfo[] = [
	{
		id: 'knab',
		format: 'test',
		file: 'knab.csv',
		publisher: 'KNAB',
		title: 'Test',
		licence: 'CC0',
		records: 1
	}
];

export interface TestBundle {
	manifest: Manifest;
	manifestText: string;
	files: Map<string, string | Uint8Array>;
	/** Each built file's records, in file order. */
	records: Map<string, readonly unknown[]>;
	data: ResolvedData;
}

export function buildBundle(records: SourceRecord[], options: BundleOptions = {}): TestBundle {
	const data = resolve(records);
	const planned = planBundle(data, SOURCES, '2026-11-01', options);
	return {
		manifest: planned.manifest,
		manifestText: planned.manifestText,
		files: new Map<string, string | Uint8Array>(planned.files.map((f) => [f.name, f.bytes])),
		records: new Map(planned.files.map((f) => [f.name, f.records])),
		data
	};
}

export const ANNA = person('Anna Liepa', { maskedCode: '010180-*****' });
export const COMPANY_SHARES = '40003000001';
export const COMPANY_BOARD = '40003000002';

/** One person with a declared shareholding, a board seat, a post, donations; two taxed companies. */
export function profileRecords(): SourceRecord[] {
	return [
		declaration(ANNA, 2023, {
			items: [
				{ section: 'shares', company: { name: 'SIA "Akcijas"', regNo: COMPANY_SHARES }, count: 10 }
			]
		}),
		boardMember(ANNA, COMPANY_BOARD),
		donation(ANNA, 'Partija A'),
		taxTotal(COMPANY_SHARES, 2021, 100_00),
		taxTotal(COMPANY_SHARES, 2023, 300_00),
		taxTotal(COMPANY_SHARES, 2022, 200_00),
		taxTotal(COMPANY_BOARD, 2023, 999_00)
	];
}

/** `n` people, each on the board of one of n/2 companies that pay tax: several packs of each kind. */
export function manyRecords(n: number, tag = ''): SourceRecord[] {
	const out: SourceRecord[] = [];
	for (let i = 0; i < n; i++) {
		const regNo = `5000${String(i >> 1).padStart(7, '0')}`;
		out.push(boardMember(person(`Persona ${tag}${i}`), regNo));
		if (i % 2 === 0) out.push(taxTotal(regNo, 2023, i * 100));
	}
	return out;
}

export interface MemorySource extends BundleSource {
	/** Names of the files asked for, in order (the manifest is not counted). */
	calls: string[];
	/** Most file reads running at once. */
	maxInFlight: number;
}

export interface SourceChanges {
	manifest?: string;
	/** A replacement content per file name; null: the file is missing. */
	files?: Record<string, string | Uint8Array | null>;
	/** Runs before a file is served, e.g. to look at the database mid-install. */
	beforeFile?: (name: string) => Promise<void>;
}

export function memorySource(bundle: TestBundle, changes: SourceChanges = {}): MemorySource {
	// Copied into a buffer of Node's own (Buffer.alloc never pools): under jsdom, the page's
	// ArrayBuffer is another realm's, which Node's crypto.subtle refuses.
	const encode = (text: string | Uint8Array) => {
		const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
		const out = Buffer.alloc(bytes.byteLength);
		out.set(bytes);
		return out.buffer;
	};
	let inFlight = 0;
	const source: MemorySource = {
		describe: 'memory',
		calls: [],
		maxInFlight: 0,
		manifest: () => Promise.resolve(encode(changes.manifest ?? bundle.manifestText)),
		async file(name, options) {
			source.calls.push(name);
			inFlight++;
			source.maxInFlight = Math.max(source.maxInFlight, inFlight);
			try {
				await changes.beforeFile?.(name);
				await new Promise((r) => setTimeout(r, 1)); // let the other lane run
				const changed = changes.files?.[name];
				const content = changed === undefined ? bundle.files.get(name) : changed;
				if (content === null || content === undefined)
					throw new BundleError(name, 'the server answered 404 Not Found');
				const bytes = encode(content);
				options?.onBytes?.(bytes.byteLength);
				return bytes;
			} finally {
				inFlight--;
			}
		}
	};
	return source;
}

let dbCount = 0;
/** A database of its own per test, so tests never see each other's rows. */
export function freshDb(): PlainviewDb {
	return openDb(`plainview-test-${++dbCount}-${Date.now()}`);
}

/** Every pack of a version, decoded, for before/after comparisons. */
export async function packsOf(db: PlainviewDb, version: string): Promise<Pack[]> {
	const stored = await db.packs.where('version').equals(version).toArray();
	return Promise.all(stored.map((row) => decodePack(row)));
}

/**
 * The bundle with one file's records changed (a deep copy is edited) and packed again as the
 * builder would, with the manifest's size, hash and packs updated; its record count is kept,
 * so a change in the number of records shows.
 */
export function rewrite(
	bundle: TestBundle,
	name: string,
	change: (records: Record<string, unknown>[]) => void
): TestBundle {
	const records = structuredClone(bundle.records.get(name)) as Record<string, unknown>[];
	change(records);
	const entry = bundle.manifest.files.find((f) => f.name === name)!;
	return replacePacks(bundle, name, planPacks(entry.kind, records as never[]).map(packText));
}

/** The bundle with one file made of these packs (texts, or raw bytes packed as they are). */
export function replacePacks(
	bundle: TestBundle,
	name: string,
	packs: (string | Uint8Array)[]
): TestBundle {
	const { bytes, fields } = packFile(packs.map((pack) => Buffer.from(pack)));
	return withFile(bundle, name, bytes, fields);
}

/**
 * The bundle with one file's bytes replaced and the manifest's size and hash made to match,
 * as one pack, both as packed and as unpacked (the content is taken as both).
 */
export function replaceFile(
	bundle: TestBundle,
	name: string,
	content: string | Uint8Array
): TestBundle {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const size = bytes.byteLength;
	return withFile(bundle, name, bytes, {
		bytes: size,
		sha256,
		packs: [Math.max(1, size - GZIP_HEADER.length - GZIP_TRAILER_BYTES)],
		unpacked: { bytes: size, sha256, packs: [size] }
	});
}

function withFile(
	bundle: TestBundle,
	name: string,
	bytes: Uint8Array,
	fields: Partial<ManifestFile>
): TestBundle {
	const manifest: Manifest = {
		...bundle.manifest,
		files: bundle.manifest.files.map((f) => (f.name === name ? { ...f, ...fields } : f))
	};
	return {
		...bundle,
		manifest,
		manifestText: JSON.stringify(manifest),
		files: new Map([...bundle.files, [name, bytes]])
	};
}
