import { describe, expect, it } from 'vitest';
import { validateFtm } from '../../../../src/builder/export/ftm-validate';
import type { Relation } from '../../../../src/model/types';
import { eur, factGroup, person, relation, taxTotal } from '../../../fixtures/profiles';
import { anna, byId, exportOf, knab } from '../../../fixtures/export-fixture';

describe('FtM export of relations', () => {
	const deputy = relation({
		from: 'p-anna',
		to: 'o-saeima',
		kind: 'holds-post',
		role: 'Saeimas deputāte',
		start: '2019',
		end: '2023'
	});

	it('makes one Position per institution and role, and an Occupancy per holder, once', () => {
		const bob = person({ id: 'p-bob', name: 'Bobs Kalns', sources: [knab] });
		const bobs = { ...deputy, id: 'r-bob', from: 'p-bob', start: '2022', end: '2022' };
		const groups = [
			factGroup('p-anna', { relations: [deputy] }),
			factGroup('p-bob', { relations: [bobs] }),
			factGroup('o-saeima', { relations: [deputy, bobs] })
		];
		const { out } = exportOf({ people: [anna, bob] }, groups);
		const positions = out.filter((e) => e.schema === 'Position');
		expect(positions).toEqual([
			{
				id: expect.stringMatching(/^lv-plainview-pos-[0-9a-f]{12}$/),
				schema: 'Position',
				properties: {
					name: ['Saeimas deputāte (Saeima)'],
					organization: ['lv-plainview-o-saeima']
				}
			}
		]);
		expect(out.filter((e) => e.schema === 'Occupancy').map((e) => e.properties)).toEqual([
			expect.objectContaining({
				holder: ['lv-plainview-p-anna'],
				post: [positions[0]!.id],
				startDate: ['2019'],
				endDate: ['2023'],
				recordId: ['donations.csv:2']
			}),
			// One date is where the sources first saw the post, not an end.
			expect.not.objectContaining({ endDate: expect.anything() })
		]);
	});

	it.each([
		['board-member', 'o-40003000001', 'Directorship', { director: ['lv-plainview-p-anna'] }],
		['member-of', 'o-party', 'Membership', { member: ['lv-plainview-p-anna'] }],
		['shareholder', 'o-40003000001', 'Ownership', { sharesCount: ['10'], sharesValue: ['25.00'] }],
		['beneficial-owner', 'o-40003000001', 'Ownership', { role: ['beneficial owner'] }],
		// Ownership takes only Assets; an association is not one in FtM.
		['beneficial-owner', 'o-ngo', 'UnknownLink', { role: ['beneficial owner'] }]
	] as const)('maps %s to %s as %s', (kind, to, schema, props) => {
		const link = relation({ from: 'p-anna', to, kind, shares: 10, amount: eur(2500) });
		const { out } = exportOf({}, [factGroup('p-anna', { relations: [link] })]);
		expect(byId(out, link.id)).toMatchObject({ schema, properties: props });
	});

	it('puts the confidence and evidence rules in the summary', () => {
		const link = relation({
			from: 'p-anna',
			to: 'o-40003000001',
			kind: 'board-member',
			confidence: 'probable',
			evidence: [{ rule: 'same-name-birth-year', values: {}, sources: [knab] }]
		});
		const { out } = exportOf({}, [factGroup('p-anna', { relations: [link] })]);
		expect(byId(out, link.id)!.properties.summary).toEqual([
			'confidence: probable; evidence: same-name-birth-year'
		]);
	});

	it('leaves out possible-namesake links unless asked, and says so', () => {
		const link = relation({ ...deputy, confidence: 'possible' });
		const groups = [factGroup('p-anna', { relations: [link] })];
		const { out, exporter } = exportOf({}, groups);
		expect(out.some((e) => e.schema === 'Occupancy')).toBe(false);
		expect(exporter.stats.skipped).toEqual({
			'possible-namesake links (see --include-possible)': 1
		});
		expect(exportOf({}, groups, true).out.some((e) => e.schema === 'Occupancy')).toBe(true);
	});

	it('keeps a possible namesake a separate person, linked only with --include-possible', () => {
		const other = person({ id: 'p-anna-2', name: 'Anna Liepa', birthYear: 1985 });
		// The kind comes with the evidence resolver (#4); typed loosely so this compiles either way.
		const kind = 'namesake' as string as Relation['kind'];
		const link = relation({
			from: 'p-anna',
			to: 'p-anna-2',
			kind,
			confidence: 'possible',
			evidence: [{ rule: 'same-name-only', values: {}, sources: [knab] }]
		});
		const groups = [factGroup('p-anna', { relations: [link] })];
		const without = exportOf({ people: [anna, other] }, groups).out;
		expect(without.filter((e) => e.schema === 'Person')).toHaveLength(2);
		expect(without.some((e) => e.schema === 'UnknownLink')).toBe(false);
		const { out } = exportOf({ people: [anna, other] }, groups, true);
		expect(byId(out, link.id)).toEqual(
			expect.objectContaining({
				schema: 'UnknownLink',
				properties: expect.objectContaining({
					subject: ['lv-plainview-p-anna'],
					object: ['lv-plainview-p-anna-2'],
					role: ['possible namesake (same name only, not the same person)'],
					summary: ['confidence: possible; evidence: same-name-only']
				})
			})
		);
	});

	it('exports family ties between people, and skips tax totals', () => {
		const bob = person({ id: 'p-bob', name: 'Bobs Kalns' });
		const tie = relation({ from: 'p-anna', to: 'p-bob', kind: 'family', role: 'Vīrs' });
		const tax = taxTotal({ company: 'o-40003000001' });
		const groups = [
			factGroup('p-anna', { relations: [tie] }),
			factGroup('o-40003000001', { taxTotals: [tax] })
		];
		const { out, exporter } = exportOf({ people: [anna, bob] }, groups);
		expect(byId(out, tie.id)).toMatchObject({
			schema: 'Family',
			properties: { person: ['lv-plainview-p-anna'], relative: ['lv-plainview-p-bob'] }
		});
		expect(byId(out, tie.id)!.properties.relationship).toEqual(['Vīrs']);
		expect(Object.keys(exporter.stats.skipped)).toEqual([
			'tax totals (no FtM schema fits a company total)'
		]);
		expect(validateFtm(out)).toEqual([]);
	});
});
