/**
 * Organisations merge on registration number. One named without a number joins the one
 * registered organisation of the same name key (names are unique in the party register and
 * the enterprise register): `'LATVIJAS REPUBLIKAS SAEIMA'` in a declaration is the Saeima.
 */
import { foldText } from '../../model/fold-name';
import type { Organisation, OrganisationKind, SourceRef } from '../../model/types';
import { foldPartyName } from '../parties/fold-party';
import type { PartyEntry } from '../parties/register';
import type { OrganisationMention } from '../sources/source-records';
import { organisationId } from './ids';
import { addTally, withSource, count, mostCommonIn, type Tally } from './order';
import { partyEntityId, registerRef, type PartyPlacer } from './party-mentions';
import { preferredNameIn } from './people';

/** What the mentions of one organisation say, counted (a party is named on every donation row). */
interface Draft {
	id: string;
	/**
	 * Names by rank: the register's name wins over the tax file's, which wins over mentions.
	 * A tally is made when its first value comes (most organisations fill few): see tallyOf.
	 */
	names: Partial<Record<NameRank, Tally<string>>>;
	kinds: Set<OrganisationKind>;
	regNo?: string;
	details: Partial<Record<DetailField, Tally<string>>>;
	sources: SourceRef[];
	/** The party register's entry, when the register placed this organisation. */
	entry?: PartyEntry;
}

export type NameRank = 'register' | 'tax' | 'mention';
const RANKS: NameRank[] = ['register', 'tax', 'mention'];

const DETAIL_FIELDS = ['legalForm', 'country', 'nace', 'municipality'] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

export class OrganisationIndex {
	#drafts = new Map<string, Draft>();
	#byName = new Map<string, Set<string>>();
	#parties: PartyPlacer | undefined;

	/** With a placer, every party mention goes through the party register. */
	constructor(parties?: PartyPlacer) {
		this.#parties = parties;
	}

	/** Registers a mention and returns the organisation's id. */
	add(mention: OrganisationMention, source: SourceRef, rank: NameRank = 'mention'): string {
		const entry = this.#parties?.place(mention, source);
		const kind = entry ? 'party' : (mention.kind ?? 'other');
		const id = entry ? partyEntityId(entry) : this.#idOf(mention, kind);
		let draft = this.#drafts.get(id);
		if (!draft) {
			draft = {
				id,
				names: {},
				kinds: new Set(),
				regNo: entry?.regNo ?? mention.regNo,
				details: {},
				sources: [],
				...(entry && { entry })
			};
			this.#drafts.set(id, draft);
		}
		// A register entry without a verified number takes the one a register record states.
		if (!draft.regNo && mention.regNo) draft.regNo = mention.regNo;
		// Register role files name the company by number only: an empty name is no name.
		if (mention.name.trim()) count((draft.names[rank] ??= new Map()), mention.name.trim());
		draft.kinds.add(kind);
		for (const field of DETAIL_FIELDS) {
			if (mention[field] !== undefined) count((draft.details[field] ??= new Map()), mention[field]);
		}
		draft.sources = withSource(draft.sources, source, 5);
		// A placed party is one entity already; only the others meet by name key.
		const key = entry ? '' : organisationNameKey(mention.name, kind);
		if (key) {
			const ids = this.#byName.get(key) ?? new Set();
			this.#byName.set(key, ids.add(id));
		}
		// The draft's own string: every fact naming the organisation shares it.
		return draft.id;
	}

