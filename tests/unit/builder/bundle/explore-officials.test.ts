import { describe, expect, it } from 'vitest';
import { officialTable } from '../../../../src/builder/bundle/explore-officials';
import { resolve } from '../../../../src/builder/resolve/resolve';
import { officialTableProblem } from '../../../../src/model/explore-officials-check';
import { declaration, organisation, person } from '../../../fixtures/records';
import { plantedOfficials } from '../../../fixtures/explore-officials';

describe('officialTable', () => {
	const data = resolve(plantedOfficials());
	const table = officialTable(data);
	const c = table.columns;
	const rowOf = (name: string) => c.name.findIndex((n) => n === name);

	it('has one row per declaration, and a valid shape', () => {
		expect(c.person).toHaveLength(2);
		expect(officialTableProblem(table)).toBeUndefined();
	});

	it('sums the council deputy’s declaration by hand-computed figures', () => {
		const i = rowOf('Anna Liepa');
		expect({
			year: c.year[i],
			posts: c.posts[i],
			interests: c.interests[i],
			income: c.incomeCents[i],
			outside: c.outsideIncomeCents[i],
			holdings: c.holdingsCents[i],
			debts: c.debtsCents[i],
			other: c.otherCurrency[i]
		}).toEqual({
			year: 2023,
			// The post in her own council is her main post, not an outside one.
			posts: 1,
			// Four income items, two posts, one holding; the family member is no interest.
			interests: 7,
			income: 3_000_000 + 125_050 + 1_001,
			// The council pays the salary; the dividend and the unnamed interest come from outside.
			outside: 125_050 + 1_001,
			holdings: 250_000,
			debts: 1_000_000,
			// The USD fee is counted apart, never summed.
			other: 1
		});
	});

	it('counts her two companies and not the namesake’s board seat (a possible link)', () => {
		expect(c.companies[rowOf('Anna Liepa')]).toBe(2);
	});

	it('places her council on the Rīga tile and names her faction and institution', () => {
		const i = rowOf('Anna Liepa');
		expect(table.municipalities[c.municipality[i]!]).toBe('riga');
		expect(table.parties[c.party[i]!]).toBe('Zaļie');
		expect(table.institutions[c.institution[i]!]!.name).toMatch(/pašvaldība/i);
	});

	it('keeps the Saeima deputy’s salary as main-post income and his faction', () => {
		const i = rowOf('Jānis Ozars');
		expect([c.incomeCents[i], c.outsideIncomeCents[i], c.municipality[i]]).toEqual([
			5_000_000, 0, -1
		]);
		expect(table.parties[c.party[i]!]).toBe('Vienotība');
	});

	it('keeps each row’s declaration id and source record', () => {
		const i = rowOf('Anna Liepa');
		expect(c.declaration[i]).toMatch(/^decl-/);
		expect(table.datasets[c.dataset[i]!]).toBe('declarations');
		expect(c.record[i]).toMatch(/^declarations\.csv:\d+$/);
	});

	it('names each institution by an entity the bundle holds, even one merged under another id', () => {
		const council = organisation('Daugavpils valstspilsētas pašvaldība', { kind: 'municipality' });
		const ilze = person('Ilze Koka', { birthYear: 1970 });
		const merged = resolve([
			declaration(ilze, 2023, { institution: council }),
			// A municipal company's board files there: its institution is a company.
			declaration(person('Juris Ozars', { birthYear: 1960 }), 2023, {
				institution: organisation('SIA "Bāze"', { kind: 'company' }),
				post: 'Valdes loceklis',
				items: [
					{
						section: 'post',
						title: 'Valdes loceklis',
						organisation: { name: 'SIA "Cits"', regNo: '40003000077' }
					}
				]
			}),
			declaration(person('Ieva Bērza', { birthYear: 1980 }), 2023, {
				institution: organisation('SIA "Bāze"', { kind: 'company', regNo: '40003000088' })
			}),
			declaration(person('Rita Eglāja'), 2023, {
				institution: {
					...council,
					name: 'DAUGAVPILS VALSTSPILSĒTAS PAŠVALDĪBA',
					regNo: '90000077325'
				}
			})
		]);
		const t = officialTable(merged);
		const ids = new Set(merged.organisations.map((o) => o.id));
		expect(t.institutions.every((e) => ids.has(e.id))).toBe(true);
		const places = t.columns.municipality.map((m) => t.municipalities[m]);
		expect(places.filter(Boolean)).toEqual(['daugavpils', 'daugavpils']);
		const base = t.columns.name.indexOf('Juris Ozars');
		expect(t.institutions[t.columns.institution[base]!]!.name).toBe('SIA "Bāze"');
		const planted = new Set(data.organisations.map((o) => o.id));
		expect(table.institutions.every((e) => planted.has(e.id))).toBe(true);
	});

	it('lists a council no tile matches, never guessing one', () => {
		const old = organisation('Beverīnas novada pašvaldība', { kind: 'municipality' });
		const t = officialTable(
			resolve([declaration(person('Ilze Koka'), 2019, { institution: old })])
		);
		expect(t.columns.municipality).toEqual([-1]);
		expect(t.unmatched).toEqual([{ name: 'Beverīnas novada pašvaldība', rows: 1 }]);
	});
});
