import { describe, expect, it } from 'vitest';
import { readItem } from '../../../../src/builder/adapters/declaration-items';
import {
	classifySection,
	cleanName,
	institutionKind,
	matchSection,
	sectionLabel,
	splitRegNo
} from '../../../../src/builder/adapters/declaration-sections';
import {
	declarationKind,
	declarationYear
} from '../../../../src/builder/adapters/vid-declaration-build';

// Titles as the VID forms word them (2011 and 2024), cut where the rest adds nothing.
describe('classifySection', () => {
	it.each([
		[
			'2. Citi amati, kurus deklarācijas iesniedzējs ieņem papildus valsts amatpersonas amatam',
			'post'
		],
		[
			'3. Deklarācijas iesniedzēja īpašumā (kopīpašumā), valdījumā vai lietošanā esošie nekustamie īpašumi',
			'real-estate'
		],
		[
			'4. Komercsabiedrības, kuru dalībnieks, akcionārs vai biedrs ir deklarācijas iesniedzējs',
			'shares'
		],
		[
			'Deklarācijas iesniedzējam piederošie finanšu instrumenti – parāda vērtspapīri (piemēram, obligācijas)',
			'shares'
		],
		['5. Deklarācijas iesniedzējam piederošie reģistrējamie transportlīdzekļi', 'vehicle'],
		['6. Deklarācijas iesniedzēja skaidrās un bezskaidrās naudas uzkrājumi', 'savings'],
		[
			'7. Visi deklarācijas iesniedzēja pārskata periodā gūtie ienākumi, … ienākumi no kustamās un nekustamās mantas realizācijas',
			'income'
		],
		['8. Deklarācijas iesniedzēja pārskata periodā veiktie darījumi', 'transaction'],
		['9. Deklarācijas iesniedzēja parādsaistības, kuru apmērs pārsniedz 20 …', 'debt'],
		['10. Deklarācijas iesniedzēja izsniegtie aizdevumi, kuru summa pārsniedz 20 …', 'loan-given'],
		['11. Informācija par citiem faktiem, kas … attiecas uz viņa mantisko stāvokli', 'other'],
		[
			'11. Informācija par gūto labumu … no citai personai piederošas vai pārvaldīšanā nodotas lietas',
			'other'
		],
		[
			'Informācija par gūto labumu … kapitāla daļām, akcijām un citiem … finanšu instrumentiem',
			'other'
		],
		['Ja ir noslēgts līgums (piemēram, trasta līgums), norāda līguma noslēgšanas datumu', 'other'],
		[
			'12. Deklarācijas iesniedzējs … vai tam ir vai nav uzkrāti līdzekļi privātajos pensiju fondos',
			'other'
		],
		[
			'13. Cita informācija, kuru vēlas norādīt … amata pienākumos ietilpstošas darbības veikšanā',
			'other'
		],
		[
			'12. Deklarācijas iesniedzēja laulātais, brāļi un māsas, vecāki (arī adoptētāji), bērni',
			'family'
		],
		[
			'14. Deklarācijas iesniedzēja laulātais, vecāki un pilngadīgie brāļi, māsas un bērni',
			'family'
		],
		['16. DEKLARĀCIJAS IESNIEDZĒJA RADINIEKI', 'family'],
		['  \n ', 'ignore']
	] as const)('%s → %s', (title, section) => expect(classifySection(title)).toBe(section));

	it('says when it did not recognise a title', () => {
		expect(matchSection('16. Informācija par kriptoaktīviem')).toEqual({
			section: 'other',
			isKnown: false
		});
		expect(matchSection('9. Deklarācijas iesniedzēja parādsaistības').isKnown).toBe(true);
	});
});

describe('splitRegNo', () => {
	it.each([
		[
			'40000000025 Latvija, Rīga, Testa iela 7',
			{ regNo: '40000000025', address: 'Latvija, Rīga, Testa iela 7' }
		],
		[
			"'LATVIJAS REPUBLIKAS SAEIMA', 90000028300, Latvija, Rīga, Jēkaba 11",
			{
				name: 'LATVIJAS REPUBLIKAS SAEIMA',
				regNo: '90000028300',
				address: 'Latvija, Rīga, Jēkaba 11'
			}
		],
		[
			'AS "Testa Banka", 40000000003, Latvija, Rīga',
			{ name: 'AS "Testa Banka"', regNo: '40000000003', address: 'Latvija, Rīga' }
		],
		['Anete Bērzkalne, ,', { name: 'Anete Bērzkalne' }],
		[
			'TESTA INSURANCE SE, , Vācija, Berlīne',
			{ name: 'TESTA INSURANCE SE', address: 'Vācija, Berlīne' }
		],
		['JĀNIS PIEMĒRS', { name: 'JĀNIS PIEMĒRS' }],
		['SIA "Simts 12345678901234"', { name: 'SIA "Simts 12345678901234"' }],
		['', {}]
	] as const)('splits %j', (cell, expected) => expect(splitRegNo(cell)).toEqual(expected));
});

