import { describe, expect, it } from 'vitest';
import type { Mark, SpanMark } from '../../../src/lib/timeline/marks';
import type { Relation } from '../../../src/model/types';
import { buildTimeline, firstOfEachRow } from '../../../src/lib/timeline/timeline';
import { describeMark } from '../../../src/lib/timeline/mark-text';
import { dateRange, pointAt } from '../../../src/lib/timeline/time';
import {
	ANNA,
	BERZS,
	COUNCIL,
	GREEN,
	SAEIMA,
	WORKSHOP,
	companyProfile,
	donationSummary,
	eur,
	lvl,
	partyProfile,
	person,
	personProfile,
	profile,
	refOf,
	relation,
	taxTotal
} from '../../fixtures/profiles';

const AS_OF = Date.UTC(2025, 5, 1);
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const lane = (marks: { lanes: { id: string; marks: Mark[] }[] }, id: string) =>
	marks.lanes.find((l) => l.id === id)?.marks ?? [];

describe('dateRange and pointAt', () => {
	it.each([
		['2021', [utc(2021), utc(2022)]],
		['2021-11', [utc(2021, 11), utc(2021, 12)]],
		['2021-12', [utc(2021, 12), utc(2022)]],
		['2021-02-28', [utc(2021, 2, 28), utc(2021, 3, 1)]],
		['28.02.2021', undefined],
		[undefined, undefined]
	] as const)('%s covers %j', (date, range) => {
		expect(dateRange(date)).toEqual(range);
	});

	it('puts a point in the middle of the period it names', () => {
		expect(pointAt('2021-02-28')).toBe(utc(2021, 2, 28) + 12 * 3600 * 1000);
		expect(new Date(pointAt('2020')!).toISOString().slice(0, 10)).toBe('2020-07-02');
	});
});

describe('buildTimeline: which lanes', () => {
	it.each([
		['a person', ['posts', 'declarations', 'donations', 'roles', 'taxes'], personProfile()],
		['a company', ['taxes', 'roles', 'donations'], companyProfile()],
		['a party with a summary', ['received'], partyProfile()],
		['a person with no facts', [], profile(person())]
	])('%s gets %j', (_, lanes, p) => {
		expect(buildTimeline(p, { asOf: AS_OF }).lanes.map((l) => l.id)).toEqual(lanes);
	});

	it('gives a party a lane of its members’ terms when they are read', () => {
		const term = relation({
			from: BERZS.id,
			to: SAEIMA.id,
			kind: 'holds-post',
			role: 'Saeimas deputāts',
			start: '2018',
			end: '2022-11'
		});
		const timeline = buildTimeline(partyProfile(), { asOf: AS_OF, terms: [term] });
		expect(timeline.lanes.map((l) => l.id)).toEqual(['received', 'terms']);
		expect(lane(timeline, 'terms')).toEqual([
			expect.objectContaining({
				start: utc(2018),
				end: utc(2022, 12),
				holder: refOf(BERZS),
				target: refOf(BERZS),
				role: 'Saeimas deputāts'
			})
		]);
	});
});

