/**
 * The bundle format: what the builder writes to data/bundles/ and the app reads.
 * Documented for people in data/README.md; keep the two in step.
 */
import * as v from 'valibot';
import type { Flag } from './flags';
import type {
	Declaration,
	DonationSummary,
	EntityRef,
	Donation,
	PartyFinanceLine,
	PartyReport,
	Relation,
	SourceInfo,
	TaxTotal
} from './types';
import {
	DeclarationSchema,
	DonationSchema,
	DonationSummarySchema,
	EntityRefSchema,
	PartyFinanceLineSchema,
	PartyReportSchema,
	RelationSchema,
	SourceInfoSchema,
	TaxTotalSchema,
	describeIssues
} from './validate';
import { FlagSchema } from './explore-flags';
import { BundleError, FILE_KINDS, type FileKind } from './bundle-error';

/**
 * Bump when a field changes meaning; the app refuses formats it does not know. Format 3: each
 * file is one gzip stream (format 2 was one gzip member per pack, which a browser that unpacks
 * `.gz` on the way cut to its first pack), and the manifest lists the unpacked content too;
 * fees (membership, entry) are `member-of` links, not `donated-to`, and the donation summary
 * keeps donations and fees apart and gifts apart from refunds; declaration items and evidence
 * cite their own records (`DeclarationItem.source`, `Evidence.published`). Format 4 adds the
 * explore file (explore-file.ts): one line of column-wise data for the explore pages; and a
 * party's finances to its fact group: `partyFinances` (each line of Delna's a4 expenditure
 * extract and of KNAB annual reports, per year and statement) and `partyReports` (the reports
 * KNAB lists as filed). Both are optional: groups without them read as before.
 * Red flags (model/flags.ts, computed by src/builder/flags/) ride along as optional fields:
 * a fact group's `flags` (the entity's own), a search document's `flags` (their count) and the
 * manifest's `counts.flags`; older bundles simply lack them.
 * Selective install rides along too (optional, additive): the manifest's `groups` name the
 * files a device may leave out, by dataset (ManifestGroup); every file no group names is the
 * core. A fact group split by dataset keeps its core part in the core facts files, with
 * `parts` naming the groups that hold the rest (one FactGroup per entity in each).
 */
export const BUNDLE_FORMAT = 4;

export { BundleError, FILE_KINDS, type FileKind } from './bundle-error';

export interface ManifestFile {
	name: string;
	kind: FileKind;
	records: number;
	/** The file as written: one gzip stream (gzip-file.ts). */
	bytes: number;
	sha256: string;
	/** First and last entity id in the file (entity files and fact files alike). */
	range: [string, string];
	/** Each pack's deflate bytes inside the gzip stream (gzip-file.ts), in order. */
	packs: number[];
	/** The same file unpacked, as a server that sends it with Content-Encoding: gzip delivers it. */
	unpacked: UnpackedFile;
}

/** A file's JSON Lines text: its size, hash and each pack's share, in UTF-8 bytes. */
export interface UnpackedFile {
	bytes: number;
	sha256: string;
	packs: number[];
}

/**
 * Files a device may leave out, by dataset: all of one dataset (`donations`, `tax-totals`,
 * `register`, `party-finances`) or of one year of it (`declarations` with `year`). The files of
 * a group hold that dataset's part of each entity's facts (facts files only); `bytes` and
 * `records` are the sums of its files'. `suggested`: kept on a first visit unless the person
 * chooses otherwise; a bundle whose groups are all suggested installs whole without asking.
 */
export interface ManifestGroup {
	id: string;
	dataset: string;
	year?: number;
	files: string[];
	bytes: number;
	records: number;
	suggested: boolean;
}

export interface Manifest {
	format: typeof BUNDLE_FORMAT;
	/** Content hash of all files: equal versions mean equal data. */
	version: string;
	builtAt: string;
	sources: SourceInfo[];
	counts: Record<string, number>;
	files: ManifestFile[];
	/** Optional groups of files (ManifestGroup); absent: every file is core. */
	groups?: ManifestGroup[];
}

