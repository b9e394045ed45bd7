/**
 * Major donor (lielziedotājs). Rule: one natural person's money donations plus membership and
 * entry fees, net of refunds, summed over all parties within a calendar year, reach five
 * minimum monthly wages of that year (data/minimum-wage.json). Legal source: Politisko
 * organizāciju (partiju) finansēšanas likums, its rules on a person's yearly gifts and member
 * payments (see `majorDonorRule` in data/minimum-wage.json for the article and how sure it is);
 * the same mark Delna publishes as `above_yearly_limit`.
 * One donor = the same folded name and the same birth-date fragment of the masked code (or the
 * same foreign masked code); a row without a usable code stands alone, never summed with
 * others. Gifts of goods or services are not summed (the rule counts money); organisations are
 * not natural persons and are never flagged here.
 */
import { nameKey } from '../../model/fold-name';
import type { Flag } from '../../model/flags';
import { isFeeKind } from '../../model/money-kinds';
import { readPersonalCode } from '../../model/personal-code';
import type { Donation } from '../../model/types';
import { sortedSources, yearOfDate, type FlagContext } from './flag-context';
import type { MinimumWages } from './minimum-wage';

/** The key that makes rows one donor, or undefined when the row's code is not usable. */
export function donorKey(d: Pick<Donation, 'donorName' | 'donorCode'>): string | undefined {
	const code = readPersonalCode(d.donorCode);
	if (code.kind === 'personal') return `${nameKey(d.donorName)}|${code.fragment}`;
	if (code.kind === 'foreign') return `${nameKey(d.donorName)}|${code.masked}`;
	return undefined;
}

/** Years a donor-year number holds (donor × YEARS + year): every 4-digit year. */
const YEARS = 10_000;

export function majorDonorFlags(ctx: FlagContext, wages: MinimumWages): Flag[] {
	const { donations } = ctx.data;
	// Each donor key gets a number, and so does each row without a usable code. A donor's name
	// and code repeat on each of their rows (one string each): keyed once.
	const numberOfKey = new Map<string, number>();
	const donorKeys: string[] = [];
	const numberFor = (key: string) => {
		let n = numberOfKey.get(key);
		if (n === undefined) numberOfKey.set(key, (n = donorKeys.push(key) - 1));
		return n;
	};
	const byNameAndCode = new Map<string, Map<string | undefined, number | undefined>>();
	const donorOf = (d: Donation): number => {
		let byCode = byNameAndCode.get(d.donorName);
		if (!byCode) byNameAndCode.set(d.donorName, (byCode = new Map()));
		if (!byCode.has(d.donorCode)) {
			const key = donorKey(d);
			byCode.set(d.donorCode, key === undefined ? undefined : numberFor(key));
		}
		return byCode.get(d.donorCode) ?? donorKeys.push(`row:${d.id}`) - 1;
	};
	// A row's donor-year as one number, summed without keeping rows: most stay under the limit.
	const groupOf = new Float64Array(donations.length).fill(-1);
	const totals = new Map<number, number>();
	for (const [i, d] of donations.entries()) {
		if (d.kind === 'goods-services' || d.amount.currency !== 'EUR') continue;
		if (!ctx.isPerson(d.donor)) continue;
		const group = donorOf(d) * YEARS + yearOfDate(d.date);
		groupOf[i] = group;
		totals.set(group, (totals.get(group) ?? 0) + d.amount.cents);
	}
	const over = new Map<number, Donation[]>();
	for (const [group, totalCents] of totals) {
		const wage = wages.monthlyCents.get(group % YEARS);
		if (wage !== undefined && totalCents >= wage * wages.majorDonorMultiple) over.set(group, []);
	}
	for (const [i, d] of donations.entries()) over.get(groupOf[i]!)?.push(d);
	// In the order of the donor-year keys, which decides the ids two flags would share.
	const keyOf = (group: number) => `${donorKeys[Math.floor(group / YEARS)]}|${group % YEARS}`;
	const groups = [...over].map(([group, rows]) => ({ key: keyOf(group), rows }));
	groups.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const flags: Flag[] = [];
	for (const { rows } of groups) {
		const year = yearOfDate(rows[0]!.date);
		const wage = wages.monthlyCents.get(year)!;
		const thresholdCents = wage * wages.majorDonorMultiple;
		let totalCents = 0;
		for (const d of rows) totalCents += d.amount.cents;
		let donationCents = 0;
		let feeCents = 0;
		let refundCents = 0;
		const byParty = new Map<string, number>();
		for (const d of rows) {
			if (d.amount.cents < 0) refundCents += d.amount.cents;
			else if (isFeeKind(d.kind)) feeCents += d.amount.cents;
			else donationCents += d.amount.cents;
			byParty.set(d.party, (byParty.get(d.party) ?? 0) + d.amount.cents);
		}
		const confidence = ctx.sureOfAll(rows.map((d) => d.id));
		if (!confidence) continue;
		const entity = mostCommon(rows.map((d) => d.donor!));
		const parties = [...byParty].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		flags.push({
			id: ctx.id('major-donor', entity, year),
			kind: 'major-donor',
			entity,
			name: ctx.nameOf(entity) ?? rows[0]!.donorName,
			year,
			figures: {
				totalCents,
				thresholdCents,
				minimumWageCents: wage,
				donationCents,
				feeCents,
				refundCents,
				rows: rows.length,
				parties: byParty.size
			},
			sources: sortedSources(rows.map((d) => d.source)),
			related: parties.map(([party]) => party).sort(),
			party: parties[0]![0],
			confidence
		});
	}
	return flags;
}

function mostCommon(ids: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
