/**
 * Lays resolved data out as bundle files. Pure: the same data gives the same bytes.
 * Entities are sorted by id; every fact is grouped under the entity it belongs to, and a
 * group is never split, so one profile is one read in the app's packed store.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import {
	BUNDLE_FORMAT,
	EntitiesFileSchema,
	FactsFileSchema,
	GraphFileSchema,
	type GraphFile,
	SearchFileSchema,
	type SearchFile,
	type EntitiesFile,
	type FactGroup,
	type FactsFile,
	type FileKind,
	type Manifest,
	type ManifestFile
} from '../model/bundle-format';
import type { SourceInfo } from '../model/types';
import { describeIssues } from '../model/validate';
import { graphBody } from './bundle/graph';
import { groupFacts } from './bundle/group-facts';
import { searchDocs } from './bundle/search-docs';
import type { ResolvedData } from './resolve/resolve';

export { groupFacts };

export interface BundleOptions {
	/** Facts per file before a new file starts (a group is never split). */
	chunkRecords?: number;
	/** Entities per entities file. */
	chunkEntities?: number;
}

export interface PlannedFile {
	name: string;
	content: string;
	entry: ManifestFile;
}

export interface PlannedBundle {
	files: PlannedFile[];
	manifest: Manifest;
	manifestText: string;
}

export function planBundle(
	data: ResolvedData,
	sources: SourceInfo[],
	builtAt: string,
	{ chunkRecords = 20_000, chunkEntities = 20_000 }: BundleOptions = {}
): PlannedBundle {
	const files: PlannedFile[] = [];
	const entities = [...data.people, ...data.organisations].sort((a, b) => (a.id < b.id ? -1 : 1));
	for (let start = 0, n = 1; start < entities.length; start += chunkEntities, n++) {
		const slice = entities.slice(start, start + chunkEntities);
		const body: EntitiesFile = {
			format: BUNDLE_FORMAT,
			kind: 'entities',
			people: slice.filter((e) => 'maskedCodes' in e),
			organisations: slice.filter((e) => 'kind' in e)
		} as EntitiesFile;
		check(EntitiesFileSchema, body, name('entities', n));
		files.push(
			planned(name('entities', n), 'entities', body, slice.length, [slice[0]!.id, slice.at(-1)!.id])
		);
	}
	let batch: FactGroup[] = [];
	let batchRecords = 0;
	const flush = () => {
		if (batch.length === 0) return;
		const fileName = name('facts', files.filter((f) => f.entry.kind === 'facts').length + 1);
		const body: FactsFile = { format: BUNDLE_FORMAT, kind: 'facts', groups: batch };
		check(FactsFileSchema, body, fileName);
		files.push(
			planned(fileName, 'facts', body, batchRecords, [batch[0]!.entity, batch.at(-1)!.entity])
		);
		batch = [];
		batchRecords = 0;
	};
	for (const group of groupFacts(data)) {
		batch.push(group);
		batchRecords += groupSize(group);
		if (batchRecords >= chunkRecords) flush();
	}
	flush();
	const docs = searchDocs(data);
	for (let start = 0, n = 1; start < docs.length; start += chunkEntities, n++) {
		const slice = docs.slice(start, start + chunkEntities);
		const body: SearchFile = { format: BUNDLE_FORMAT, kind: 'search', docs: slice };
		check(SearchFileSchema, body, name('search', n));
		files.push(
			planned(name('search', n), 'search', body, slice.length, [slice[0]!.id, slice.at(-1)!.id])
		);
	}
	if (entities.length > 0) {
		const body: GraphFile = { format: BUNDLE_FORMAT, kind: 'graph', ...graphBody(data) };
		check(GraphFileSchema, body, name('graph', 1));
		files.push(
			planned(name('graph', 1), 'graph', body, body.edges.length / 3, [
				body.nodes[0]!,
				body.nodes.at(-1)!
			])
		);
	}
	const manifest: Manifest = {
		format: BUNDLE_FORMAT,
		version: sha256(
			files.map((f) => `${f.name}:${f.entry.sha256}`).join('\n') + JSON.stringify(sources)
		).slice(0, 16),
		builtAt,
		sources,
		counts: {
			people: data.people.length,
			organisations: data.organisations.length,
			declarations: data.declarations.length,
			donations: data.donations.length,
			taxTotals: data.taxTotals.length,
			relations: data.relations.length
		},
		files: files.map((f) => f.entry)
	};
	return { files, manifest, manifestText: JSON.stringify(manifest, null, '\t') + '\n' };
}

function groupSize(group: FactGroup): number {
	return (
		group.declarations.length +
		group.donations.length +
		group.taxTotals.length +
		group.relations.length
	);
}

function name(kind: FileKind, n: number): string {
	return `${kind}-${String(n).padStart(4, '0')}.json`;
}

function planned(
	fileName: string,
	kind: FileKind,
	body: unknown,
	records: number,
	range: [string, string]
): PlannedFile {
	const content = JSON.stringify(body);
	return {
		name: fileName,
		content,
		entry: {
			name: fileName,
			kind,
			records,
			bytes: Buffer.byteLength(content),
			sha256: sha256(content),
			range
		}
	};
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The builder checks its own output against the same validators the app uses. */
function check(schema: v.GenericSchema, body: unknown, fileName: string): void {
	const result = v.safeParse(schema, body);
	if (!result.success)
		throw new Error(`builder produced an invalid ${fileName}: ${describeIssues(result.issues)}`);
}
