/**
 * "Possible matches" on a person's page: people of the same name the resolver left apart, why,
 * and what each one gave, each money kind on its own line and refunds apart (never summed).
 */
import { sumByCurrency } from '../../lib/format/money';
import type { FactGroup } from '../../model/bundle-format';
import type { MessageKey } from '../../lib/i18n/i18n.svelte';
import type { Profile } from '../../lib/reads/profile';
import {
	DONATION_KINDS,
	type Donation,
	type DonationKind,
	type Money,
	type Relation
} from '../../model/types';

export interface KindTotal {
	kind: DonationKind;
	count: number;
	totals: Money[];
	refunds: number;
	refundTotals: Money[];
}

const REASON_ORDER = ['ambiguous', 'name-only', 'different-birth-year', 'different-birth-date'];

/** The namesake links from this person: those that fit alike first, then the rest, by name. */
export function possibleMatches(profile: Profile): Relation[] {
	const reasonRank = (r: Relation) => {
		const rank = REASON_ORDER.indexOf(r.evidence[0]?.values.reason ?? '');
		return rank < 0 ? REASON_ORDER.length : rank;
	};
	const name = (r: Relation) => profile.refs.get(r.to)?.name ?? r.to;
	return profile.group.relations
		.filter((r) => r.kind === 'namesake' && r.from === profile.entity.id)
		.sort(
			(a, b) =>
				reasonRank(a) - reasonRank(b) || name(a).localeCompare(name(b)) || (a.to < b.to ? -1 : 1)
		);
}

/** What a person gave, per money kind in law's order; gifts and refunds counted apart. */
export function totalsByKind(donations: readonly Donation[], donor: string): KindTotal[] {
	const own = donations.filter((d) => d.donor === donor);
	return DONATION_KINDS.flatMap((kind): KindTotal[] => {
		const ofKind = own.filter((d) => d.kind === kind);
		if (ofKind.length === 0) return [];
		const gifts = ofKind.filter((d) => !d.isRefund);
		const refunds = ofKind.filter((d) => d.isRefund);
		return [
			{
				kind,
				count: gifts.length,
				totals: sumByCurrency(gifts.map((d) => d.amount)),
				refunds: refunds.length,
				refundTotals: sumByCurrency(refunds.map((d) => d.amount))
			}
		];
	});
}

/** Each person's totals, from their own fact groups (in the same order as `ids`). */
export function totalsOf(
	ids: readonly string[],
	groups: readonly (FactGroup | undefined)[]
): ReadonlyMap<string, KindTotal[]> {
	return new Map(ids.map((id, i) => [id, totalsByKind(groups[i]?.donations ?? [], id)]));
}

/** Why a possible match was left apart, in words: the message and its values. */
export function matchReason(relation: Relation): { key: MessageKey; vars: Record<string, string> } {
	const values = relation.evidence[0]?.values ?? {};
	const count = values.candidates ?? '';
	switch (values.reason) {
		case 'ambiguous':
			if (values.birthYear && count)
				return { key: 'person.match.ambiguousYear', vars: { count, year: values.birthYear } };
			for (const what of [values.party, values.institution, values.company])
				if (what && count) return { key: 'person.match.ambiguousContext', vars: { count, what } };
			return { key: 'evidence.reason.ambiguous', vars: {} };
		case 'different-birth-date':
			return { key: 'person.match.different-birth-date', vars: {} };
		case 'different-birth-year':
			return { key: 'person.match.different-birth-year', vars: {} };
		default:
			return { key: 'person.match.name-only', vars: {} };
	}
}