describe('buildTimeline: a person', () => {
	const timeline = buildTimeline(personProfile(), { asOf: AS_OF });

	it('draws posts from start to end, an open post up to the data’s date', () => {
		const posts = lane(timeline, 'posts') as SpanMark[];
		expect(posts.map((m) => [m.place.name, m.start, m.end, m.isOpen])).toEqual([
			[COUNCIL.name, utc(2017), utc(2022), false],
			[SAEIMA.name, utc(2022, 11), AS_OF, true]
		]);
		expect(posts.every((m) => m.row === 0)).toBe(true);
	});

	it('puts each declaration at its year with the headline figures', () => {
		const marks = lane(timeline, 'declarations');
		expect(
			marks.map((m) => m.kind === 'declaration' && [m.year, m.income, m.properties, m.debts])
		).toEqual([
			[2019, [lvl(1000000)], 0, []],
			[2024, [eur(4210055)], 1, [eur(8500000)]]
		]);
		expect(marks[1]!.source).toEqual(personProfile().group.declarations[0]!.source);
	});

	it('colours donations by party and sizes them by amount, refunds included', () => {
		const marks = lane(timeline, 'donations');
		expect(timeline.parties.map((p) => p.name)).toEqual(['Upes Savienība', 'Zaļo Pļavu Partija']);
		expect(
			marks.map((m) => m.kind === 'donation' && [m.date, m.colour, m.weight, m.isRefund])
		).toEqual([
			['2021-01-15', 0, 7500, false],
			['2022-02-01', 1, 100000, false],
			['2022-09-30', 1, 50050, false],
			['2023-04-01', 1, 20000, false],
			['2023-06-01', 1, 20000, true]
		]);
		expect(marks[1]!.target).toEqual(refOf(GREEN));
	});

	it('puts fees paid in a lane of their own, never among the donations', () => {
		const base = personProfile();
		const fee = {
			...base.group.donations[0]!,
			id: 'd-fee',
			kind: 'membership-fee' as const,
			date: '2023-03-03',
			amount: eur(1200)
		};
		const withFee = buildTimeline(
			{ ...base, group: { ...base.group, donations: [...base.group.donations, fee] } },
			{ asOf: AS_OF }
		);
		expect(lane(withFee, 'fees').map((m) => m.id)).toEqual(['donations:d-fee']);
		expect(lane(withFee, 'donations').map((m) => m.id)).not.toContain('donations:d-fee');
		const text = describeMark(
			lane(withFee, 'fees')[0]!,
			(key, vars) => `${key}:${vars?.party ?? ''}`,
			'en'
		);
		expect(text.what).toMatch(/^timeline\.feeTo:/);
	});

	it('lists company roles and the linked companies’ tax totals per year', () => {
		expect(lane(timeline, 'roles')).toEqual([
			expect.objectContaining({ relation: 'board-member', start: utc(2020, 6, 1), isOpen: true })
		]);
		const taxes = lane(timeline, 'taxes');
		expect(taxes.map((m) => m.kind === 'tax' && [m.year, m.total, m.company.id])).toEqual([
			[2022, [eur(990000)], WORKSHOP.id],
			[2023, [eur(1234567)], WORKSHOP.id]
		]);
		expect(taxes.map((m) => m.row)).toEqual([0, 0]);
	});

	it('never shows a namesake, and spans the whole career with room at the edges', () => {
		const all = timeline.lanes.flatMap((l) => l.marks);
		expect(all.some((m) => m.target?.id === 'p-anna-liepa-77')).toBe(false);
		expect(timeline.domain![0]).toBeLessThan(utc(2017));
		expect(timeline.domain![1]).toBeGreaterThan(AS_OF);
	});
});

describe('buildTimeline: where a post mark comes from', () => {
	it('cites the record that states the post, never one that only says who the person is', () => {
		const donationRow = { dataset: 'donations', record: 'donations.csv:7' };
		const declarationRow = { dataset: 'declarations', record: 'interests_and_assets.csv:42' };
		const post = relation({
			from: ANNA.id,
			to: SAEIMA.id,
			kind: 'holds-post',
			role: 'Deputāte',
			start: '2020',
			end: '2020',
			confidence: 'probable',
			// Identity evidence sorts first; it cites a donation that knows nothing of the post.
			evidence: [
				{
					rule: 'same-name-birth-year',
					values: { birthYear: '1979' },
					sources: [donationRow],
					published: [{ name: 'Anna Liepa', code: '020179-*****' }]
				},
				{ rule: 'stated-in-source', values: {}, sources: [declarationRow] }
			]
		});
		const timeline = buildTimeline(profile(ANNA, { group: { relations: [post] } }), {
			asOf: AS_OF
		});
		expect(lane(timeline, 'posts').map((m) => m.source)).toEqual([declarationRow]);
	});
});

describe('buildTimeline: rows, possible links and undated facts', () => {
	const post = (
		to: string,
		start?: string,
		end?: string,
		confidence: Relation['confidence'] = 'confirmed'
	) => relation({ from: ANNA.id, to, kind: 'holds-post', role: to, start, end, confidence });

	it.each([
		['overlapping posts', [0, 1], 2, [post('a', '2010', '2015'), post('b', '2012', '2014')]],
		['one after another', [0, 0], 1, [post('a', '2010', '2012'), post('b', '2013', '2014')]],
		[
			'a third that fits row two',
			[0, 1, 1],
			2,
			[post('a', '2010', '2020'), post('b', '2011', '2012'), post('c', '2013')]
		]
	])('%s get rows %j of %i', (_, rows, count, relations) => {
		const t = buildTimeline(profile(ANNA, { group: { relations } }), { asOf: AS_OF });
		expect(lane(t, 'posts').map((m) => m.row)).toEqual(rows);
		expect(t.lanes[0]!.rows).toBe(count);
	});

	it('leaves possible links out unless asked, and counts them', () => {
		const p = profile(ANNA, {
			group: { relations: [post('a', '2010'), post('b', '2011', undefined, 'possible')] }
		});
		const hidden = buildTimeline(p, { asOf: AS_OF });
		expect(lane(hidden, 'posts')).toHaveLength(1);
		expect(hidden.possibleLinks).toBe(1);
		const shown = buildTimeline(p, { asOf: AS_OF, includePossible: true });
		expect(shown.possibleLinks).toBe(1);
		expect(lane(shown, 'posts').map((m) => m.confidence)).toEqual(['confirmed', 'possible']);
	});

	it('counts facts with no date instead of inventing one', () => {
		const t = buildTimeline(profile(ANNA, { group: { relations: [post('a')] } }), { asOf: AS_OF });
		expect(t.lanes).toEqual([{ id: 'posts', marks: [], rows: 1, undated: 1 }]);
		expect(t.domain).toBeUndefined();
	});

	it('sums quarters when a company publishes no annual total', () => {
		const q = (quarter: number, cents: number) =>
			taxTotal({ company: WORKSHOP.id, year: 2024, quarter, total: eur(cents) });
		const p = profile(WORKSHOP, { group: { taxTotals: [q(1, 100), q(2, 250)] } });
		const [mark] = lane(buildTimeline(p, { asOf: AS_OF }), 'taxes');
		expect(mark).toMatchObject({ kind: 'tax', year: 2024, total: [eur(350)] });
		expect(mark!.target).toBeUndefined();
	});
});