describe('cleanName', () => {
	it.each([
		["'LATVIJAS VALSTS PREZIDENTA KANCELEJA'", 'LATVIJAS VALSTS PREZIDENTA KANCELEJA'],
		['  SIA  "AVOTS" , ', 'SIA "AVOTS"'],
		["Jāņa 'Bites' birojs", "Jāņa 'Bites' birojs"]
	])('cleans %j', (raw, expected) => expect(cleanName(raw)).toBe(expected));
});

describe('institutionKind', () => {
	it.each([
		['Latvijas Republikas Saeima', 'institution'],
		['Rīgas pilseta pašvaldība', 'municipality'],
		['Jelgavas Novada Pašvaldība', 'municipality'],
		['Ķemeru novada dome', 'municipality'],
		['Satiksmes ministrija', 'institution']
	])('%s is a %s', (name, kind) => expect(institutionKind(name)).toBe(kind));
});

describe('sectionLabel', () => {
	it.each([
		['14. Deklarācijas iesniedzēja laulātais', 'section 14'],
		[
			'Deklarācijas iesniedzējam piederošie finanšu instrumenti – parāda vērtspapīri',
			'section "Deklarācijas iesniedzējam piederošie finanšu instrumenti …"'
		]
	])('labels %j', (title, label) => expect(sectionLabel(title)).toBe(label));
});

describe('declarationKind and declarationYear', () => {
	it.each([
		['Kārtējā gada deklarācija - par 2024. gadu', 'annual', 2024],
		['Valsts amatpersonas deklarācija, stājoties amatā', 'taking-office', undefined],
		[
			'Deklarācija, beidzot pildīt valsts amatpersonas amata pienākumus',
			'leaving-office',
			undefined
		],
		['Deklarācija, atstājot amatu - par 2019. gadu', 'leaving-office', 2019],
		['Deklarācija pēc 24 mēnešiem', 'other', undefined]
	] as const)('%s', (text, kind, year) => {
		expect(declarationKind(text)).toBe(kind);
		expect(declarationYear(text)).toBe(year);
	});

	it('falls back to the year field', () => expect(declarationYear('Cita', ' 2011 ')).toBe(2011));
});

describe('readItem', () => {
	it.each([
		[
			'shares',
			{
				'Kapitāla daļu skaits': '7.5',
				'Juridiskās personas nosaukums': 'SIA "A"',
				Summa: '1',
				Valūta: 'EUR'
			},
			{ section: 'shares', company: { name: 'SIA "A"' }, value: { cents: 100, currency: 'EUR' } },
			['count "7.5" is not a whole number; left out']
		],
		[
			'real-estate',
			{
				'Nekustamā īpašuma veids': 'Zeme',
				'Nekustamā īpašuma atrašanās vieta': 'Latvija, Valka',
				'Atzīme par to, vai ir īpašumā (kopīpašumā)': 'kopīpašumā',
				'Ja ir kopīpašumā, norādīt īpašnieka vai līdzīpašnieka vārdu': 'TESTS TESTIŅŠ'
			},
			{
				section: 'real-estate',
				type: 'Zeme',
				location: 'Latvija, Valka',
				holding: 'kopīpašumā (TESTS TESTIŅŠ)'
			},
			[]
		],
		[
			'vehicle',
			{
				'Transportlīdzekļa veids': 'Motocikls',
				Marka: 'TESTA',
				'Izlaides gads': '—',
				'Reģistrācijas gads': '2001'
			},
			{ section: 'vehicle', type: 'Motocikls', make: 'TESTA', registeredYear: 2001 },
			['year "—" is not a year; left out']
		],
		[
			'other',
			{ 'Publicējamā daļa': ' - ', Piezīme: 'Teksts' },
			{ section: 'other', text: 'Teksts' },
			[]
		]
	] as const)('reads a %s row', (section, row, item, warnings) =>
		expect(readItem(section, row)).toEqual({ item, warnings })
	);

	it.each([
		[
			'savings',
			{ 'Skaidrās naudas uzkrājuma summa ar cipariem': '10.00', Valūta: 'eiro' },
			'no currency for amount "10.00"'
		],
		['debt', { 'Summa ar cipariem': '1 000,50', Valūta: 'EUR' }, 'not an amount: "1 000,50"'],
		['family', { 'Vārds, uzvārds': 'TESTS TESTIŅŠ' }, 'no relation'],
		['other', { 'Publicējamā daļa': '-' }, 'empty row']
	] as const)('rejects a %s row', (section, row, error) =>
		expect(readItem(section, row)).toEqual({ error })
	);
});
