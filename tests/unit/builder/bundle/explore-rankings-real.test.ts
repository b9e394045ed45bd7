/**
 * The rankings on the real samples (a1.csv donations, a2.csv fees, the deputies list and the
 * declarations built together): each of the largest donors' EUR donations and fees equal the
 * sums this test reads from the a1.csv and a2.csv rows cited by that donor's donations.
 * No name is written here: the donors checked are the ranking's first five.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { rankings } from '../../../../src/builder/bundle/explore-rankings';
import { readRecords } from '../../../../src/builder/eval/run';
import { loadPartyRegister } from '../../../../src/builder/parties/load';
import { resolveDetailed, type ResolvedData } from '../../../../src/builder/resolve/resolve';
import { readCsv } from '../../../../src/builder/sources/csv';
import type { Rankings } from '../../../../src/model/explore-officials';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const DIR = 'lv-knab-donations-delna-iw';
const FILES = [
	`${DIR}/a1.csv`,
	`${DIR}/a2.csv`,
	'lv-saeima-deputies-delna-iw/groups.csv',
	'lv-vid-declarations-interests-delna-iw/interests_and_assets.csv'
];

/** "EUR 1,250.50" → { currency: 'EUR', cents: 125050 }; a refund is negative. */
function amountOf(text: string): { currency: string; cents: number } {
	const [, currency = '', number = ''] = /^\s*([A-Z]{3})\s*(-?[\d,.]+)\s*$/.exec(text) ?? [];
	const [whole = '0', fraction = ''] = number.replace(/,/g, '').split('.');
	const sign = whole.startsWith('-') ? -1 : 1;
	return {
		currency,
		cents: sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)))
	};
}

describeRealData('the rankings', () => {
	let data: ResolvedData;
	let ranked: Rankings;
	const rows = new Map<string, Map<number, Record<string, string>>>();
	beforeAll(() => {
		const parties = loadPartyRegister(join(import.meta.dirname, '../../../../data/parties.json'));
		data = resolveDetailed(readRecords(FILES.map((f) => realPath(f))), {}, parties.register).data;
		ranked = rankings(data);
		for (const file of ['a1.csv', 'a2.csv']) {
			const table = readCsv(readFileSync(realPath(DIR, file), 'utf8'));
			rows.set(file, new Map(table.rows.map((r) => [r.line, r.values])));
		}
	}, 60_000);

	/** The positive EUR amounts of a file's rows cited by the donor's donations. */
	const sumOf = (donor: string, file: string) => {
		let cents = 0;
		for (const d of data.donations.filter((x) => x.donor === donor)) {
			const [name, line] = d.source.record.split(':');
			if (name !== file) continue;
			const amount = amountOf(rows.get(file)!.get(Number(line))!['Vērtība']!);
			if (amount.currency === 'EUR' && amount.cents > 0) cents += amount.cents;
		}
		return cents;
	};

	it('sums each of the five largest donors’ donations and fees as their CSV rows do', () => {
		const top = ranked.donors.slice(0, 5);
		expect(top).toHaveLength(5);
		for (const donor of top) {
			expect(donor.cents).toBeGreaterThan(0);
			expect([donor.cents, donor.feeCents]).toEqual([
				sumOf(donor.id, 'a1.csv'),
				sumOf(donor.id, 'a2.csv')
			]);
		}
	});

	it('names an office only for a donor with a confirmed or probable post', () => {
		for (const donor of ranked.donors.filter((d) => d.office)) {
			const posts = data.relations.filter(
				(r) =>
					r.from === donor.id && r.kind === 'holds-post' && r.to === donor.office!.institutionId
			);
			expect(posts.some((r) => r.confidence !== 'possible')).toBe(true);
		}
	});
});
