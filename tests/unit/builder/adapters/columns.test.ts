import { describe, expect, it } from 'vitest';
import {
	findColumns,
	foldHeader,
	pickColumns,
	type ColumnSpec
} from '../../../../src/builder/adapters/columns';

describe('foldHeader', () => {
	it.each([
		['Reģistrācijas kods', 'registracijaskods'],
		['Registracijas_kods', 'registracijaskods'],
		['Tajā skaitā, IIN', 'tajaskaitaiin'],
		['Vidējais nodarbināto personu skaits, cilv.', 'videjaisnodarbinatopersonuskaitscilv'],
		[
			'Samaksāto VID administrēto nodokļu kopsumma, tūkst. EUR',
			'samaksatovidadministretonodoklukopsummatuksteur'
		],
		['  at_legal_entity_registration_number ', 'atlegalentityregistrationnumber'],
		['ĶĒĶIS (2021)', 'kekis2021']
	])('folds %j to %j', (raw, expected) => expect(foldHeader(raw)).toBe(expected));
});

const SPEC = {
	regNo: { names: ['Reģistrācijas kods'] },
	name: { names: ['Nosaukums'], optional: true },
	total: { names: ['Kopsumma, tūkst. EUR', 'Kopsumma*'] },
	totalShare: { names: ['Kopsumma daļa'], optional: true }
} satisfies ColumnSpec<string>;

describe('findColumns', () => {
	it.each([
		{
			why: 'finds columns in any order and spelling',
			header: ['KOPSUMMA (tūkst. EUR)', 'Nosaukums', 'registracijas_kods'],
			index: { total: 0, name: 1, regNo: 2 },
			missing: [],
			unused: []
		},
		{
			why: 'lets an exact name win over another column’s prefix',
			header: ['Registracijas_kods', 'Kopsumma_dala', 'Kopsumma_EUR'],
			index: { regNo: 0, totalShare: 1, total: 2 },
			missing: [],
			unused: []
		},
		{
			why: 'names missing required columns by their first name, not optional ones',
			header: ['Nosaukums', 'Piezīmes'],
			index: { name: 0 },
			missing: ['Reģistrācijas kods', 'Kopsumma, tūkst. EUR'],
			unused: ['Piezīmes']
		},
		{
			why: 'gives a cell to one column only and reports a repeated one as unused',
			header: ['Registracijas_kods', 'Registracijas kods', 'Kopsumma'],
			index: { regNo: 0, total: 2 },
			missing: [],
			unused: ['Registracijas kods']
		},
		{
			why: 'does not report empty header cells as unused',
			header: ['Registracijas_kods', 'Kopsumma', ''],
			index: { regNo: 0, total: 1 },
			missing: [],
			unused: []
		}
	])('$why', ({ header, index, missing, unused }) => {
		const match = findColumns(header, SPEC);
		expect(match.index).toEqual(index);
		expect(match.missing).toEqual(missing);
		expect(match.unused).toEqual(unused);
	});

	it('keeps the header each column was found by, as published', () => {
		const match = findColumns(['Kopsumma_tukst_EUR', 'Registracijas_kods'], SPEC);
		expect(match.header).toEqual({ total: 'Kopsumma_tukst_EUR', regNo: 'Registracijas_kods' });
	});
});

describe('pickColumns', () => {
	it('picks found columns by name, trimmed, and leaves absent ones out', () => {
		const { index } = findColumns(['Nosaukums', 'Registracijas_kods', 'Kopsumma'], SPEC);
		expect(pickColumns(['SIA "Ozols"', ' 40003123451 ', '9531  '], index)).toEqual({
			name: 'SIA "Ozols"',
			regNo: '40003123451',
			total: '9531'
		});
		expect(pickColumns(['only one'], index)).toEqual({ name: 'only one', regNo: '', total: '' });
	});
});
