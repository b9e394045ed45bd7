/**
 * Organisations merge on registration number. A party named without a number joins the one
 * registered party of the same folded name (party names are unique in the party register);
 * any other name-only organisation stays on its own.
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
	#partiesByName = new Map<string, Set<string>>();

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
		if (kind === 'party') {
			const key = foldText(mention.name);
			const ids = this.#partiesByName.get(key) ?? new Set();
			this.#partiesByName.set(key, ids.add(id));
		}
		return id;
	}

	#idOf(mention: OrganisationMention, kind: OrganisationKind): string {
		return organisationId(mention.regNo, kind, mention.name);
	}

	/** Resolves name-only parties onto their registered namesake; call once, after all adds. */
	finish(): { organisations: Organisation[]; rename: Map<string, string> } {
		const rename = new Map<string, string>();
		for (const ids of this.#partiesByName.values()) {
			const registered = [...ids].filter((id) => this.#drafts.get(id)?.regNo);
			if (registered.length !== 1) continue;
			for (const id of ids) {
				if (id === registered[0] || this.#drafts.get(id)?.regNo) continue;
				const target = this.#drafts.get(registered[0]!)!;
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
	const kind = KIND_PRIORITY.find((k) => draft.kinds.includes(k)) ?? 'other';
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
