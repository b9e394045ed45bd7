/**
 * One build: source files → adapters → resolver → bundle. A file that cannot be read, or
 * that rejects too many rows, fails the build, and then nothing in the output is touched.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Manifest } from '../model/bundle-format';
import type { SourceInfo } from '../model/types';
import { explainUnsupported } from './adapters/unsupported';
import { findPartyRegister, loadPartyRegister, type LoadedRegister } from './parties/load';
import { partyReport, registerSourceInfo } from './party-report';
import { provenanceFor } from './provenance';
import { sourcePeriod } from './source-period';
import { readSource, readSourceHead } from './sources/read-source';
import type { FileReport, BuildReport } from './report';
import { trace } from './trace';
import { writeArchive } from './write-archive';
import type { Overrides } from './resolve/overrides';
import { append } from './resolve/order';
import { ResolveInput, resolveForBuild } from './resolve/resolve';
import { datasetIds } from './dataset-ids';
import type { Adapter, SourceRecord } from './sources/source-records';
import { stageFolder } from './staging';
import { PackThread } from './bundle/pack-thread';
import { layOutBundle, type BundleOptions } from './write-bundle';

export interface BuildOptions extends BundleOptions {
	files: string[];
	out: string;
	/** Files found inside a folder named on the command line (sources/input-files.ts). */
	found?: ReadonlySet<string>;
	/** Adapter format id forced for every file. */
	as?: string;
	/** Largest share of rejected rows a file may have (0.05 = 5 %). */
	maxRejected?: number;
	dateOrder?: 'DMY' | 'MDY';
	/** ISO timestamp for the manifest; default: the newest retrieval date of the sources. */
	builtAt?: string;
	/** Hand-checked same/different pairs (data/linking-overrides.json). */
	overrides?: Overrides;
	/** Also write the bundle as one tar archive here (manifest.json first, then its files). */
	archive?: string;
	/** The party register; default: the one beside the sources, else data/parties.json. */
	parties?: LoadedRegister;
	/** A full garbage collection, for the build to call where it has just let much go (the CLI's). */
	collect?: () => void;
}

export interface BuildResult {
	report: BuildReport;
	/** Set when the build failed; names the file(s) and the problem. */
	error?: string;
}

export function build(options: BuildOptions, adapters: readonly Adapter[]): BuildResult {
	const maxRejected = options.maxRejected ?? 0.05;
	const sources: SourceInfo[] = [];
	const reports = detectFormats(options, adapters);
	// The register places parties as records are read (their sightings); a broken one fails
	// the build, but only after the files are read, so their problems are reported too.
	let parties: LoadedRegister | undefined;
	let partiesError: string | undefined;
	try {
		parties = options.parties ?? loadPartyRegister(findPartyRegister(options.files));
	} catch (error) {
		partiesError = (error as Error).message;
	}
	let input: ResolveInput;
	try {
		input = new ResolveInput(parties?.register);
	} catch (error) {
		return { report: { ok: false, files: reports }, error: (error as Error).message };
	}
	try {
		readAll(options, adapters, reports, input, sources, maxRejected);
		const failed = reports.filter((r) => r.error);
		if (failed.length > 0) {
			return {
				report: { ok: false, files: reports },
				error: failed.map((r) => `${r.file}: ${r.error}`).join('\n')
			};
		}
		if (!parties) return { report: { ok: false, files: reports }, error: partiesError! };
		trace(`before resolve (${input.length} records, ${mb(input.spilled)} MB on disk)`);
		const resolved = resolveForBuild(
			input,
			options.overrides,
			parties.register,
			trace,
			options.collect
		);
		trace('resolved');
		return write(options, resolved, parties, sources, reports);
	} finally {
		input.dispose();
	}
}

/** Reads each file in turn into `input`, its problems into its report and its provenance into `sources`. */
function readAll(
	options: BuildOptions,
	adapters: readonly Adapter[],
	reports: FileReport[],
	input: ResolveInput,
	sources: SourceInfo[],
	maxRejected: number
): void {
	const read = reports.filter((r) => !r.skipped);
	const ids = datasetIds(read.map((r) => r.file));
	for (const [index, report] of read.entries()) {
		const path = report.file;
		const dataset = (report.dataset = ids[index]!);
		if (report.error) continue;
		try {
			const file = readSource(path);
			report.encoding = file.encoding;
			append(report.warnings, file.warnings);
			const adapter = adapters.find((a) => a.format === report.format)!;
			const result = adapter.read(file, { dataset, dateOrder: options.dateOrder });
			report.rowsRead = result.rowsRead;
			// Declaration formats count declarations read but may reject single item rows: never below 0.
			report.accepted = Math.max(0, result.rowsRead - result.rejected.length);
			report.rejected = result.rejected;
			append(report.warnings, result.warnings);
			const share = result.rowsRead === 0 ? 0 : result.rejected.length / result.rowsRead;
			if (result.rowsRead === 0) report.error = 'no data rows';
			else if (share > maxRejected) {
				report.error = `${result.rejected.length} of ${result.rowsRead} rows rejected (${percent(share)}), more than ${percent(maxRejected)}; fix the file or pass --max-rejected`;
			}
			sources.push(sourceInfo(path, dataset, adapter, result.records, result.title));
			// A file that failed is not resolved, but reading goes on to report every file's problems.
			if (!report.error) {
				try {
					input.add(result.records);
				} catch (error) {
					report.error = (error as Error).message;
					return; // no later file's records could be kept either
				}
			}
			trace(`read ${path}`);
		} catch (error) {
			report.error = `cannot read: ${(error as Error).message}`;
		}
	}
}

