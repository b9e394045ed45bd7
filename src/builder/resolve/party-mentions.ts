/**
 * Places party mentions through the party register: one entity per register entry, whatever
 * name, quotes, legal form or "(former names)" a source used. A mention the register cannot
 * place is remembered with its records for the build report; the caller keeps it as an
 * unplaced party under its own name, never joined to a register entry by guess.
 */
import type { SourceRef } from '../../model/types';
import type { PartyEntry, PartyRegister } from '../parties/register';
import type { OrganisationMention } from '../sources/source-records';
import { addSource } from './order';

/** The dataset id under which the register is cited in the manifest's sources. */
export const REGISTER_DATASET = 'party-register';

/** The register's own record for an entry: cited by party entities and alliance links. */
export function registerRef(entry: PartyEntry, url?: string): SourceRef {
	return { dataset: REGISTER_DATASET, record: `parties.json:${entry.id}`, ...(url && { url }) };
}

/** Stable ids: from the reg. no. where the register has one, else from the register id. */
export function partyEntityId(entry: PartyEntry): string {
	return entry.regNo ? `o-${entry.regNo}` : `o-party-${entry.id}`;
}

export interface UnplacedParty {
	/** The name as published; each spelling is reported on its own. */
	name: string;
	reason: string;
	/** How many records used this name. */
	count: number;
	/** The first records that used it, in file and line order (at most MAX_SOURCES). */
	sources: SourceRef[];
}

const MAX_SOURCES = 100;

export class PartyPlacer {
	readonly register: PartyRegister;
	/** Register entries met, by entity id. */
	#placed = new Map<string, PartyEntry>();
	#unplaced = new Map<string, UnplacedParty>();

	constructor(register: PartyRegister) {
		this.register = register;
	}

	/**
	 * The register entry a mention stands for: by reg. no. for any organisation (a party named
	 * in a declaration is still the party), by name only for mentions a source calls a party.
	 */
	place(mention: OrganisationMention, source: SourceRef): PartyEntry | undefined {
		const byNumber = this.register.byRegNo(mention.regNo);
		if (byNumber) return this.#met(byNumber);
		if (mention.kind !== 'party') return undefined;
		const placement = this.register.place(mention.name);
		if (!placement) {
			this.#miss(mention.name, 'no register entry has this name', source);
			return undefined;
		}
		const { entry } = placement;
		if (entry.regNo && mention.regNo && entry.regNo !== mention.regNo) {
			this.#miss(
				mention.name,
				`the name is ${entry.id}'s, but the reg. no. ${mention.regNo} is not ${entry.regNo}`,
				source
			);
			return undefined;
		}
		return this.#met(entry);
	}

	/** Entries met so far, by entity id. */
	get placed(): ReadonlyMap<string, PartyEntry> {
		return this.#placed;
	}

	/** Names the register could not place, sorted by name. */
	unplaced(): UnplacedParty[] {
		return [...this.#unplaced.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
	}

	#met(entry: PartyEntry): PartyEntry {
		this.#placed.set(partyEntityId(entry), entry);
		return entry;
	}

	#miss(name: string, reason: string, source: SourceRef): void {
		const key = `${reason}|${name.trim()}`;
		const known = this.#unplaced.get(key);
		if (!known) this.#unplaced.set(key, { name: name.trim(), reason, count: 1, sources: [source] });
		else {
			known.count++;
			addSource(known.sources, source, MAX_SOURCES);
		}
	}
}