/** All facts that belong to one entity: one profile's worth, stored together. */
export interface FactGroup {
	entity: string;
	declarations: Declaration[];
	donations: Donation[];
	taxTotals: TaxTotal[];
	/**
	 * Relations are listed under both ends, so either profile reads them in one go; except
	 * that a hub (more than HUB_LIMIT `donated-to` and fee `member-of` relations in) lists
	 * those only under the payers and gets a `donationSummary` instead.
	 */
	relations: Relation[];
	/** Every other entity named by the group's facts, so a profile can name them without more reads. */
	refs: EntityRef[];
	donationSummary?: DonationSummary;
	/** A party's finance lines as published (a4 expenditure, annual reports), per year. */
	partyFinances?: PartyFinanceLine[];
	/** The reports a party filed with KNAB, as the list of reports gives them. */
	partyReports?: PartyReport[];
	/** The entity's own red flags (model/flags.ts), sorted by id; absent when it has none. */
	flags?: Flag[];
	/**
	 * In a bundle with groups, on the core part only: the ids of the groups (ManifestGroup)
	 * holding the rest of this entity's facts, sorted. The parts together are the whole group.
	 */
	parts?: string[];
}

/** Above this many incoming `donated-to` and fee relations, a recipient lists none and keeps a summary. */
export const HUB_LIMIT = 200;

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest'));

/**
 * Bounds on what a manifest may claim, each far above any real or national-size bundle (the
 * real figures beside each bound are in data/README.md): a number past them is a damaged or
 * hostile manifest, refused before anything is downloaded.
 */
export const MANIFEST_LIMITS = {
	files: 100_000,
	fileBytes: 512 * 1024 ** 2,
	bundleBytes: 8 * 1024 ** 3,
	fileRecords: 50_000_000,
	packBytes: 64 * 1024 ** 2,
	idLength: 200
} as const;

/** A whole number from 0 to `max`: NaN, Infinity, fractions and negatives are refused. */
const whole = (max: number) =>
	v.pipe(
		v.number(),
		v.finite('a finite number'),
		v.integer('a whole number'),
		v.minValue(0),
		v.maxValue(max, `at most ${max}`)
	);
const id = v.pipe(v.string(), v.maxLength(MANIFEST_LIMITS.idLength));
const sizes = v.array(v.pipe(whole(MANIFEST_LIMITS.packBytes), v.minValue(1, 'at least 1 byte')));

export const ManifestSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	version: v.pipe(v.string(), v.minLength(1), v.maxLength(MANIFEST_LIMITS.idLength)),
	builtAt: v.string(),
	sources: v.array(SourceInfoSchema),
	counts: v.record(v.string(), whole(Number.MAX_SAFE_INTEGER)),
	files: v.pipe(
		v.array(
			v.strictObject({
				name: v.pipe(v.string(), v.regex(/^[\w.-]+$/, 'a plain file name'), v.maxLength(200)),
				kind: v.picklist(FILE_KINDS),
				records: whole(MANIFEST_LIMITS.fileRecords),
				bytes: whole(MANIFEST_LIMITS.fileBytes),
				sha256,
				range: v.tuple([id, id]),
				packs: sizes,
				unpacked: v.strictObject({
					bytes: whole(MANIFEST_LIMITS.fileBytes),
					sha256,
					packs: sizes
				})
			})
		),
		v.maxLength(MANIFEST_LIMITS.files, `at most ${MANIFEST_LIMITS.files} files`)
	),
	groups: v.optional(
		v.pipe(
			v.array(
				v.strictObject({
					id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/, 'a group id')),
					dataset: v.pipe(v.string(), v.maxLength(MANIFEST_LIMITS.idLength)),
					year: v.optional(whole(9999)),
					files: v.array(v.pipe(v.string(), v.maxLength(200))),
					bytes: whole(MANIFEST_LIMITS.bundleBytes),
					records: whole(Number.MAX_SAFE_INTEGER),
					suggested: v.boolean()
				})
			),
			v.maxLength(1000, 'at most 1000 groups')
		)
	)
});

