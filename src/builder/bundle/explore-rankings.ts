/**
 * The rankings section of the explore file: the largest donors overall and per party, the
 * officials with the most company links, the companies linked to the most officials; the top
 * RANKING_SIZE of each. Donors are ranked by EUR donations (money, goods and services); fees
 * stand beside them, never added; refunds apart; other currencies counted, not summed.
 */
import { isFeeKind } from '../../model/money-kinds';
import {
	RANKING_SIZE,
	type RankedCompany,
	type RankedDonor,
	type RankedOfficial,
	type Rankings
} from '../../model/explore-officials';
import type { Donation, EntityKind } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';
import { companiesIn, tiesOf, type Ties } from './explore-ties';

export function rankings(data: ResolvedData): Rankings {
	const ties = tiesOf(data);
	const kindOf = entityKinds(data);
	const nameOf = new Map<string, string>([
		...data.people.map((p): [string, string] => [p.id, p.name]),
		...data.organisations.map((o): [string, string] => [o.id, o.name])
	]);
	const overall = new Map<string, RankedDonor>();
	const byParty = new Map<string, Map<string, RankedDonor>>();
	for (const d of data.donations) {
		if (!d.donor) continue;
		const donor = () => blankDonor(d.donor!, kindOf, nameOf, ties);
		addTo(overall, d, donor);
		const party = byParty.get(d.party) ?? new Map<string, RankedDonor>();
		byParty.set(d.party, party);
		addTo(party, d, donor);
	}
	return {
		donors: topDonors(overall),
		byParty: [...byParty]
			.map(([party, donors]) => ({
				party,
				name: nameOf.get(party) ?? party,
				donors: topDonors(donors)
			}))
			.filter((p) => p.donors.length > 0)
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.party < b.party ? -1 : 1)),
		officials: topOfficials(ties, nameOf),
		companies: topCompanies(ties, kindOf, nameOf)
	};
}

function addTo(map: Map<string, RankedDonor>, d: Donation, blank: () => RankedDonor): void {
	let row = map.get(d.donor!);
	if (!row) map.set(d.donor!, (row = blank()));
	if (d.amount.currency !== 'EUR') row.otherCurrency++;
	else if (isFeeKind(d.kind) && d.isRefund) {
		row.feeRefunds++;
		row.feeRefundCents += d.amount.cents;
	} else if (isFeeKind(d.kind)) {
		row.feeCount++;
		row.feeCents += d.amount.cents;
	} else if (d.isRefund) {
		row.refunds++;
		row.refundCents += d.amount.cents;
	} else {
		row.count++;
		row.cents += d.amount.cents;
	}
}

function blankDonor(
	id: string,
	kindOf: Map<string, EntityKind>,
	nameOf: Map<string, string>,
	ties: Ties
): RankedDonor {
	const office = ties.office.get(id);
	return {
		id,
		kind: kindOf.get(id) ?? 'other',
		name: nameOf.get(id) ?? id,
		count: 0,
		cents: 0,
		refunds: 0,
		refundCents: 0,
		feeCount: 0,
		feeCents: 0,
		feeRefunds: 0,
		feeRefundCents: 0,
		otherCurrency: 0,
		...(office && { office })
	};
}

/** Donors with EUR donations, largest first (ties by id): fee payers alone are not donors. */
function topDonors(map: Map<string, RankedDonor>): RankedDonor[] {
	return [...map.values()]
		.filter((d) => d.count > 0)
		.sort((a, b) => b.cents - a.cents || (a.id < b.id ? -1 : 1))
		.slice(0, RANKING_SIZE);
}

function topOfficials(ties: Ties, nameOf: Map<string, string>): RankedOfficial[] {
	const rows: RankedOfficial[] = [];
	for (const id of ties.officials) {
		const companies = companiesIn(ties.companyTies.get(id) ?? []);
		if (companies === 0) continue;
		const office = ties.office.get(id);
		rows.push({ id, name: nameOf.get(id) ?? id, companies, ...(office && { office }) });
	}
	return rows
		.sort((a, b) => b.companies - a.companies || (a.id < b.id ? -1 : 1))
		.slice(0, RANKING_SIZE);
}

function topCompanies(
	ties: Ties,
	kindOf: Map<string, EntityKind>,
	nameOf: Map<string, string>
): RankedCompany[] {
	const officialsOf = new Map<string, Set<string>>();
	for (const id of ties.officials) {
		for (const r of ties.companyTies.get(id) ?? []) {
			officialsOf.set(r.to, (officialsOf.get(r.to) ?? new Set()).add(id));
		}
	}
	return [...officialsOf]
		.map(([id, officials]): RankedCompany => {
			const regNo = ties.orgs.get(id)?.regNo;
			return {
				id,
				kind: kindOf.get(id) ?? 'company',
				name: nameOf.get(id) ?? id,
				...(regNo && { regNo }),
				officials: officials.size
			};
		})
		.sort((a, b) => b.officials - a.officials || (a.id < b.id ? -1 : 1))
		.slice(0, RANKING_SIZE);
}

function entityKinds(data: ResolvedData): Map<string, EntityKind> {
	return new Map<string, EntityKind>([
		...data.people.map((p): [string, EntityKind] => [p.id, 'person']),
		...data.organisations.map((o): [string, EntityKind] => [o.id, o.kind])
	]);
}
