/**
 * The declaration comparison on real declarations of three deputies (Delna's extract),
 * checked by hand against the CSV rows. Deputies are picked by a payer line, read at test
 * time, so no private name is written here; expectations name only the paying bodies.
 */
import { expect, it } from 'vitest';
import { vidDeclarationsDelnaCsv } from '../../../src/builder/adapters/vid-declarations-delna-csv';
import { readSource } from '../../../src/builder/sources/read-source';
import type { DeclarationRecord } from '../../../src/builder/sources/source-records';
import { diffDeclarations } from '../../../src/lib/timeline/declaration-diff';
import type { Declaration } from '../../../src/model/types';
import { describeRealData, realPath } from '../../fixtures/realdata';

type Row = [
	section: string,
	status: string,
	label: string,
	before: number | null,
	after: number | null
];

describeRealData('the declaration comparison on three deputies, checked by hand', () => {
	const records = () => {
		const file = readSource(
			realPath('lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv')
		);
		return vidDeclarationsDelnaCsv.read(file, { dataset: 'ia' }).records as DeclarationRecord[];
	};
	const asDeclaration = (r: DeclarationRecord): Declaration => ({
		id: r.source.record,
		person: r.person.name,
		personName: r.person.name,
		year: r.year,
		kind: r.kind,
		items: r.items,
		source: r.source
	});
	/** The 2019 and 2020 declarations of the deputy whose `year` declaration has a payer line `fits`. */
	const pairOf = (year: number, fits: (name: string, regNo?: string) => boolean) => {
		const all = records();
		const found = all.filter(
			(r) =>
				r.year === year &&
				r.items.some((i) => i.section === 'income' && i.payer && fits(i.payer.name, i.payer.regNo))
		);
		expect(found).toHaveLength(1);
		const of = (y: number) => {
			const list = all.filter((r) => r.person.name === found[0]!.person.name && r.year === y);
			expect(list).toHaveLength(1);
			return asDeclaration(list[0]!);
		};
		return diffDeclarations(of(2019), of(2020));
	};
	const cents = (m: { cents: number }[] | undefined) =>
		m === undefined ? null : m.reduce((sum, x) => sum + x.cents, 0);
	const rows = (diff: ReturnType<typeof diffDeclarations>): Row[] =>
		diff.map((r) => [
			r.section,
			r.status,
			r.label,
			cents(r.before?.amounts),
			cents(r.after?.amounts)
		]);

	it('pairs the university with the university and the hospital with the hospital, although one 2020 line carries the hospital’s number', () => {
		const diff = pairOf(
			2020,
			(name, regNo) => name === 'Rīgas Stradiņa Universitāte' && regNo === '40003457109'
		);
		expect(rows(diff).filter((r) => r[0] === 'income')).toEqual([
			['income', 'added', 'Latvijas Ārstu biedrība, Honorārs', null, 14286],
			['income', 'added', 'Reto slimību izpētes fonds, Honorārs', null, 1152941],
			[
				'income',
				'removed',
				'Latvian Physicians and Dentists Association, U.c. ienākumi',
				174468,
				null
			],
			['income', 'removed', 'Latvijas Tautas sporta asociācija, Honorārs', 49412, null],
			[
				'income',
				'removed',
				'Rīgas Austrumu klīniskā universitātes slimnīca, U.c. ienākumi',
				11676,
				null
			],
			['income', 'removed', 'SEB Banka, Procenti', 2259, null],
			[
				'income',
				'changed',
				'Paula Stradiņa klīniskā universitātes slimnīca, Alga',
				2382106,
				2067096
			],
			['income', 'changed', 'Rīgas 1. slimnīca, Alga', 263305, 157806],
			['income', 'changed', 'Rīgas Stradiņa Universitāte, Alga', 1324643, 1459283]
		]);
		const university = diff.find((r) => r.label === 'Rīgas Stradiņa Universitāte, Alga');
		expect(university?.regNosSetAside).toEqual(['40003457109']);
		expect(diff.filter((r) => r.regNosSetAside)).toHaveLength(1);
	});

	it('keeps two kinds of income from one payer apart: the university’s salary appears while its other income changes', () => {
		const diff = pairOf(2020, (name) => name === 'Daimlers AG');
		expect(rows(diff)).toEqual([
			['income', 'added', 'Daimlers AG, Dividendes', null, 1984],
			['income', 'added', 'Daimlers AG, Ienākums no īpašuma pārdošanas', null, 83250],
			['income', 'added', 'Gilead Sciences INC, Dividendes', null, 1195],
			['income', 'added', 'Rīgas Stradiņa Universitāte, Alga', null, 1650157],
			[
				'income',
				'removed',
				'Inchcape Motors Latvia, Ienākums no īpašuma pārdošanas',
				1139005,
				null
			],
			['income', 'removed', 'Latvijas Lauksaimniecības Universitāte, Alga', 1828500, null],
			['income', 'removed', 'Latvijas Lauksaimniecības Universitāte, U.c. ienākumi', 45500, null],
			['income', 'changed', 'Latvijas Veterinārārstu biedrība, Alga', 19800, 6600],
			['income', 'changed', 'Rīgas Stradiņa Universitāte, U.c. ienākumi', 32200, 52500],
			['income', 'changed', 'Universitātes Vetfonds, Alga', 2776300, 1019692],
			['shares', 'added', 'AIR Airbus SE, Akcijas', null, 89780],
			['shares', 'added', 'Boeing, Akcijas', null, 20530],
			['shares', 'added', 'Daimlers AG, Akcijas', null, 86685],
			['shares', 'added', 'Gilead Sciences INC, Akcijas', null, 55876],
			['shares', 'added', 'LHAG Deutsche Lufthansa, Akcijas', null, 86520],
			['shares', 'added', 'Tesla, Akcijas', null, 67679]
		]);
	});

	it('pairs a foreign payer by its published code and the Riga business school by number and kind', () => {
		const diff = pairOf(2019, (_, regNo) => regNo === 'T0900004678');
		expect(rows(diff)).toEqual([
			[
				'income',
				'added',
				'Biznesa, mākslas un tehnoloģiju augstskola "RISEBA", Honorārs',
				null,
				56910
			],
			['income', 'added', 'LATVIJAS LAUKSAIMNIECĪBAS UNIVERSITĀTE, U.c. ienākumi', null, 39000],
			[
				'income',
				'removed',
				'ERGO Insurance SE Latvijas filiāle, Apdrošināšanas atlīdzība',
				6318,
				null
			],
			['income', 'removed', 'Luminor Bank AS Latvijas filiāle, Procenti', 3216, null],
			['income', 'removed', 'Luminor Bank, Procenti', 345, null],
			['income', 'removed', 'Nordic Investment Bank, Kompensācija', 23915, null],
			['income', 'removed', 'SEB Banka, Procenti', 927, null],
			['income', 'removed', 'Swedbank, Procenti', 1741, null],
			[
				'income',
				'changed',
				'Biznesa, mākslas un tehnoloģiju augstskola "RISEBA", U.c. ienākumi',
				37022,
				64287
			],
			['income', 'changed', 'IT KOMPETENCES CENTRS, Alga', 479340, 726500],
			['income', 'changed', 'Nordic Investment Bank, Alga', 165700, 83400],
			['income', 'changed', 'VENTSPILS AUGSTSKOLA, Alga', 3069159, 2299548]
		]);
	});
});
