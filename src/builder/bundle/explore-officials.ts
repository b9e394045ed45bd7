/**
 * The officials table of the explore file (src/model/explore-officials.ts): one row per
 * declaration, with what it declares summed in EUR cents and the company ties of its person.
 * The main post's payer is the declaration's own institution: an income item counts as from
 * the main post when its payer is that entity, has its reg. no. or its folded name; any other
 * income (or one naming no payer) is income from outside the main post.
 */
import { foldText } from '../../model/fold-name';
import { isCouncilName, municipalityOf } from '../../model/lv-municipalities';
import { emptyColumns, type OfficialTable } from '../../model/explore-officials';
import type { Counterparty, Declaration, Money, Organisation, Relation } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';
import { companiesIn, isSure, tiesOf } from './explore-ties';

const INTEREST_SECTIONS = new Set(['post', 'income', 'shares']);

export function officialTable(data: ResolvedData): OfficialTable {
	const ties = tiesOf(data);
	const parties = partiesOf(data, ties.orgs);
	const codes = {
		institutions: new Codes<{ id: string; name: string }>(),
		parties: new Codes<string>(),
		municipalities: new Codes<string>(),
		datasets: new Codes<string>()
	};
	const unmatched = new Map<string, number>();
	const names = new Map(data.people.map((p) => [p.id, p.name]));
	const c = emptyColumns();
	const institutionOf = institutionsOf(data, ties.orgs);
	for (const d of data.declarations) {
		const org = institutionOf(d);
		const institution = d.institution && {
			id: org?.id ?? '',
			name: org?.name ?? d.institution.name
		};
		const isMain = mainPayer(d, org);
		const party = parties.of(d.person, org?.id);
		let municipality = -1;
		if (institution && (org?.kind === 'municipality' || isCouncilName(institution.name))) {
			const tile = municipalityOf(institution.name);
			if (tile) municipality = codes.municipalities.code(tile.id, tile.id);
			else unmatched.set(institution.name, (unmatched.get(institution.name) ?? 0) + 1);
		}
		const sums = { income: 0, outside: 0, holdings: 0, debts: 0, other: 0, posts: 0, interests: 0 };
		const add = (amount: Money | undefined, key: 'income' | 'holdings' | 'debts'): boolean => {
			if (!amount) return false;
			if (amount.currency !== 'EUR') sums.other++;
			else sums[key] += amount.cents;
			return amount.currency === 'EUR';
		};
		for (const item of d.items) {
			if (INTEREST_SECTIONS.has(item.section)) sums.interests++;
			if (item.section === 'post' && !isMain(item.organisation)) sums.posts++;
			else if (item.section === 'income') {
				if (add(item.amount, 'income') && !isMain(item.payer)) sums.outside += item.amount!.cents;
			} else if (item.section === 'shares') add(item.value, 'holdings');
			else if (item.section === 'debt') add(item.amount, 'debts');
		}
		c.person.push(d.person);
		c.name.push(names.get(d.person) ?? d.personName);
		c.year.push(d.year);
		c.declaration.push(d.id);
		c.institution.push(
			institution
				? codes.institutions.code(institution.id || `=${institution.name}`, institution)
				: -1
		);
		c.party.push(party === undefined ? -1 : codes.parties.code(party, party));
		c.municipality.push(municipality);
		c.posts.push(sums.posts);
		c.interests.push(sums.interests);
		c.incomeCents.push(sums.income);
		c.outsideIncomeCents.push(sums.outside);
		c.holdingsCents.push(sums.holdings);
		c.debtsCents.push(sums.debts);
		c.companies.push(companiesIn(ties.companyTies.get(d.person) ?? []));
		c.otherCurrency.push(sums.other);
		c.dataset.push(codes.datasets.code(d.source.dataset, d.source.dataset));
		c.record.push(d.source.record);
		c.url.push(d.source.url ?? '');
	}
	return {
		institutions: codes.institutions.values,
		parties: codes.parties.values,
		municipalities: codes.municipalities.values,
		datasets: codes.datasets.values,
		unmatched: [...unmatched]
			.map(([name, rows]) => ({ name, rows }))
			.sort((a, b) => (a.name < b.name ? -1 : 1)),
		columns: c
	};
}

