/**
 * The bundle format: what the builder writes to data/bundles/ and the app reads.
 * Documented for people in data/README.md; keep the two in step.
 */
import * as v from 'valibot';
import type {
	Declaration,
	DonationSummary,
	EntityRef,
	Donation,
	Relation,
	SourceInfo,
	TaxTotal
} from './types';
import {
	DeclarationSchema,
	DonationSchema,
	DonationSummarySchema,
	EntityRefSchema,
	RelationSchema,
	SourceInfoSchema,
	TaxTotalSchema,
	describeIssues
} from './validate';

/** Bump when a field changes meaning; the app refuses formats it does not know. */
export const BUNDLE_FORMAT = 3;

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
	/** The file's gzip members (packed-file.ts), by compressed size in bytes, in order. */
	packs: number[];
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
			range: v.tuple([v.string(), v.string()]),
			packs: v.array(v.pipe(v.number(), v.integer(), v.minValue(1)))
		})
	)
});

export const FactGroupSchema = v.strictObject({
	entity: v.string(),
	declarations: v.array(DeclarationSchema),
	donations: v.array(DonationSchema),
	taxTotals: v.array(TaxTotalSchema),
	relations: v.array(RelationSchema),
	refs: v.array(EntityRefSchema),
	donationSummary: v.optional(DonationSummarySchema)
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