/** The resolved data laid out as a bundle in a staging folder, which replaces `out` once whole. */
function write(
	options: BuildOptions,
	{ data, unplacedParties }: ReturnType<typeof resolveForBuild>,
	parties: LoadedRegister,
	sources: SourceInfo[],
	reports: FileReport[]
): BuildResult {
	sources.push(registerSourceInfo(parties));
	sources.sort((a, b) => (a.id < b.id ? -1 : 1));
	const builtAt =
		options.builtAt ?? newest(sources.map((s) => s.retrievedAt)) ?? newestMtime(options.files);
	const fileOf = (dataset: string) => reports.find((r) => r.dataset === dataset)?.file ?? dataset;
	const staging = stageFolder(options.out);
	const pack = new PackThread();
	try {
		const bundle = layOutBundle(
			data,
			sources,
			builtAt,
			{ validate: 'sample', ...options, useUp: true },
			(f) => staging.write(f.name, f.bytes),
			{ pack, path: staging.path }
		);
		trace('written');
		const report: BuildReport = {
			ok: true,
			files: reports,
			counts: bundle.manifest.counts,
			parties: partyReport(parties, data.organisations, unplacedParties, fileOf),
			...(bundle.warnings.length > 0 && { bundleWarnings: bundle.warnings })
		};
		staging.write('manifest.json', bundle.manifestText);
		staging.write('build-report.json', JSON.stringify(report, null, '\t') + '\n');
		staging.commit();
		if (options.archive) archiveFolder(options.out, bundle.manifest, builtAt, options.archive);
		return { report };
	} catch (error) {
		staging.abort();
		throw error;
	} finally {
		void pack.close();
	}
}

/** The written bundle as one tar archive: manifest.json first, then its files in manifest order. */
function archiveFolder(out: string, manifest: Manifest, builtAt: string, archive: string): void {
	const files = ['manifest.json', ...manifest.files.map((f) => f.name)].map(
		(name) => [name, readFileSync(join(out, name))] as const
	);
	writeArchive(archive, files, builtAt);
}

/**
 * Each file's format, from its first bytes (sourceHead). A file found in a folder that no
 * format reads is skipped with the reason; a file named on its own fails the build.
 */
function detectFormats(options: BuildOptions, adapters: readonly Adapter[]): FileReport[] {
	return options.files.map((path) => {
		const report: FileReport = {
			file: path,
			dataset: '',
			rowsRead: 0,
			accepted: 0,
			rejected: [],
			warnings: []
		};
		try {
			const head = readSourceHead(path);
			report.encoding = head.encoding; // the whole file's, once it is read
			report.format = chooseAdapter(head, options.as, adapters).format;
			report.detectedBy = options.as ? '--as' : 'header';
		} catch (error) {
			if (options.found?.has(path)) report.skipped = (error as Error).message;
			else report.error = `cannot read: ${(error as Error).message}`;
		}
		return report;
	});
}

export function chooseAdapter(
	file: { name: string; text: string },
	forced: string | undefined,
	adapters: readonly Adapter[]
): Adapter {
	const formats = adapters.map((a) => a.format).join(', ');
	if (forced) {
		const adapter = adapters.find((a) => a.format === forced);
		if (!adapter) throw new Error(`--as ${forced} is not a known format; known: ${formats}`);
		return adapter;
	}
	const matches = adapters.filter((a) => a.detect(file));
	if (matches.length === 1) return matches[0]!;
	if (matches.length === 0) {
		const known = explainUnsupported(file);
		throw new Error(
			known ?? `format not recognised from its header; pass --as with one of: ${formats}`
		);
	}
	throw new Error(
		`header fits several formats (${matches.map((a) => a.format).join(', ')}); pass --as`
	);
}

function sourceInfo(
	path: string,
	dataset: string,
	adapter: Adapter,
	records: readonly SourceRecord[],
	title?: string
): SourceInfo {
	const sidecar = provenanceFor(path) ?? {};
	const period = sourcePeriod(records);
	const provenance = { ...adapter.provenance, ...(title && { title }), ...sidecar };
	return {
		id: dataset,
		format: adapter.format,
		file: path.split(sep).at(-1)!,
		publisher: provenance.publisher,
		title: provenance.title,
		...(provenance.url && { url: provenance.url }),
		licence: provenance.licence,
		...(sidecar.retrievedAt && { retrievedAt: sidecar.retrievedAt }),
		...(period && { period }),
		records: records.length
	};
}

function newest(dates: readonly (string | undefined)[]): string | undefined {
	return dates
		.filter((d): d is string => !!d)
		.sort()
		.at(-1);
}

function newestMtime(files: readonly string[]): string {
	const ms = Math.max(0, ...files.map((f) => statSync(f).mtimeMs));
	return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

function mb(bytes: number): string {
	return (bytes / 1e6).toFixed(0);
}

function percent(share: number): string {
	return `${(share * 100).toFixed(1)} %`;
}
