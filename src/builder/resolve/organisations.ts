/**
 * Organisations merge on registration number. One named without a number joins the one
 * registered organisation of the same name key (names are unique in the party register and
 * the enterprise register): `'LATVIJAS REPUBLIKAS SAEIMA'` in a declaration is the Saeima.
 */
import { foldText } from '../../model/fold-name';
import type { Organisation, OrganisationKind, SourceRef } from '../../model/types';
import type { OrganisationMention } from '../source-records';
import { organisationId } from './ids';
import { addSource, append, mostCommon } from './order';
import { preferredName } from './people';

interface Draft {
	id: string;
	/** Names by rank: the register's name wins over the tax file's, which wins over mentions. */
	names: Record<NameRank, string[]>;
	kinds: OrganisationKind[];
	regNo?: string;
	details: Record<DetailField, (string | undefined)[]>;
	sources: SourceRef[];
}

export type NameRank = 'register' | 'tax' | 'mention';
const RANKS: NameRank[] = ['register', 'tax', 'mention'];

const DETAIL_FIELDS = ['legalForm', 'country', 'nace', 'municipality'] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

export class OrganisationIndex {
	#drafts = new Map<string, Draft>();
	#byName = new Map<string, Set<string>>();

	/** Registers a mention and returns the organisation's id. */
	add(mention: OrganisationMention, source: SourceRef, rank: NameRank = 'mention'): string {
		const kind = mention.kind ?? 'other';
		const id = this.#idOf(mention, kind);
		let draft = this.#drafts.get(id);
		if (!draft) {
			draft = {
				id,
				names: { register: [], tax: [], mention: [] },
				kinds: [],
				regNo: mention.regNo,
				details: { legalForm: [], country: [], nace: [], municipality: [] },
				sources: []
			};
			this.#drafts.set(id, draft);
		}
		// Register role files name the company by number only: an empty name is no name.
		if (mention.name.trim()) draft.names[rank].push(mention.name.trim());
		draft.kinds.push(kind);
		for (const field of DETAIL_FIELDS) draft.details[field].push(mention[field]);
		addSource(draft.sources, source, 5);
		const key = organisationNameKey(mention.name, kind);
		if (key) {
			const ids = this.#byName.get(key) ?? new Set();
			this.#byName.set(key, ids.add(id));
		}
		return id;
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
				for (const r of RANKS) append(target.names[r], draft.names[r]);
				for (const source of draft.sources) addSource(target.sources, source, 5);
				append(target.kinds, draft.kinds);
				for (const field of DETAIL_FIELDS) append(target.details[field], draft.details[field]);
				this.#drafts.delete(id);
				rename.set(id, target.id);
			}
		}
		const organisations = [...this.#drafts.values()].map(toOrganisation);
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

function toOrganisation(draft: Draft): Organisation {
	const best = RANKS.find((r) => draft.names[r].length > 0) ?? 'mention';
	const name =
		draft.names[best].length > 0 ? preferredName(draft.names[best]) : (draft.regNo ?? draft.id);
	const otherNames = [...new Set(RANKS.flatMap((r) => draft.names[r]))]
		.filter((other) => other !== name)
		.sort();
	const stated = KIND_PRIORITY.find((k) => draft.kinds.includes(k)) ?? 'other';
	const kind = stated === 'other' ? kindFromRegNo(draft.regNo) : stated;
	const { regNo } = draft;
	const [legalForm, nace, municipality] = (['legalForm', 'nace', 'municipality'] as const).map(
		(f) => mostCommon(draft.details[f])
	);
	const country = mostCommon(draft.details.country);
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
		sources: draft.sources
	};
}

/** Words that say what kind of party it is, not which: "SAULES LATVIJAI, Politiskā partija" is "Saules Latvijai". */
const PARTY_WORDS = new Set([
	'politiska',
	'partija',
	'partiju',
	'apvieniba',
	'biedriba',
	'kustiba'
]);

/**
 * The key under which an organisation named without a number meets a registered one:
 * folded, quotes and punctuation dropped, and for parties their generic words too.
 */
export function organisationNameKey(name: string, kind: OrganisationKind): string {
	const tokens = foldText(name)
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter((t) => t && !(kind === 'party' && PARTY_WORDS.has(t)));
	return tokens.length > 0 ? `${kind === 'party' ? 'party' : 'org'}|${tokens.join(' ')}` : '';
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