describe('buildTimeline: a party’s donations received', () => {
	const months = (p: ReturnType<typeof partyProfile>) =>
		lane(buildTimeline(p, { asOf: AS_OF }), 'received').map(
			(m) => m.kind === 'received' && [m.month, m.totals, m.count]
		);

	it('takes months from the summary, leaving membership fees out', () => {
		const p = partyProfile();
		p.group.donationSummary = donationSummary({
			byMonth: [
				{ month: '2023-01', kind: 'money', currency: 'EUR', count: 2, cents: 5000 },
				{ month: '2023-01', kind: 'goods-services', currency: 'EUR', count: 1, cents: 700 },
				{ month: '2023-01', kind: 'membership-fee', currency: 'EUR', count: 9, cents: 900 },
				{ month: '2023-03', kind: 'money', currency: 'LVL', count: 1, cents: 100 }
			]
		});
		expect(months(p)).toEqual([
			['2023-01', [eur(5700)], 3],
			['2023-03', [lvl(100)], 1]
		]);
	});

	it('falls back to years for a summary built before months existed', () => {
		expect(months(partyProfile())).toEqual([
			['2022', [eur(9000000)], 31],
			['2023', [eur(12345678)], 40]
		]);
	});

	it('falls back to the party’s own donations without a summary', () => {
		expect(months(partyProfile({ withSummary: false }))).toEqual([['2023-02', [eur(2500)], 1]]);
	});
});

describe('a party’s members’ terms', () => {
	const KALNA = person({ id: 'p-ilze-kalna-3c', name: 'Ilze Kalna' });
	const term = (who: typeof ANNA, start: string, end?: string) =>
		relation({ from: who.id, to: SAEIMA.id, kind: 'holds-post', role: start, start, end });

	it('gives each member one row, members by name, a namesake a row of their own', () => {
		const other = person({ id: 'p-ilze-kalna-99', name: 'Ilze Kalna' });
		const p = profile(GREEN, { refs: [refOf(ANNA), refOf(KALNA), refOf(BERZS), refOf(other)] });
		const terms = [
			term(KALNA, '2010', '2014'),
			term(ANNA, '2011', '2013'),
			term(KALNA, '2012', '2016'),
			term(BERZS, '2015'),
			term(other, '2020')
		];
		const t = buildTimeline(p, { asOf: AS_OF, terms, refs: [refOf(SAEIMA)] });
		const marks = lane(t, 'terms') as SpanMark[];
		expect(marks.map((m) => [m.holder?.name, m.role, m.row, m.place.name])).toEqual([
			['Anna Liepa', '2011', 0, SAEIMA.name],
			['Ilze Kalna', '2010', 1, SAEIMA.name],
			['Ilze Kalna', '2012', 1, SAEIMA.name],
			['Ilze Kalna', '2020', 2, SAEIMA.name],
			['Juris Bērzs', '2015', 3, SAEIMA.name]
		]);
		expect(marks.filter((m) => m.row === 2).map((m) => m.holder?.id)).toEqual([other.id]);
		expect(t.lanes.find((l) => l.id === 'terms')!.rows).toBe(4);
		// Each member's name is written once, on the earliest post in the row.
		expect([...firstOfEachRow(marks)].map((id) => marks.find((m) => m.id === id)!.role)).toEqual([
			'2011',
			'2010',
			'2020',
			'2015'
		]);
	});
});
