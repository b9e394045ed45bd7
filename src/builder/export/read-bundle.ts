/**
 * Reads a built bundle the way the app does (known format, sha256 as in the manifest, every
 * record validated) and feeds it to the FtM export, one file at a time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
	BundleError,
	parseManifest,
	type FactGroup,
	type Manifest,
	type ManifestFile
} from '../../model/bundle-format';
import { readPackText } from '../../model/packed-file';
import type { Entity } from '../../model/types';
import type { FtmEntity } from '../../model/ftm';
import { FtmExport, type FtmExportOptions } from './ftm-export';

export function readManifest(dir: string): Manifest {
	const path = join(dir, 'manifest.json');
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new BundleError(
			path,
			`cannot read (${(error as Error).message}); build one with npm run build:data`
		);
	}
	return parseManifest(path, parseJson(path, text));
}

/** One bundle file's records, refused when its bytes differ from what the manifest says. */
export function readBundleRecords(dir: string, file: ManifestFile): unknown[] {
	const path = join(dir, file.name);
	const bytes = readFileSync(path);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 !== file.sha256) {
		throw new BundleError(
			path,
			`sha256 ${sha256} differs from the manifest's ${file.sha256}; rebuild with npm run build:data`
		);
	}
	// One gzip stream (model/gzip-file.ts): unpacked whole, then cut at the packs' text sizes.
	const text = gunzipSync(bytes);
	const records: unknown[] = [];
	let at = 0;
	let line = 1;
	let after: string | undefined;
	for (const size of file.unpacked.packs) {
		const pack = readPackText(
			path,
			file.kind,
			text.toString('utf8', at, at + size),
			{ firstLine: line, after },
			(r) => records.push(r)
		);
		at += size;
		line += pack.lines;
		after = pack.last;
	}
	if (at !== text.byteLength)
		throw new BundleError(path, `unpacks to ${text.byteLength} bytes, not the packs' ${at}`);
	return records;
}

export interface BundleExport {
	manifest: Manifest;
	exporter: FtmExport;
	/** Entities first (links need their ends), then facts; search, graph and explore files are hash-checked only. */
	entities(): Generator<FtmEntity>;
}

export function openBundleExport(dir: string, options: FtmExportOptions = {}): BundleExport {
	const manifest = readManifest(dir);
	const exporter = new FtmExport(manifest.sources, options);
	const order = { entities: 0, facts: 1, search: 2, graph: 3, explore: 4 } as const;
	const files = [...manifest.files].sort((a, b) => order[a.kind] - order[b.kind]);
	function* entities(): Generator<FtmEntity> {
		for (const file of files) {
			if (file.kind !== 'entities' && file.kind !== 'facts') continue;
			const records = readBundleRecords(dir, file);
			if (file.kind === 'entities') yield* exporter.entities(records as Entity[]);
			else yield* exporter.facts(records as FactGroup[]);
		}
	}
	return { manifest, exporter, entities };
}

function parseJson(path: string, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new BundleError(path, `not JSON: ${(error as Error).message}`);
	}
}
