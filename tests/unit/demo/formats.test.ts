// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/builder/sources/csv';
import { isValidRegNo } from '../../../src/demo/regno';
import { JSON_TITLES } from '../../../src/demo/vid-sections';
import { demo } from '../../fixtures/demo-output';

const BOM = '\uFEFF';
const csv = (file: string, delimiter = ',') => readCsv(demo().text(file), delimiter);

describe('headers and byte-order marks', () => {
	it.each([
		[
			'knab/donations.csv',
			false,
			',Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Dāvinātājs'
		],
		[
			'knab/membership-fees.csv',
			false,
			',Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Biedrs'
		],
		[
			'saeima/deputies.csv',
			false,
			'Deputāts/e,Frakcija,Dzimums,Dzimšanas gads,Dzīvesvieta,Izglitība,Politiska partija,Ievelēts/-a no saraksta,Mandāta statuss,Darbība 13.Saeimā,E-pasta adrese'
		],
		[
			'vid/interests_and_assets.csv',
			false,
			'Surname_name,Mandate_status,Frakcija,DeclYear,filed_as,Committees,Interest_Type,Entity_Type,Entity_name,Entity_RegNum,Position,Income_type,Income_value,Fin_v,Fin_v_value,Entity_Country,Entity_Municipality,Entity_Region,NACE_1,Specif'
		],
		[
			'vid-tax/tax-totals.csv',
			true,
			'"Registracijas_kods","Nosaukums","Taksacijas_gads","Uznemejdarbibas_forma","Pamatdarbibas_NACE_kods","Juridiska_adrese_ATVK_kods","Juridiska_adrese_ATVK_nosaukums","Samaksato_VID_administreto_nodoklu_kopsumma_tukst_EUR","Taja_skaita_IIN","Taja_skaita_VSAOI","Videjais_nodarbinato_personu_skaits_cilv"'
		],
		[
			'vid-tax/tax-totals-2021.csv',
			true,
			'"Reģistrācijas kods","Nosaukums","Taksācijas gads","Uzņēmējdarbības forma","Pamatdarbības NACE kods","Juridiskās adreses ATVK kods","Juridiskās adreses ATVK nosaukums","Samaksāto VID administrēto nodokļu kopsumma, tūkst. EUR","Tajā skaitā, IIN","Tajā skaitā, VSAOI","Vidējais nodarbināto personu skaits, cilv."'
		],
		[
			'ur/register.csv',
			true,
			'regcode;sepa;name;name_before_quotes;name_in_quotes;name_after_quotes;without_quotes;regtype;regtype_text;type;type_text;registered;terminated;closed;address;index;addressid;region;city;atvk;reregistration_term'
		],
		[
			'ur/officers.csv',
			true,
			'id;uri;at_legal_entity_registration_number;entity_type;position;governing_body;name;latvian_identity_number_masked;birth_date;legal_entity_registration_number;rights_of_representation_type;representation_with_at_least;registered_on;last_modified_at'
		],
		[
			'ur/members.csv',
			true,
			'id;uri;at_legal_entity_registration_number;entity_type;name;latvian_identity_number_masked;birth_date;legal_entity_registration_number;number_of_shares;share_nominal_value;share_currency;date_from;registered_on;last_modified_at'
		],
		[
			'ur/beneficial_owners.csv',
			true,
			'id;legal_entity_registration_number;forename;surname;latvian_identity_number_masked;birth_date;nationality;residence;registered_on;last_modified_at'
		]
	])('%s starts with the official header (BOM: %s)', (file, hasBom, header) => {
		const raw = demo().bytes(file).toString('utf8');
		expect(raw.startsWith(BOM)).toBe(hasBom);
		expect(raw.replace(/^\uFEFF/, '').split('\n')[0]).toBe(header);
	});

	it('ends files as the samples do: a1/a2 with a newline, groups.csv and Delna CSV without', () => {
		expect(demo().text('knab/donations.csv').endsWith('\n')).toBe(true);
		expect(demo().text('saeima/deputies.csv').endsWith('\n')).toBe(false);
		expect(demo().text('vid/interests_and_assets.csv').endsWith('\n')).toBe(false);
	});
});

