import { describe, expect, it } from 'vitest';
import { suggestGroups } from '../../../../src/builder/bundle/suggest-groups';

const MB = 1e6;
const group = (id: string, mb: number) => {
	const year = /^declarations-(\d{4})$/.exec(id)?.[1];
	return {
		id,
		dataset: year ? 'declarations' : id,
		...(year && { year: Number(year) }),
		files: [`${id}.jsonl.gz`],
		bytes: mb * MB,
		records: mb * 1000
	};
};
const ticked = (groups: ReturnType<typeof suggestGroups>) =>
	groups.filter((g) => g.suggested).map((g) => g.id);

describe('suggestGroups', () => {
	const years = [2016, 2017, 2018, 2019, 2020].map((y) => group(`declarations-${y}`, 60));
	const all = [
		...years,
		group('donations', 80),
		group('party-finances', 1),
		group('register', 50),
		group('tax-totals', 30)
	];

	it('keeps a bundle within the budget whole, in its order', () => {
		const out = suggestGroups(all, 1000 * MB);
		expect(out.map((g) => g.id)).toEqual(all.map((g) => g.id));
		expect(out.every((g) => g.suggested)).toBe(true);
	});

	it('ticks donations first, then declarations from the newest year back, then the rest that fits', () => {
		// 80 + 1 + 3 × 60 = 261 MB; the fourth year (2017) would pass 300, so neither it nor
		// 2016 is ticked; the register (50) would pass it too; the tax totals (30) still fit.
		expect(ticked(suggestGroups(all, 300 * MB))).toEqual([
			'declarations-2018',
			'declarations-2019',
			'declarations-2020',
			'donations',
			'party-finances',
			'tax-totals'
		]);
	});

	it('never ticks an older year while a newer one is left out', () => {
		const uneven = [group('declarations-2019', 10), group('declarations-2020', 200)];
		expect(ticked(suggestGroups(uneven, 100 * MB))).toEqual([]);
	});

	it('ticks nothing but the core when nothing fits', () => {
		expect(ticked(suggestGroups(all, 0))).toEqual([]);
	});
});
