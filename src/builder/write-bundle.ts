/**
 * Lays resolved data out as bundle files. Pure: the same data gives the same bytes.
 * Entities are sorted by id; every fact is grouped under the entity it belongs to, the group
 * split by dataset into parts (split-facts.ts: the core and one per group a device may leave
 * out), and a part is never split across files, so one profile is a read per part. Each file is
 * one gzip stream cut into packs (model/gzip-file.ts), which the app stores as they are.
 */
import { createHash } from 'node:crypto';
import {
	BUNDLE_FORMAT,
	MANIFEST_LIMITS,
	parseManifest,
	type FactGroup,
	type FileKind,
	type Manifest,
	type ManifestFile,
	type ManifestGroup
} from '../model/bundle-format';
import {
	checkRecord,
	isWholeKind,
	planPacks,
	packText,
	wholeRange,
	type RecordOf
} from '../model/packed-file';
import type { Flag } from '../model/flags';
import type { Evidence, SourceInfo } from '../model/types';
import { exploreBody } from './bundle/explore';
import { exploreRecords } from '../model/explore-file';
import { graphBody } from './bundle/graph';
import { factGroups, groupFacts } from './bundle/group-facts';
import { GzipPacks, type PackedFields } from './bundle/gzip-packs';
import { jsonLinesScratch } from './bundle/json-bytes';
import type { PackThread } from './bundle/pack-thread';
import { searchDocs } from './bundle/search-docs';
import { CORE_PART, partDataset, splitGroup } from './bundle/split-facts';
import { suggestGroups } from './bundle/suggest-groups';
import { computeFlags } from './flags/index';
import type { ResolvedData } from './resolve/resolve';
import { trace } from './trace';

export { groupFacts };

export interface BundleOptions {
	/** Facts per file before a new file starts (a group is never split). */
	chunkRecords?: number;
	/** Entities per entities file. */
	chunkEntities?: number;
	/**
	 * How much of its output the builder checks against the validators the app uses: 'all'
	 * (the default, and `--validate-all`) or 'sample' (a big build's default). The check is a
	 * self-test, not a gate: the app validates every record it installs and refuses a file
	 * with one bad record, so a builder bug a sample misses still cannot reach a profile.
	 * The sample is every VALIDATE_EVERY-th record of a file, its first and last, and the
	 * graph and explore files whole (each one record, and the likeliest to outgrow a bound).
	 */
	validate?: 'all' | 'sample';
	/** Split each fact group by dataset into groups a device may leave out (split-facts.ts). */
	splitFacts?: boolean;
	/** Bytes of groups a first visit keeps by default (suggest-groups.ts; SUGGEST_BYTES). */
	suggestBytes?: number;
	/** The largest pack the app reads (MANIFEST_LIMITS.packBytes); tests pass a small one. */
	packBound?: number;
	/**
	 * The data is the caller's to use up (a build's): what no later file needs is let go as
	 * soon as the files that need it are written. A relation's evidence, the largest part of
	 * the relations, is read by the flags and the fact files only, so it goes once they are
	 * written, before the search, graph and explore files are made.
	 */
	useUp?: boolean;
}

/** A big build's files packed and written on a second thread (bundle/pack-thread.ts), into `path(name)`. */
export interface Threaded {
	pack: PackThread;
	path: (name: string) => string;
}

const NO_EVIDENCE: Evidence[] = [];

/** One record in this many is checked when validation is sampled. */
export const VALIDATE_EVERY = 32;

export interface PlannedFile {
	name: string;
	/** The file as written: one gzip stream, its packs cut at full flushes. */
	bytes: Uint8Array;
	entry: ManifestFile;
	/** Its records in file order (for tests and the build report; the bytes are what count). */
	records: readonly unknown[];
}

export interface PlannedBundle {
	files: PlannedFile[];
	manifest: Manifest;
	manifestText: string;
	/** What the bundle leaves out and why (a graph or explore record past the pack bound). */
	warnings: string[];
}

export function planBundle(
	data: ResolvedData,
	sources: SourceInfo[],
	builtAt: string,
	options: BundleOptions = {}
): PlannedBundle {
	const files: PlannedFile[] = [];
	return { files, ...layOutBundle(data, sources, builtAt, options, (file) => files.push(file)) };
}

/**
 * planBundle for a big build: each file goes to `emit` as soon as it is made (the build
 * writes it to its staging folder), and nothing of it is kept but its manifest entry. With
 * `threaded`, every file but the graph and explore files is packed and written by the second
 * thread instead, and its entry is filled in once all are written.
 */
