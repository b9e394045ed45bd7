/**
 * The party part of the build report: which register placed the party names, how many party
 * entities it gave, and every name it could not place with the files and lines that used it.
 */
import type { Organisation, SourceInfo } from '../model/types';
import { REGISTER_DATASET, type UnplacedParty } from './resolve/party-mentions';
import type { LoadedRegister } from './parties/load';

export interface UnplacedPartyReport {
	name: string;
	reason: string;
	/** Records that used the name (all of them, though `records` lists at most the first 100). */
	count: number;
	records: { file: string; lines: string[] }[];
}

export interface PartyReport {
	register: string;
	isFictional: boolean;
	entries: number;
	/** Party entities in the bundle, placed through the register or not. */
	placed: number;
	unplaced: number;
	unplacedNames: UnplacedPartyReport[];
}

export function partyReport(
	loaded: LoadedRegister,
	organisations: readonly Organisation[],
	unplaced: readonly UnplacedParty[],
	fileOf: (dataset: string) => string
): PartyReport {
	const parties = organisations.filter((o) => o.kind === 'party');
	return {
		register: loaded.path,
		isFictional: loaded.register.file.fictional === true,
		entries: loaded.register.entries.length,
		placed: parties.filter((o) => !o.isUnplaced).length,
		unplaced: parties.filter((o) => o.isUnplaced).length,
		unplacedNames: unplaced.map((u) => {
			const byFile = new Map<string, string[]>();
			for (const source of u.sources) {
				const file = fileOf(source.dataset);
				const line = source.record.slice(source.record.lastIndexOf(':') + 1);
				byFile.set(file, [...(byFile.get(file) ?? []), line]);
			}
			return {
				name: u.name,
				reason: u.reason,
				count: u.count,
				records: [...byFile].map(([file, lines]) => ({ file, lines }))
			};
		})
	};
}

const SHOWN_LINES = 10;

export function formatPartyReport(report: PartyReport): string[] {
	const out = [
		'',
		`party register ${report.register} (${report.entries} entries${report.isFictional ? ', fictional' : ''}): ` +
			`${report.placed} party entities placed, ${report.unplaced} unplaced`
	];
	for (const u of report.unplacedNames) {
		const where = u.records
			.map((r) => `${r.file} line ${r.lines.slice(0, SHOWN_LINES).join(', ')}`)
			.join('; ');
		const more = u.count > SHOWN_LINES ? ` (${u.count} records)` : '';
		out.push(`  not placed: ${JSON.stringify(u.name)}: ${u.reason}; ${where}${more}`);
	}
	return out;
}

/** The register as a source of the manifest, so that citations of it resolve. */
export function registerSourceInfo(loaded: LoadedRegister): SourceInfo {
	const { file } = loaded.register;
	return {
		id: REGISTER_DATASET,
		format: 'party-register',
		file: 'parties.json',
		publisher: 'Plainview (reviewed; compiled from the sources the file lists)',
		title: file.fictional ? 'Party register (fictional, for the demo)' : 'Party register',
		licence: 'Public facts (party names and registration numbers); see data/parties.md',
		records: file.parties.length
	};
}
