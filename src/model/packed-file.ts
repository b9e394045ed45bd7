/**
 * How a bundle file holds its records (format 3): *packs*, each a few hundred records as
 * JSON Lines in id order, each compressed on its own inside the file's one gzip stream
 * (gzip-file.ts). The builder decides the packs, so the app stores each pack's bytes as they
 * came: it checks every record but never serialises or compresses anything again, which was
 * two thirds of a national install's CPU.
 * Pure: shared by the builder (Node) and the app (workers).
 */
import * as v from 'valibot';
import type { Entity, SearchDoc } from './types';
import { BundleError, FactGroupSchema, type FactGroup, type FileKind } from './bundle-format';
import { graphBodyEntries, graphProblem, type GraphBody } from './graph-file';
import {
	ExploreBodySchema,
	exploreProblem,
	exploreRecords,
	type ExploreBody
} from './explore-file';
import { OrganisationSchema, PersonSchema, SearchDocSchema, describeIssues } from './validate';
import { repeatedFactId } from './repeated-ids';
import { isWholeKind, keyField, linePrefix } from './pack-lines';

export { isWholeKind, keyField, linePrefix, packText } from './pack-lines';

/**
 * Records per pack: a profile opens two packs, plus two per linked company, and inflating one
 * is its dearest step, so packs are small, yet near deflate's 32 KB window, so they still
 * compress almost as well as big ones (measured in `npm run bench`; README, Benchmarks).
 */
export const PACK_ENTITIES = 64;
export const PACK_FACT_RECORDS = 64;
export const PACK_SEARCH_DOCS = 2_000;

export interface RecordOf {
	entities: Entity;
	facts: FactGroup;
	search: SearchDoc;
	graph: GraphBody;
	explore: ExploreBody;
}

/** Records in id order cut into packs; a fact group (one profile's facts) is never split. */
export function planPacks<K extends FileKind>(kind: K, records: RecordOf[K][]): RecordOf[K][][] {
	if (isWholeKind(kind)) return records.length === 0 ? [] : [records];
	if (kind !== 'facts') {
		const size = kind === 'search' ? PACK_SEARCH_DOCS : PACK_ENTITIES;
		const out: RecordOf[K][][] = [];
		for (let at = 0; at < records.length; at += size) out.push(records.slice(at, at + size));
		return out;
	}
	const out: RecordOf[K][][] = [];
	let pack: RecordOf[K][] = [];
	let count = 0;
	for (const group of records) {
		pack.push(group);
		count += groupRecords(group as FactGroup);
		if (count >= PACK_FACT_RECORDS) {
			out.push(pack);
			pack = [];
			count = 0;
		}
	}
	if (pack.length > 0) out.push(pack);
	return out;
}

/** Facts in a group; at least 1, so a run of empty groups still ends a pack. */
export function groupRecords(group: FactGroup): number {
	const n =
		group.declarations.length +
		group.donations.length +
		group.taxTotals.length +
		(group.partyFinances?.length ?? 0) +
		(group.partyReports?.length ?? 0) +
		group.relations.length;
	return Math.max(1, n);
}

/** What reading one pack found. */
export interface PackSummary {
	first: string;
	last: string;
	/** Records as the manifest counts them (recordCount). */
	records: number;
	lines: number;
}

/**
 * The longest line a record (not the graph, which is one line) may take: far above the
 * largest real one, a busy party's fact group (data/README.md gives the figures).
 */
export const MAX_RECORD_LENGTH = 8_000_000;

/**
 * Checks one pack's text: each line one JSON record of the file's kind, valid, starting with
 * its key, keys strictly increasing from `after`. Errors name the file and the line, counted
 * from the start of the file (`firstLine`). `onRecord` sees each checked record.
 */