export const FactGroupSchema = v.strictObject({
	entity: v.string(),
	declarations: v.array(DeclarationSchema),
	donations: v.array(DonationSchema),
	taxTotals: v.array(TaxTotalSchema),
	relations: v.array(RelationSchema),
	refs: v.array(EntityRefSchema),
	donationSummary: v.optional(DonationSummarySchema),
	partyFinances: v.optional(v.array(PartyFinanceLineSchema)),
	partyReports: v.optional(v.array(PartyReportSchema)),
	flags: v.optional(v.array(FlagSchema)),
	parts: v.optional(v.array(v.pipe(v.string(), v.maxLength(60))))
});

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
	const manifest = result.output as Manifest;
	checkWhole(file, manifest);
	return manifest;
}

/**
 * What the schema cannot see one file at a time: a bundle with records, no file listed twice,
 * a size within bounds, and no id in two files of one kind (each file's range is checked
 * against its records on install, so disjoint ranges mean every id is in one file only).
 */
function checkWhole(file: string, manifest: Manifest): void {
	const records = manifest.files.reduce((sum, f) => sum + f.records, 0);
	if (!manifest.files.some((f) => f.kind === 'entities' && f.records > 0) || records === 0)
		throw new BundleError(
			file,
			'lists no entities: an empty bundle would replace the data with nothing; rebuild it with npm run build:data'
		);
	const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
	if (bytes > MANIFEST_LIMITS.bundleBytes)
		throw new BundleError(
			file,
			`lists ${bytes} bytes in all, more than any real bundle (at most ${MANIFEST_LIMITS.bundleBytes})`
		);
	const names = new Set<string>();
	for (const entry of manifest.files) {
		if (names.has(entry.name)) throw new BundleError(file, `lists ${entry.name} twice`);
		names.add(entry.name);
		if (entry.range[0] > entry.range[1])
			throw new BundleError(
				file,
				`gives ${entry.name} the range ${entry.range[0]} to ${entry.range[1]}, which runs backwards`
			);
	}
	const groupOf = checkGroups(file, manifest);
	for (const [kind, group] of FILE_KINDS.flatMap((k) =>
		[undefined, ...(manifest.groups ?? [])].map((g) => [k, g?.id] as const)
	)) {
		const files = manifest.files
			.filter((f) => f.kind === kind && f.records > 0 && groupOf.get(f.name) === group)
			.sort((a, b) => (a.range[0] < b.range[0] ? -1 : a.range[0] > b.range[0] ? 1 : 0));
		for (const [i, entry] of files.entries()) {
			const before = files[i - 1];
			if (before && !(before.range[1] < entry.range[0]))
				throw new BundleError(
					file,
					`${before.name} and ${entry.name} overlap (${before.range[0]}–${before.range[1]} and ${entry.range[0]}–${entry.range[1]}): an id may be in one ${kind} file only`
				);
		}
	}
}

/**
 * The groups name listed facts files, each file in one group at most, and their sizes are
 * their files' sums. Returns each grouped file's group; a file in none is core.
 */
function checkGroups(file: string, manifest: Manifest): Map<string, string> {
	const groupOf = new Map<string, string>();
	const entries = new Map(manifest.files.map((f) => [f.name, f]));
	const ids = new Set<string>();
	for (const group of manifest.groups ?? []) {
		if (ids.has(group.id)) throw new BundleError(file, `lists the group ${group.id} twice`);
		ids.add(group.id);
		let bytes = 0;
		let records = 0;
		for (const name of group.files) {
			const entry = entries.get(name);
			if (!entry || entry.kind !== 'facts')
				throw new BundleError(
					file,
					`puts ${name} in the group ${group.id}, but lists no such facts file`
				);
			if (groupOf.has(name)) throw new BundleError(file, `puts ${name} in two groups`);
			groupOf.set(name, group.id);
			bytes += entry.bytes;
			records += entry.records;
		}
		if (bytes !== group.bytes || records !== group.records)
			throw new BundleError(
				file,
				`gives the group ${group.id} ${group.bytes} bytes and ${group.records} records, but its files hold ${bytes} and ${records}`
			);
	}
	return groupOf;
}
