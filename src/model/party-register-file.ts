/**
 * The party register's file format (data/parties.json; data/parties.md describes it): reviewed
 * entries of parties and party alliances with their names over time, short names,
 * registration number where verified, and alliance membership. The builder reads it
 * (builder/parties/) and the demo generator writes a fictional one (src/demo/).
 */
export type PartyEntryKind = 'party' | 'alliance';

export interface DatedName {
	name: string;
	/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as far as a source gives it. */
	from?: string;
	until?: string;
	source: string;
}

export interface Membership {
	/** The register id of the alliance. */
	alliance: string;
	from?: string;
	until?: string;
	source: string;
}

export interface PartyEntry {
	/** Stable register id (lower-case words joined by "-"). */
	id: string;
	kind: PartyEntryKind;
	/** The current name (the newest source's). */
	name: string;
	/** 11-digit number from a source that prints it; null when it could not be verified. */
	regNo: string | null;
	regNoSource?: string;
	/** KNAB party-finance database id, where its party list gives one. */
	knabId?: number;
	/** Names as the sources print them (with legal forms, quotes, "(former names)"). */
	published: string[];
	/** Abbreviations and short names (the Saeima list's, the press's). */
	short: string[];
	formerNames: DatedName[];
	/** Liquidation or reorganisation as a source states it. */
	ended?: { date: string; how: string; source: string };
	memberOf: Membership[];
	sources: string[];
	note?: string;
}

export interface RegisterSource {
	title: string;
	publisher: string;
	url?: string;
	/** Where the copy read was kept, when it is not the live page. */
	copy?: string;
}

export interface PartyRegisterFile {
	about: string;
	/** Whether the entries are fictional (demo builds) or real. */
	fictional: boolean;
	sources: Record<string, RegisterSource>;
	parties: PartyEntry[];
}