export function readPackText<K extends FileKind>(
	file: string,
	kind: K,
	text: string,
	{ firstLine = 1, after }: { firstLine?: number; after?: string } = {},
	onRecord?: (record: RecordOf[K]) => void
): PackSummary {
	if (text.length === 0 || !text.endsWith('\n'))
		throw new BundleError(
			file,
			`line ${firstLine}: a pack must hold lines, each ending in a line break`
		);
	const field = keyField(kind);
	let first = '';
	let last = after;
	let lines = 0;
	let records = 0;
	for (let start = 0; start < text.length;) {
		const end = text.indexOf('\n', start);
		const line = firstLine + lines;
		if (!isWholeKind(kind) && end - start > MAX_RECORD_LENGTH)
			throw new BundleError(
				file,
				`line ${line}: a record of ${end - start} characters, more than any real record (at most ${MAX_RECORD_LENGTH})`
			);
		const record = parseLine(file, line, text.slice(start, end));
		const problem = checkRecord(kind, record);
		if (problem) throw new BundleError(file, `line ${line}: invalid record: ${problem}`);
		const whole = field ? undefined : wholeRange(kind as 'graph' | 'explore', record);
		const key = whole ? whole[0] : (record as Record<string, string>)[field!]!;
		if (field && !text.startsWith(linePrefix(field, key), start))
			throw new BundleError(file, `line ${line}: the record must start with its "${field}"`);
		if (field && last !== undefined && !(last < key))
			throw new BundleError(
				file,
				`line ${line}: ${JSON.stringify(key)} is out of order (after ${JSON.stringify(last)})`
			);
		if (lines === 0) first = key;
		last = whole ? whole[1] : key;
		onRecord?.(record as RecordOf[K]);
		records += recordCount(kind, record);
		lines++;
		start = end + 1;
	}
	if (isWholeKind(kind) && lines !== 1)
		throw new BundleError(
			file,
			`line ${firstLine + 1}: ${kind === 'graph' ? 'a graph' : 'an explore'} file holds one line`
		);
	return { first, last: last ?? '', records, lines };
}

/**
 * A whole file's range in the manifest: the graph's first and last node; the explore file's
 * first and last party (its tables are in id order).
 */
export function wholeRange(kind: 'graph' | 'explore', record: unknown): [string, string] {
	const ids =
		kind === 'graph' ? (record as GraphBody).nodes : (record as ExploreBody).donations.parties;
	return [ids[0] ?? '', ids.at(-1) ?? ''];
}

function parseLine(file: string, line: number, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new BundleError(file, `line ${line}: is not valid JSON (${detail})`);
	}
}

const GraphBodySchema = v.strictObject(graphBodyEntries);

/** The problem with one record of this kind ("path: message"), or undefined when it is valid. */
export function checkRecord(kind: FileKind, record: unknown): string | undefined {
	const schema =
		kind === 'facts'
			? FactGroupSchema
			: kind === 'search'
				? SearchDocSchema
				: kind === 'graph'
					? GraphBodySchema
					: kind === 'explore'
						? ExploreBodySchema
						: isOrganisation(record)
							? OrganisationSchema
							: PersonSchema;
	const result = v.safeParse(schema as v.GenericSchema, record);
	if (!result.success) return describeIssues(result.issues);
	if (kind === 'facts') {
		const repeated = repeatedFactId(record as FactGroup);
		return repeated && `${repeated} is listed twice`;
	}
	if (kind === 'explore') return exploreProblem(record as ExploreBody);
	return kind === 'graph' ? graphProblem(record as GraphBody) : undefined;
}

/** Entity files mix people and organisations in one id order; organisations have a kind. */
function isOrganisation(record: unknown): boolean {
	return typeof record === 'object' && record !== null && Object.hasOwn(record, 'kind');
}

/** What the manifest counts a record as: a fact group its facts, the graph its relations, the explore file its donations. */
function recordCount(kind: FileKind, record: unknown): number {
	if (kind === 'graph') return (record as GraphBody).edges.length / 3;
	if (kind === 'explore') return exploreRecords(record as ExploreBody);
	if (kind !== 'facts') return 1;
	const group = record as FactGroup;
	return (
		group.declarations.length +
		group.donations.length +
		group.taxTotals.length +
		(group.partyFinances?.length ?? 0) +
		(group.partyReports?.length ?? 0) +
		group.relations.length
	);
}
