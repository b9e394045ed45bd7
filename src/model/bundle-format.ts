/**
 * The bundle format: what the builder writes to data/bundles/ and the app reads.
 * Documented for people in data/README.md; keep the two in step.
 */
import * as v from 'valibot';
import type {
	Declaration,
	DonationSummary,
	EntityRef,
	SearchDoc,
	Donation,
	Organisation,
	Person,
	Relation,
	SourceInfo,
	TaxTotal
} from './types';
import { graphBodyEntries, graphProblem, type GraphBody } from './graph-file';
import {
	DeclarationSchema,
	DonationSchema,
	DonationSummarySchema,
	EntityRefSchema,
	OrganisationSchema,
	SearchDocSchema,
	PersonSchema,
	RelationSchema,
	SourceInfoSchema,
	TaxTotalSchema,
	describeIssues
} from './validate';

/** Bump when a field changes meaning; the app refuses formats it does not know. */
export const BUNDLE_FORMAT = 1;

export const FILE_KINDS = ['entities', 'facts', 'search', 'graph'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface ManifestFile {
	name: string;
	kind: FileKind;
	records: number;
	bytes: number;
	sha256: string;
	/** First and last entity id in the file (entity files and fact files alike). */
	range: [string, string];
}

export interface Manifest {
	format: typeof BUNDLE_FORMAT;
	/** Content hash of all files: equal versions mean equal data. */
	version: string;
	builtAt: string;
	sources: SourceInfo[];
	counts: Record<string, number>;
	files: ManifestFile[];
}

export interface EntitiesFile {
	format: typeof BUNDLE_FORMAT;
	kind: 'entities';
	people: Person[];
	organisations: Organisation[];
}

/** All facts that belong to one entity: one profile's worth, stored together. */
export interface FactGroup {
	entity: string;
	declarations: Declaration[];
	donations: Donation[];
	taxTotals: TaxTotal[];
	/**
	 * Relations are listed under both ends, so either profile reads them in one go; except
	 * that a hub (more than HUB_LIMIT `donated-to` relations in) lists them only under the
	 * donors and gets a `donationSummary` instead.
	 */
	relations: Relation[];
	/** Every other entity named by the group's facts, so a profile can name them without more reads. */
	refs: EntityRef[];
	donationSummary?: DonationSummary;
}

/** Above this many incoming `donated-to` relations, a recipient lists none and keeps a summary. */
export const HUB_LIMIT = 200;

export interface SearchFile {
	format: typeof BUNDLE_FORMAT;
	kind: 'search';
	docs: SearchDoc[];
}

export interface FactsFile {
	format: typeof BUNDLE_FORMAT;
	kind: 'facts';
	groups: FactGroup[];
}

/** Every relation as node indexes and a code (graph-file.ts); optional: without it, graph features say so. */
export interface GraphFile extends GraphBody {
	format: typeof BUNDLE_FORMAT;
	kind: 'graph';
}

export type BundleFile = EntitiesFile | FactsFile | SearchFile | GraphFile;

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest'));

export const ManifestSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	version: v.string(),
	builtAt: v.string(),
	sources: v.array(SourceInfoSchema),
	counts: v.record(v.string(), v.number()),
	files: v.array(
		v.strictObject({
			name: v.pipe(v.string(), v.regex(/^[\w.-]+$/, 'a plain file name')),
			kind: v.picklist(FILE_KINDS),
			records: v.number(),
			bytes: v.number(),
			sha256,
			range: v.tuple([v.string(), v.string()])
		})
	)
});

export const EntitiesFileSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	kind: v.literal('entities'),
	people: v.array(PersonSchema),
	organisations: v.array(OrganisationSchema)
});

export const FactsFileSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	kind: v.literal('facts'),
	groups: v.array(
		v.strictObject({
			entity: v.string(),
			declarations: v.array(DeclarationSchema),
			donations: v.array(DonationSchema),
			taxTotals: v.array(TaxTotalSchema),
			relations: v.array(RelationSchema),
			refs: v.array(EntityRefSchema),
			donationSummary: v.optional(DonationSummarySchema)
		})
	)
});

export const SearchFileSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	kind: v.literal('search'),
	docs: v.array(SearchDocSchema)
});

export const GraphFileSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	kind: v.literal('graph'),
	...graphBodyEntries
});

export class BundleError extends Error {
	override name = 'BundleError';
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
	}
}

/** Checks the format version first, so an unknown format gets its own clear message. */
function checkFormat(file: string, data: unknown): void {
	const format = (data as { format?: unknown } | null)?.format;
	if (format !== BUNDLE_FORMAT) {
		throw new BundleError(
			file,
			`unknown bundle format ${JSON.stringify(format)} (this app reads format ${BUNDLE_FORMAT}); rebuild with npm run build:data`
		);
	}
}

export function parseManifest(file: string, data: unknown): Manifest {
	checkFormat(file, data);
	const result = v.safeParse(ManifestSchema, data);
	if (!result.success)
		throw new BundleError(file, `invalid manifest: ${describeIssues(result.issues)}`);
	return result.output as Manifest;
}

export function parseBundleFile(file: string, data: unknown): BundleFile {
	checkFormat(file, data);
	const kind = (data as { kind?: unknown }).kind;
	const schemas = {
		entities: EntitiesFileSchema,
		facts: FactsFileSchema,
		search: SearchFileSchema,
		graph: GraphFileSchema
	};
	// hasOwn: a hostile "__proto__" or "constructor" kind must not find Object.prototype.
	const schema =
		typeof kind === 'string' && Object.hasOwn(schemas, kind)
			? (schemas[kind as FileKind] as v.GenericSchema)
			: undefined;
	if (!schema) throw new BundleError(file, `unknown file kind ${JSON.stringify(kind)}`);
	const result = v.safeParse(schema, data);
	if (!result.success)
		throw new BundleError(file, `invalid record: ${describeIssues(result.issues)}`);
	const problem = kind === 'graph' ? graphProblem(result.output as GraphFile) : undefined;
	if (problem) throw new BundleError(file, `invalid graph: ${problem}`);
	return result.output as BundleFile;
}
