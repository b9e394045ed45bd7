/** Runs adapters and the resolver over source files, for the linking evaluation. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ADAPTERS } from '../adapters/index';
import { chooseAdapter } from '../build';
import { readSource } from '../sources/read-source';
import { append } from '../resolve/order';
import { resolveDetailed, type SightingLink } from '../resolve/resolve';
import type { SourceRecord } from '../sources/source-records';
import { evaluateDeputyDonors, type DeputyDonorReport } from './deputy-donors';
import {
	evaluatePlanted,
	type PlantedCase,
	type PlantedRecord,
	type PlantedReport,
	type RecordAddress
} from './planted';

export const REAL_FILES = [
	'lv-saeima-deputies-delna-iw/groups.csv',
	'lv-knab-donations-delna-iw/a1.csv',
	'lv-knab-donations-delna-iw/a2.csv',
	'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv',
	'lv-vid-declaration-pages/data.json',
	'lv-vid-declaration-pages/slesers-2024.html',
	'lv-knab-web-snapshots/knab_donations_page.html'
];

/** The source records of files, each read by the adapter its shape calls for. */
export function readRecords(files: readonly string[]): SourceRecord[] {
	const records: SourceRecord[] = [];
	for (const path of files) {
		const file = readSource(path);
		const adapter = chooseAdapter(file, undefined, ADAPTERS);
		append(records, adapter.read(file, { dataset: basename(path).replace(/\.\w+$/, '') }).records);
	}
	return records;
}

export function resolveFiles(files: readonly string[]): SightingLink[] {
	return resolveDetailed(readRecords(files)).sightings;
}

export function evaluateReal(realdata: string): DeputyDonorReport {
	return evaluateDeputyDonors(resolveFiles(REAL_FILES.map((f) => join(realdata, f))));
}

export function demoFiles(demo: string): string[] {
	return readdirSync(demo, { recursive: true, withFileTypes: true })
		.filter(
			(e) =>
				e.isFile() &&
				/\.(csv|json|html)$/.test(e.name) &&
				!['sources.json', 'planted.json', 'parties.json'].includes(e.name)
		)
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

export function evaluateDemo(demo: string): {
	deputies: DeputyDonorReport;
	planted: PlantedReport;
} {
	const sightings = resolveFiles(demoFiles(demo));
	const planted = JSON.parse(readFileSync(join(demo, 'planted.json'), 'utf8')) as {
		cases: PlantedCase[];
	};
	const address = demoAddress(demo);
	return {
		deputies: evaluateDeputyDonors(sightings),
		planted: evaluatePlanted(planted.cases, sightings, address)
	};
}

/** Maps a planted.json location to the source record strings the adapters write for it. */
export function demoAddress(demo: string): RecordAddress {
	const publicIds = new Map<string, string[]>();
	return (record: PlantedRecord): string[] => {
		const name = basename(record.file);
		if (record.line !== undefined) return [`${name}:${record.line}`];
		if (record.index === undefined) return [];
		if (!publicIds.has(record.file)) {
			const items = JSON.parse(readFileSync(join(demo, record.file), 'utf8')) as unknown;
			publicIds.set(
				record.file,
				Array.isArray(items)
					? items.map((item: { public_id?: string }) => item.public_id ?? '')
					: []
			);
		}
		const publicId = publicIds.get(record.file)![record.index];
		return [`${name}#${record.index + 1}`, ...(publicId ? [publicId] : [])];
	};
}
