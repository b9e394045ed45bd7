/**
 * The party register (data/parties.json): reviewed entries of parties and party alliances,
 * each with its names over time, short names, registration number where verified, and
 * alliance membership. The resolver places every party mention through it: a name it cannot
 * place is reported, never turned into a new party by guess.
 */
import { foldPartyName } from './fold-party';

export type {
	DatedName,
	Membership,
	PartyEntry,
	PartyEntryKind,
	PartyRegisterFile,
	RegisterSource
} from '../../model/party-register-file';
import type { PartyEntry, PartyRegisterFile } from '../../model/party-register-file';

export interface Placement {
	entry: PartyEntry;
	/** 'name': current, published or short name; 'former': only a former name fits. */
	by: 'name' | 'former' | 'regNo';
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REG_NO = /^\d{11}$/;

/** A checked register with its lookups. Build with `PartyRegister.parse`. */
export class PartyRegister {
	readonly file: PartyRegisterFile;
	#byId = new Map<string, PartyEntry>();
	#byName = new Map<string, PartyEntry>();
	#byFormer = new Map<string, PartyEntry>();
	#byRegNo = new Map<string, PartyEntry>();
	/** Placements by raw name: a national build names the same few parties a million times. */
	#placed = new Map<string, Placement | undefined>();

	private constructor(file: PartyRegisterFile) {
		this.file = file;
	}

	/** Checks the file and builds the lookups; throws naming every problem. */
	static parse(raw: unknown, label = 'party register'): PartyRegister {
		const file = raw as PartyRegisterFile;
		if (!file || typeof file !== 'object' || !Array.isArray(file.parties)) {
			throw new Error(`${label}: expected an object with a "parties" array`);
		}
		const register = new PartyRegister(file);
		const problems = register.#index();
		if (problems.length > 0) throw new Error(`${label}:\n  ${problems.join('\n  ')}`);
		return register;
	}

	get entries(): readonly PartyEntry[] {
		return this.file.parties;
	}

	get(id: string): PartyEntry | undefined {
		return this.#byId.get(id);
	}

	/** Places a party name: by its current, published or short names first, then by former names. */
	place(name: string): Placement | undefined {
		if (this.#placed.has(name)) return this.#placed.get(name);
		const placement = this.#lookUp(name);
		this.#placed.set(name, placement);
		return placement;
	}

	#lookUp(name: string): Placement | undefined {
		const key = foldPartyName(name);
		if (!key) return undefined;
		const byName = this.#byName.get(key);
		if (byName) return { entry: byName, by: 'name' };
		const byFormer = this.#byFormer.get(key);
		return byFormer ? { entry: byFormer, by: 'former' } : undefined;
	}

	byRegNo(regNo: string | undefined): PartyEntry | undefined {
		return regNo ? this.#byRegNo.get(regNo) : undefined;
	}

	#index(): string[] {
		const problems: string[] = [];
		const sources = this.file.sources ?? {};
		const claim = (map: Map<string, PartyEntry>, name: string, entry: PartyEntry) => {
			const key = foldPartyName(name);
			if (!key) return problems.push(`${entry.id}: name ${JSON.stringify(name)} folds to nothing`);
			const other = map.get(key);
			// The same key twice at one level would make a placement a guess: the file must say which.
			if (other && other !== entry)
				problems.push(`${entry.id} and ${other.id} both claim ${JSON.stringify(key)}`);
			else map.set(key, entry);
		};
		const lists = ['published', 'short', 'formerNames', 'memberOf', 'sources'] as const;
		for (const entry of this.file.parties) {
			const missing = lists.filter((field) => !Array.isArray(entry[field]));
			if (typeof entry.name !== 'string' || missing.length > 0) {
				problems.push(`${entry.id}: needs a name and the lists ${missing.join(', ') || 'name'}`);
				continue;
			}
			if (!ID.test(entry.id ?? '')) problems.push(`bad id ${JSON.stringify(entry.id)}`);
			if (this.#byId.has(entry.id)) problems.push(`${entry.id}: id used twice`);
			this.#byId.set(entry.id, entry);
			if (entry.kind !== 'party' && entry.kind !== 'alliance')
				problems.push(`${entry.id}: kind must be "party" or "alliance"`);
			if (entry.regNo !== null && !REG_NO.test(entry.regNo ?? ''))
				problems.push(`${entry.id}: regNo must be 11 digits or null (not verified)`);
			if (entry.regNo && !entry.regNoSource)
				problems.push(`${entry.id}: a regNo needs regNoSource`);
			if (entry.regNo) {
				if (this.#byRegNo.has(entry.regNo)) problems.push(`${entry.id}: regNo used twice`);
				this.#byRegNo.set(entry.regNo, entry);
			}
			for (const name of [entry.name, ...entry.published, ...entry.short])
				claim(this.#byName, name, entry);
			const cited = [
				...entry.sources,
				...entry.formerNames.map((n) => n.source),
				...entry.memberOf.map((m) => m.source),
				...(entry.ended ? [entry.ended.source] : []),
				...(entry.regNoSource ? [entry.regNoSource] : [])
			];
			for (const source of cited)
				if (!Object.hasOwn(sources, source))
					problems.push(`${entry.id}: source ${JSON.stringify(source)} is not in "sources"`);
		}
		if (problems.length > 0) return problems;
		for (const entry of this.file.parties) {
			for (const former of entry.formerNames) {
				// A former name that is another entry's current name places that entry, not this one.
				if (this.#byName.get(foldPartyName(former.name))) continue;
				claim(this.#byFormer, former.name, entry);
			}
			for (const membership of entry.memberOf) {
				const alliance = this.#byId.get(membership.alliance);
				if (!alliance) problems.push(`${entry.id}: member of unknown ${membership.alliance}`);
				else if (alliance.kind !== 'alliance')
					problems.push(`${entry.id}: member of ${alliance.id}, which is not an alliance`);
			}
		}
		return problems;
	}
}