export function layOutBundle(
	data: ResolvedData,
	sources: SourceInfo[],
	builtAt: string,
	{
		chunkRecords = 20_000,
		chunkEntities = 20_000,
		validate = 'all',
		splitFacts = true,
		suggestBytes,
		packBound = MANIFEST_LIMITS.packBytes,
		useUp = false
	}: BundleOptions,
	emit: (file: PlannedFile) => void,
	threaded?: Threaded
): Omit<PlannedBundle, 'files'> {
	const files: ManifestFile[] = [];
	const warnings: string[] = [];
	/** Each part's files (split-facts.ts), by part id; the core part's are in no group. */
	const partFiles = new Map<string, ManifestFile[]>();
	const counters = new Map<string, number>();
	/** Files the second thread is packing, by its number for each. */
	const pending: [number, ManifestFile][] = [];
	const add = <K extends FileKind>(kind: K, records: RecordOf[K][], count: number, part = '') => {
		const prefix = part === '' || part === CORE_PART ? kind : `${kind}-${part}`;
		const n = (counters.get(prefix) ?? 0) + 1;
		counters.set(prefix, n);
		let entry: ManifestFile;
		if (threaded && !isWholeKind(kind)) {
			const [number, blank] = sent(name(prefix, n), kind, records, count, validate, threaded);
			pending.push([number, (entry = blank)]);
		} else {
			const file = planned(name(prefix, n), kind, records, count, validate);
			// The graph and explore files are one record each, so one pack: past the bound the
			// app would refuse the whole manifest. Left out, the app says the bundle has none.
			const unpacked = file.entry.unpacked?.bytes ?? 0;
			if (isWholeKind(kind) && unpacked > packBound) {
				warnings.push(
					`${file.name} left out: its one ${kind} record is ${mib(unpacked)} unpacked, over the ${mib(packBound)} the app reads in one pack, so this bundle has no ${kind === 'graph' ? 'network graph' : 'explore pages'}`
				);
				return;
			}
			entry = file.entry;
			emit(file);
		}
		files.push(entry);
		if (part !== '' && part !== CORE_PART)
			partFiles.set(part, [...(partFiles.get(part) ?? []), entry]);
	};
	const entities = [...data.people, ...data.organisations].sort((a, b) => (a.id < b.id ? -1 : 1));
	for (let start = 0; start < entities.length; start += chunkEntities) {
		const slice = entities.slice(start, start + chunkEntities);
		add('entities', slice, slice.length);
	}
	// One batch per part, each flushed to its own files as it fills (parts in id order at the end).
	const batches = new Map<string, { groups: FactGroup[]; records: number; weight: number }>();
	const flush = (part: string) => {
		const batch = batches.get(part);
		if (batch && batch.groups.length > 0) add('facts', batch.groups, batch.records, part);
		batches.set(part, { groups: [], records: 0, weight: 0 });
	};
	trace('entities written');
	const flags = computeFlags(data);
	trace('flags computed');
	for (const whole of factGroups(data, flags)) {
		for (const [part, group] of splitFacts ? splitGroup(whole) : [[CORE_PART, whole] as const]) {
			const batch = batches.get(part) ?? { groups: [], records: 0, weight: 0 };
			batches.set(part, batch);
			batch.groups.push(group);
			batch.records += groupSize(group);
			batch.weight += Math.max(1, groupSize(group));
			if (batch.weight >= chunkRecords) flush(part);
		}
	}
	for (const part of [...batches.keys()].sort()) flush(part);
	trace('facts written');
	if (useUp) for (const relation of data.relations) relation.evidence = NO_EVIDENCE;
	addSearch(searchDocs(data, flags), chunkEntities, add);
	trace('search written');
	if (entities.length > 0) {
		addGraph(data, add);
		addExplore(data, flags, add);
		trace('graph and explore written');
	}
	if (threaded) {
		const written = threaded.pack.settle();
		for (const [number, entry] of pending) Object.assign(entry, written.get(number));
	}
	const manifest: Manifest = {
		format: BUNDLE_FORMAT,
		version: sha256(
			files.map((f) => `${f.name}:${f.sha256}`).join('\n') + JSON.stringify(sources)
		).slice(0, 16),
		builtAt,
		sources,
		counts: {
			people: data.people.length,
			organisations: data.organisations.length,
			declarations: data.declarations.length,
			donations: data.donations.length,
			taxTotals: data.taxTotals.length,
			relations: data.relations.length,
			// Only bundles with party finances count them, so other bundles' manifests stay as they were.
			...(data.partyFinances?.length && { partyFinances: data.partyFinances.length }),
			...(data.partyReports?.length && { partyReports: data.partyReports.length }),
			flags: flags.length
		},
		files,
		...(partFiles.size > 0 && { groups: manifestGroups(partFiles, suggestBytes) })
	};
	const manifestText = JSON.stringify(manifest, null, '\t') + '\n';
	// The app's own check, so a bundle it would refuse (a bound passed) fails the build instead.
	parseManifest('manifest.json (as built)', JSON.parse(manifestText));
	return { manifest, manifestText, warnings };
}

