/**
 * Writes the whole fictional source set into a folder: every file in its official format,
 * plus sources.json and planted.json. Same seed and sizes, same bytes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PLANTED_CASES } from './planted-cases';
import { Rng } from './random';
import { Tracker } from './sink';
import type { Sizes } from './sizes';
import { buildWorld } from './world';
import { API_JSON, DONATIONS_CSV, FEES_CSV, writeApiJson, writeLedgerCsv } from './write-knab';
import { writeFinances } from './write-knab-finances';
import { PLANTED_JSON, SOURCES_JSON, writePlanted, writeSources } from './write-meta';
import { PARTIES_JSON, writePartyRegister } from './write-parties';
import { DEPUTIES_CSV, writeDeputies } from './write-saeima';
import { writeTaxTotals } from './write-tax';
import { INTERESTS_CSV, writeInterests } from './write-vid-delna';
import { writePages } from './write-vid-html';
import { writeDeclarationsJson } from './write-vid-json';
import { MEMBERS_CSV, OFFICERS_CSV, OWNERS_CSV, writeRegisterFiles } from './write-ur';
import { REGISTER_CSV } from './write-ur-register';

export const DEFAULT_SEED = 20261101;

export interface GenerateResult {
	/** Data records per file (header rows not counted). */
	counts: Record<string, number>;
	files: string[];
}

export function generate(outDir: string, sizes: Sizes, seed = DEFAULT_SEED): GenerateResult {
	const world = buildWorld(seed, sizes);
	const plantedCompanies = new Set(Object.values(world.planted.companies).map((c) => c.index));
	const tracker = new Tracker(world.plantedIds, plantedCompanies);
	const ledgers = new Rng(seed).fork('ledgers');
	// Stale pages from an earlier run would otherwise linger beside the new ones.
	rmSync(join(outDir, 'vid/pages'), { recursive: true, force: true });
	rmSync(join(outDir, 'knab/reports'), { recursive: true, force: true });
	rmSync(join(outDir, 'vid/declarations'), { recursive: true, force: true });
	rmSync(join(outDir, 'vid-tax'), { recursive: true, force: true });

	const counts: Record<string, number> = {};
	counts[DEPUTIES_CSV] = writeDeputies(world, outDir, tracker);
	counts[DONATIONS_CSV] = writeLedgerCsv(world, ledgers, outDir, 'donations', tracker);
	counts[FEES_CSV] = writeLedgerCsv(world, ledgers, outDir, 'fees', tracker);
	counts[API_JSON] = writeApiJson(world, ledgers, outDir, tracker);
	Object.assign(counts, writeFinances(world, new Rng(seed).fork('finances'), outDir).counts);
	Object.assign(counts, writeDeclarationsJson(world, outDir, tracker));
	const { planted } = world;
	const official = (id: number) => {
		const found = world.officialByPerson.get(id);
		if (!found) throw new Error(`planted person ${id} holds no office`);
		return found;
	};
	const pages = writePages(
		world,
		outDir,
		[
			[official(planted.people.marisDeputy.id), 2024],
			[official(planted.people.daceMinister.id), 2024],
			[official(planted.people.ilzeDouble.id), 2024]
		],
		tracker
	);
	for (const page of pages) counts[page] = 1;
	counts[INTERESTS_CSV] = writeInterests(world, outDir, tracker);
	Object.assign(counts, writeTaxTotals(world, outDir, tracker));
	const ur = writeRegisterFiles(world, outDir, tracker);
	counts[REGISTER_CSV] = ur.register;
	counts[OFFICERS_CSV] = ur.officers;
	counts[MEMBERS_CSV] = ur.members;
	counts[OWNERS_CSV] = ur.owners;

	const files = Object.keys(counts);
	writeSources(outDir, files);
	writePlanted(world, outDir, tracker, PLANTED_CASES);
	writePartyRegister(world.parties, outDir);
	return { counts, files: [...files, SOURCES_JSON, PLANTED_JSON, PARTIES_JSON] };
}