	#idOf(mention: OrganisationMention, kind: OrganisationKind): string {
		return organisationId(mention.regNo, kind, mention.name);
	}

	/**
	 * Joins organisations named without a number to the one registered organisation of the
	 * same name key, or, when none is registered, to each other. Two registered namesakes
	 * make it ambiguous, and then nothing joins. Call once, after all adds.
	 */
	finish(): { organisations: Organisation[]; rename: Map<string, string> } {
		const rename = new Map<string, string>();
		for (const key of [...this.#byName.keys()].sort()) {
			const ids = [...this.#byName.get(key)!].filter((id) => this.#drafts.has(id)).sort();
			const registered = ids.filter((id) => this.#drafts.get(id)!.regNo);
			if (registered.length > 1 || ids.length < 2) continue;
			const targetId = registered[0] ?? ids[0]!;
			for (const id of ids) {
				if (id === targetId || this.#drafts.get(id)!.regNo) continue;
				const target = this.#drafts.get(targetId)!;
				const draft = this.#drafts.get(id)!;
				for (const r of RANKS) addTally((target.names[r] ??= new Map()), tallyOf(draft.names, r));
				for (const source of draft.sources) target.sources = withSource(target.sources, source, 5);
				for (const kind of draft.kinds) target.kinds.add(kind);
				for (const field of DETAIL_FIELDS)
					addTally((target.details[field] ??= new Map()), tallyOf(draft.details, field));
				this.#drafts.delete(id);
				rename.set(id, target.id);
			}
		}
		const checked = this.#parties !== undefined;
		const organisations = [...this.#drafts.values()].map((d) => toOrganisation(d, checked));
		organisations.sort((a, b) => (a.id < b.id ? -1 : 1));
		return { organisations, rename };
	}
}

const KIND_PRIORITY: OrganisationKind[] = [
	'party',
	'institution',
	'municipality',
	'ngo',
	'company',
	'other'
];

/** `checked`: party names went through the register, so a party outside it is marked unplaced. */
function toOrganisation(draft: Draft, checked: boolean): Organisation {
	const { entry } = draft;
	const names = (r: NameRank) => tallyOf(draft.names, r);
	const best = RANKS.find((r) => names(r).size > 0) ?? 'mention';
	const name = entry
		? entry.name
		: names(best).size > 0
			? preferredNameIn(names(best))
			: (draft.regNo ?? draft.id);
	// A placed party also answers to its short and former names (search finds "JKP").
	const registerNames = entry ? [...entry.short, ...entry.formerNames.map((n) => n.name)] : [];
	const otherNames = [...new Set([...RANKS.flatMap((r) => [...names(r).keys()]), ...registerNames])]
		.filter((other) => other !== name)
		.sort();
	const stated = KIND_PRIORITY.find((k) => draft.kinds.has(k)) ?? 'other';
	const kind = entry ? 'party' : stated === 'other' ? kindFromRegNo(draft.regNo) : stated;
	const { regNo } = draft;
	const [legalForm, nace, municipality] = (['legalForm', 'nace', 'municipality'] as const).map(
		(f) => mostCommonIn(tallyOf(draft.details, f))
	);
	const country = mostCommonIn(tallyOf(draft.details, 'country'));
	return {
		id: draft.id,
		name,
		otherNames,
		kind,
		...(regNo && { regNo }),
		...((country ?? (regNo && /^\d{11}$/.test(regNo) ? 'LV' : undefined)) && {
			country: country ?? 'LV'
		}),
		...(legalForm && { legalForm }),
		...(nace && { nace }),
		...(municipality && { municipality }),
		...(checked && kind === 'party' && !entry && { isUnplaced: true }),
		// The register is cited past the cap: five a1.csv rows must not crowd it out.
		sources: entry ? [...draft.sources, registerRef(entry)] : draft.sources
	};
}

/** No values: what a draft's tally that was never made reads as. */
const NO_TALLY: ReadonlyMap<string, number> = new Map();

function tallyOf<K extends string>(
	tallies: Partial<Record<K, Tally<string>>>,
	key: K
): ReadonlyMap<string, number> {
	return tallies[key] ?? NO_TALLY;
}

/**
 * The key under which an organisation named without a number meets a registered one:
 * folded, quotes and punctuation dropped; for parties also "(former names)" and the legal
 * form at either end ("SAULES LATVIJAI, Politiskā partija" is "Saules Latvijai").
 */
export function organisationNameKey(name: string, kind: OrganisationKind): string {
	if (kind === 'party') {
		const key = foldPartyName(name);
		return key ? `party|${key}` : '';
	}
	const tokens = foldText(name)
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	return tokens.length > 0 ? `org|${tokens.join(' ')}` : '';
}

/**
 * What a Latvian registration number says when no source names the kind: 9… are state and
 * municipal bodies, 40008… the register of associations, foundations and parties, other
 * 4…/5… commercial companies. A party is never guessed: it is an NGO until a source says so.
 */
export function kindFromRegNo(regNo: string | undefined): OrganisationKind {
	if (!regNo || !/^\d{11}$/.test(regNo)) return 'other';
	if (regNo.startsWith('9')) return 'institution';
	if (regNo.startsWith('40008')) return 'ngo';
	return 'company';
}