function mib(bytes: number): string {
	return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

type Add = <K extends FileKind>(kind: K, records: RecordOf[K][], count: number) => void;

// Each file made in a function of its own, so what it is made of can go once it is written.

function addSearch(docs: RecordOf['search'][], chunk: number, add: Add): void {
	for (let start = 0; start < docs.length; start += chunk) {
		const slice = docs.slice(start, start + chunk);
		add('search', slice, slice.length);
	}
}

function addGraph(data: ResolvedData, add: Add): void {
	const graph = graphBody(data);
	add('graph', [graph], graph.edges.length / 3);
}

function addExplore(data: ResolvedData, flags: readonly Flag[], add: Add): void {
	const explore = exploreBody(data, flags);
	add('explore', [explore], exploreRecords(explore));
}

/** The manifest's groups: one per part but the core, in id order, suggested within a budget. */
function manifestGroups(
	partFiles: ReadonlyMap<string, ManifestFile[]>,
	suggestBytes?: number
): ManifestGroup[] {
	const groups = [...partFiles.keys()].sort().map((id) => {
		const files = partFiles.get(id)!;
		return {
			id,
			...partDataset(id),
			files: files.map((f) => f.name),
			bytes: files.reduce((sum, f) => sum + f.bytes, 0),
			records: files.reduce((sum, f) => sum + f.records, 0)
		};
	});
	return suggestGroups(groups, suggestBytes);
}

function groupSize(group: FactGroup): number {
	return (
		group.declarations.length +
		group.donations.length +
		group.taxTotals.length +
		(group.partyFinances?.length ?? 0) +
		(group.partyReports?.length ?? 0) +
		group.relations.length
	);
}

function name(prefix: string, n: number): string {
	return `${prefix}-${String(n).padStart(4, '0')}.jsonl.gz`;
}

function planned<K extends FileKind>(
	fileName: string,
	kind: K,
	records: RecordOf[K][],
	count: number,
	validate: 'all' | 'sample' = 'all'
): PlannedFile {
	check(fileName, kind, records, validate);
	const packer = new GzipPacks();
	for (const pack of planPacks(kind, records)) {
		// A whole-file kind's record is big: its text is made a piece at a time, and not copied again.
		packer.add(isWholeKind(kind) ? jsonLinesScratch(pack) : packText(pack));
	}
	const { bytes, fields } = packer.finish();
	return {
		name: fileName,
		bytes,
		records,
		entry: { name: fileName, kind, records: count, range: rangeOf(kind, records), ...fields }
	};
}

/**
 * planned() with the packing handed to the second thread: the entry's packed fields are
 * blanks, in the order they will have, until the thread has written the file (`settle`).
 */
function sent<K extends FileKind>(
	fileName: string,
	kind: K,
	records: RecordOf[K][],
	count: number,
	validate: 'all' | 'sample',
	threaded: Threaded
): [number, ManifestFile] {
	check(fileName, kind, records, validate);
	const file = threaded.pack.open();
	for (const pack of planPacks(kind, records)) threaded.pack.add(file, packText(pack));
	threaded.pack.finish(file, threaded.path(fileName));
	const blank: PackedFields = {
		bytes: 0,
		sha256: '',
		packs: [],
		unpacked: { bytes: 0, sha256: '', packs: [] }
	};
	return [file, { name: fileName, kind, records: count, range: rangeOf(kind, records), ...blank }];
}

function check<K extends FileKind>(
	fileName: string,
	kind: K,
	records: RecordOf[K][],
	validate: 'all' | 'sample'
): void {
	const last = records.length - 1;
	for (const [i, record] of records.entries()) {
		if (validate === 'sample' && i % VALIDATE_EVERY !== 0 && i !== last) continue;
		const problem = checkRecord(kind, record);
		if (problem)
			throw new Error(`builder produced an invalid ${fileName}, record ${i + 1}: ${problem}`);
	}
}

function rangeOf<K extends FileKind>(kind: K, records: RecordOf[K][]): [string, string] {
	if (isWholeKind(kind)) return wholeRange(kind, records[0]);
	const key = (record: unknown) =>
		kind === 'facts' ? (record as FactGroup).entity : (record as { id: string }).id;
	return [key(records[0]), key(records.at(-1))];
}

/** A file of these pack texts, and what the manifest says of it (also for tests that edit a bundle). */
export function packFile(texts: readonly Uint8Array[]): {
	bytes: Uint8Array;
	fields: PackedFields;
} {
	const packer = new GzipPacks();
	for (const text of texts) packer.add(text);
	return packer.finish();
}

function sha256(bytes: string | Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