describe('KNAB exports', () => {
	const { rows } = csv('knab/donations.csv');

	it('runs a pandas index, prints EUR n.nn and DD/MM/YYYY, newest first', () => {
		rows.forEach((row, i) => expect(row.cells[0]).toBe(String(i)));
		for (const row of rows) {
			expect(row.values['Vērtība']).toMatch(/^EUR -?\d+\.\d{2}$/);
			expect(row.values['Datums']).toMatch(
				/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/20(19|2[0-5])$/
			);
			expect(row.values['Name']).toBe(row.values['Dāvinātājs']);
		}
		const iso = rows.map((r) => r.values['Datums']!.split('/').reverse().join('-'));
		expect([...iso].sort().reverse()).toEqual(iso);
		expect(rows.filter((r) => Number(r.values['Datums']!.slice(0, 2)) > 12).length).toBeGreaterThan(
			1000
		);
	});

	it('has every code shape of the real export', () => {
		const codes = rows.map((r) => r.values['Personas Kods'] ?? '');
		expect(codes.filter((c) => /^\d{6}-\*{5}$/.test(c)).length).toBeGreaterThan(7500);
		expect(codes.some((c) => c === '')).toBe(true);
		expect(codes.some((c) => /^\d{11}$/.test(c) && isValidRegNo(c))).toBe(true);
		expect(codes.some((c) => /^DE\d{6,7}\*{5}$/.test(c))).toBe(true);
		expect(codes.some((c) => /^\d{7}-\*{5}$/.test(c))).toBe(true);
		expect(
			rows
				.filter((r) => r.values['Name'] === 'ANONĪMS')
				.every((r) => r.values['Personas Kods'] === '')
		).toBe(true);
		expect(rows.some((r) => r.values['Vērtība']!.startsWith('EUR -'))).toBe(true);
		expect(new Set(rows.map((r) => r.values['Veids']))).toEqual(
			new Set(['Nauda', 'Manta vai pakalpojums'])
		);
		expect(rows.some((r) => r.values['Flags'] === 'above_yearly_limit')).toBe(true);
	});

	it('keeps membership fees and entry fees apart', () => {
		const kinds = new Set(csv('knab/membership-fees.csv').rows.map((r) => r.values['Veids']));
		expect(kinds).toEqual(new Set(['Biedra nauda', 'Iestāšanās maksa']));
	});

	it('writes the 2026 API dump with upper-case names and unhyphenated codes', () => {
		const records = JSON.parse(demo().text('knab/donations-2026.json')) as Record<
			string,
			unknown
		>[];
		expect(records.length).toBeGreaterThan(250);
		for (const r of records) {
			expect(Object.keys(r)).toEqual([
				'public_id',
				'party_public_id',
				'party',
				'typeId',
				'type',
				'amountDisplay',
				'currency',
				'firstName',
				'lastName',
				'person',
				'personCode',
				'date'
			]);
			expect(r.person).toBe(String(r.person).toLocaleUpperCase('lv'));
			expect(r.personCode).toMatch(/^\d{6}\*{5}$/);
			expect(r.amountDisplay).toMatch(/^\d+\.\d{2}$/);
			expect(r.date).toMatch(/^\d{2}\.\d{2}\.2026$/);
			expect([1, 2, 4, 5]).toContain(r.typeId);
		}
	});
});