/**
 * A declaration's institution entity: the `holds-post` relation it gave rise to names it by its
 * final id (a declaration keeps the id its institution had before organisations were merged).
 */
function institutionsOf(data: ResolvedData, orgs: Map<string, Organisation>) {
	const posts = new Map<string, Relation[]>();
	for (const r of data.relations) {
		if (r.kind !== 'holds-post') continue;
		for (const fact of r.facts) posts.set(fact, [...(posts.get(fact) ?? []), r]);
	}
	return (d: Declaration): Organisation | undefined => {
		if (!d.institution) return undefined;
		const direct = d.institution.id ? orgs.get(d.institution.id) : undefined;
		if (direct) return direct;
		// Its own post carries the declaration's post as its role; the posts it lists carry theirs.
		const mine = posts.get(d.id) ?? [];
		const isBody = (r: Relation) =>
			['institution', 'municipality'].includes(orgs.get(r.to)?.kind ?? '');
		const named = foldText(d.institution.name);
		const post =
			mine.find((r) => r.role === d.post && isBody(r)) ??
			mine.find((r) => foldText(orgs.get(r.to)?.name ?? '') === named) ??
			mine.find((r) => r.role === d.post) ??
			mine.find(isBody);
		return post && orgs.get(post.to);
	};
}

/** Whether a counterparty is the declaration's own institution (the main post). */
function mainPayer(d: Declaration, org: Organisation | undefined) {
	const own = d.institution;
	if (!own) return () => false;
	const ids = new Set([own.id, org?.id].filter(Boolean));
	const regNos = new Set([own.regNo, org?.regNo].filter(Boolean));
	const names = new Set([own.name, org?.name].filter(Boolean).map((n) => foldText(n!)));
	return (party: Counterparty | undefined): boolean =>
		!!party && (ids.has(party.id) || regNos.has(party.regNo) || names.has(foldText(party.name)));
}

/**
 * A person's party or faction: the faction a confirmed/probable post states (the post in the
 * declaration's institution first), else the party of a confirmed/probable membership.
 */
function partiesOf(data: ResolvedData, orgs: Map<string, Organisation>) {
	const factions = new Map<string, Relation[]>();
	const members = new Map<string, Relation[]>();
	for (const r of data.relations) {
		if (!isSure(r)) continue;
		const isFaction = r.kind === 'holds-post' && !!r.details?.faction;
		const isMember = r.kind === 'member-of' && orgs.get(r.to)?.kind === 'party';
		const into = isFaction ? factions : isMember ? members : undefined;
		if (into) into.set(r.from, [...(into.get(r.from) ?? []), r]);
	}
	const latest = (list: Relation[]) =>
		[...list].sort((a, b) => {
			const at = (r: Relation) => r.end ?? r.start ?? '';
			return at(a) > at(b) ? -1 : at(a) < at(b) ? 1 : a.id < b.id ? -1 : 1;
		})[0];
	return {
		of(person: string, institution: string | undefined): string | undefined {
			const posts = factions.get(person) ?? [];
			const post = latest(posts.filter((r) => r.to === institution)) ?? latest(posts);
			if (post) return post.details!.faction;
			const member = latest(members.get(person) ?? []);
			return member && orgs.get(member.to)!.name;
		}
	};
}

/** A code table: each value once, in first-seen order. */
class Codes<T> {
	values: T[] = [];
	#index = new Map<string, number>();
	code(key: string, value: T): number {
		let at = this.#index.get(key);
		if (at === undefined) {
			at = this.values.push(value) - 1;
			this.#index.set(key, at);
		}
		return at;
	}
}