describe('VID files', () => {
	it('writes declarations in the scraper layout with its section titles', () => {
		const list = JSON.parse(demo().text('vid/declarations.json')) as Record<string, unknown>[];
		const titles = new Set<string>(Object.values(JSON_TITLES));
		for (const d of list) {
			expect(Object.keys(d)).toEqual([
				'type',
				'name',
				'workplace',
				'workplace_role',
				'date_added',
				'date_published',
				'year',
				'sections',
				'sectionData'
			]);
			expect(d.name).toBe(String(d.name).toLocaleUpperCase('lv'));
			expect(d.type).toBe(`Kārtējā gada deklarācija - par ${String(d.year)}. gadu`);
			expect(d.date_added).toMatch(/^\d{2}\.\d{2}\.20(2[1-6])$/);
			expect(d.sections).toEqual(Object.keys(d.sectionData as object));
			for (const title of d.sections as string[]) expect(titles.has(title)).toBe(true);
		}
	});

	it('writes saved pages with the 2024 numbering (4b, family in 14)', () => {
		const pages = demo().files.filter((f) => f.startsWith('vid/pages/'));
		expect(pages).toHaveLength(3);
		for (const page of pages) {
			const html = demo().text(page);
			expect(html.match(/<h2>/g)).toHaveLength(16);
			expect(html).toContain('14. Deklarācijas iesniedzēja laulātais');
			expect(html).toMatch(/Vārds, uzvārds:\s*<\/td>\s*<td>\s*[A-ZĀ-Ž-]+(&nbsp;[A-ZĀ-Ž-]+)+\s*</);
		}
	});

	it('prints Delna money with padding, euro sign and comma grouping', () => {
		const { rows } = csv('vid/interests_and_assets.csv');
		const money = rows
			.flatMap((r) => [r.values['Income_value'], r.values['Fin_v_value']])
			.filter((v) => v);
		expect(money.length).toBeGreaterThan(50);
		for (const value of money)
			expect(value).toMatch(/^( {2}\d{1,3}(,\d{3})*\.\d{2} € | € \d{1,3}(,\d{3})*\.\d{2} )$/);
		expect(new Set(rows.map((r) => r.values['DeclYear']))).toEqual(new Set(['2020']));
	});

	it('prints tax totals in thousands with a decimal comma, padded NACE and ?', () => {
		const raw = demo().text('vid-tax/tax-totals.csv');
		const lines = raw.trimEnd().split('\n').slice(1);
		for (const line of lines) expect(line).toMatch(/^"\d{11}",".*","202[2-4]",/);
		const { rows } = csv('vid-tax/tax-totals.csv');
		for (const row of rows) {
			expect(row.values['Samaksato_VID_administreto_nodoklu_kopsumma_tukst_EUR']).toMatch(
				/^\d{1,3}( \d{3})*(,\d{1,2})?$/
			);
			expect(row.values['Pamatdarbibas_NACE_kods']).toMatch(/^(\d{4} {2}|\?)$/);
			expect(row.values['Taja_skaita_IIN']).toMatch(/^(\d{1,3}( \d{3})*(,\d{1,2})?|\?)$/);
		}
		expect(
			rows.some((r) =>
				r.values['Samaksato_VID_administreto_nodoklu_kopsumma_tukst_EUR']!.includes(' ')
			)
		).toBe(true);
		expect(demo().text('vid-tax/tax-totals-2021.csv')).toContain('\u00A0');
	});
});

describe('UR files', () => {
	it('quotes names with quotes and semicolons, and splits them around the quotes', () => {
		const { rows, broken } = csv('ur/register.csv', ';');
		expect(broken).toEqual([]);
		const sia = rows.find((r) => r.values['type'] === 'SIA')!;
		expect(sia.values['name']).toBe(`SIA "${sia.values['name_in_quotes']}"`);
		expect(rows.some((r) => r.values['type_text'] === 'Politiskā partija')).toBe(true);
		for (const row of rows) expect(isValidRegNo(row.values['regcode']!)).toBe(true);
		expect(demo().text('ur/register.csv')).toMatch(/;"SIA ""[^"]+""";SIA;[^;]+;"";0;K;/);
	});

	it('names officers "Surname Firstname" with a masked code and an ISO birth date', () => {
		const { rows } = csv('ur/officers.csv', ';');
		for (const row of rows) {
			expect(row.values['birth_date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const code = row.values['latvian_identity_number_masked']!;
			if (code)
				expect(code).toBe(
					`${row.values['birth_date']!.slice(8, 10)}${row.values['birth_date']!.slice(5, 7)}${row.values['birth_date']!.slice(2, 4)}-*****`
				);
		}
	});
});
