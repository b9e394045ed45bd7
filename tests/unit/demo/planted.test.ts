// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/builder/sources/csv';
import { foldText } from '../../../src/model/fold-name';
import { demo } from '../../fixtures/demo-output';

interface Location {
	file: string;
	line?: number;
	index?: number;
}
interface PlantedPerson {
	key: string;
	name: string;
	birthDate: string;
	records: Location[];
}
interface Planted {
	cases: {
		id: string;
		people: PlantedPerson[];
		companies: { name: string; regNo: string; records: Location[] }[];
		rows: Record<string, { count: number; records: Location[] }>;
	}[];
}

let plantedJson: Planted | undefined;
const planted = () => (plantedJson ??= JSON.parse(demo().text('planted.json')) as Planted);
const plantedCase = (id: string) => {
	const found = planted().cases.find((c) => c.id === id);
	if (!found) throw new Error(`planted.json has no case ${id}`);
	return found;
};
const jsonCache = new Map<string, unknown[]>();
const jsonArray = (file: string) => {
	if (!jsonCache.has(file)) jsonCache.set(file, JSON.parse(demo().text(file)) as unknown[]);
	return jsonCache.get(file)!;
};
/** The values of the CSV record at a location, keyed by header. */
const tables = new Map<string, Map<number, Record<string, string>>>();
const csvRecord = (location: Location): Record<string, string> => {
	let byLine = tables.get(location.file);
	if (!byLine) {
		const delimiter = location.file.startsWith('ur/') ? ';' : ',';
		const { rows } = readCsv(demo().text(location.file), delimiter);
		byLine = new Map(rows.map((r) => [r.line, r.values]));
		tables.set(location.file, byLine);
	}
	const row = byLine.get(location.line ?? -1);
	if (!row) throw new Error(`${location.file} has no record on line ${location.line}`);
	return row;
};
const fragment = (birth: string) => birth.slice(8, 10) + birth.slice(5, 7) + birth.slice(2, 4);
const upper = (s: string) => s.toLocaleUpperCase('lv');
const fold = (s: string) => foldText(s).replace(/,/g, '').split(' ').sort().join(' ');

/** Checks that a record names the person consistently with name and birth date. */
function expectPersonAt(person: PlantedPerson, location: Location): void {
	const where = `${person.key} at ${JSON.stringify(location)}`;
	const [first, ...rest] = person.name.split(' ');
	const last = rest.join(' ');
	const { file } = location;
	if (file.endsWith('.html')) {
		expect(demo().text(file), where).toContain(upper(person.name).replace(/ /g, '&nbsp;'));
	} else if (file === 'vid/declarations.json') {
		expect((jsonArray(file)[location.index!] as { name: string }).name, where).toBe(
			upper(person.name)
		);
	} else if (file === 'knab/donations-2026.json') {
		const r = jsonArray(file)[location.index!] as { person: string; personCode: string };
		expect([r.person, r.personCode], where).toEqual([
			upper(person.name),
			`${fragment(person.birthDate)}*****`
		]);
	} else if (file === 'saeima/deputies.csv') {
		const r = csvRecord(location);
		expect([r['Deputāts/e'], r['Dzimšanas gads']], where).toEqual([
			`${last}, ${first}`,
			person.birthDate.slice(0, 4)
		]);
	} else if (file === 'vid/interests_and_assets.csv') {
		expect(csvRecord(location)['Surname_name'], where).toBe(`${last}, ${first}`);
	} else if (file.startsWith('knab/')) {
		const r = csvRecord(location);
		expect(fold(r['Name']!), where).toBe(fold(person.name));
		const code = r['Personas Kods']!;
		// Dirty codes are planted on purpose; every clean one carries the birth date.
		if (/^\d{6}-\*{5}$/.test(code)) expect(code, where).toBe(`${fragment(person.birthDate)}-*****`);
	} else if (file === 'ur/beneficial_owners.csv') {
		const r = csvRecord(location);
		expect([r['forename'], r['surname'], r['birth_date']], where).toEqual([
			first,
			last,
			person.birthDate
		]);
	} else if (file.startsWith('ur/')) {
		const r = csvRecord(location);
		expect([r['name'], r['birth_date']], where).toEqual([`${last} ${first}`, person.birthDate]);
	} else throw new Error(`unexpected file ${file} for ${where}`);
}

describe('planted.json', () => {
	it('lists every case the linking evaluation needs', () => {
		expect(planted().cases.map((c) => c.id)).toEqual([
			'namesake-different-birth-dates',
			'same-name-same-birth-year',
			'name-orders-across-files',
			'missing-diacritics',
			'refunds',
			'anonymous-donors',
			'shares-board-donors',
			'deputy-also-donor',
			'legal-entity-donors',
			'minister-on-board',
			'double-surnames',
			'dirty-codes',
			'flag-major-donor',
			'flag-donations-over-income',
			'flag-party-gifts',
			'flag-declarations',
			'flag-companies'
		]);
	});

	it('points at records that name each person with the same name and birth date', () => {
		for (const c of planted().cases) {
			for (const person of c.people) {
				expect(person.records.length, person.key).toBeGreaterThan(0);
				for (const location of person.records) expectPersonAt(person, location);
			}
		}
	});

	it('points at register and tax rows of each planted company', () => {
		for (const c of planted().cases) {
			for (const company of c.companies) {
				const files = company.records.map((r) => r.file);
				expect(files).toContain('ur/register.csv');
				for (const location of company.records.filter((r) => r.file.startsWith('ur/'))) {
					const r = csvRecord(location);
					expect(
						r['regcode'] ??
							r['at_legal_entity_registration_number'] ??
							r['legal_entity_registration_number']
					).toBe(company.regNo);
				}
			}
		}
	});

	it('plants namesakes: same name, different birth dates (and once the same year)', () => {
		const [deputy, donor] = plantedCase('namesake-different-birth-dates').people;
		expect(deputy!.name).toBe(donor!.name);
		expect(deputy!.birthDate.slice(0, 4)).not.toBe(donor!.birthDate.slice(0, 4));
		const [a, b] = plantedCase('same-name-same-birth-year').people;
		expect(a!.name).toBe(b!.name);
		expect(a!.birthDate.slice(0, 4)).toBe(b!.birthDate.slice(0, 4));
		expect(a!.birthDate).not.toBe(b!.birthDate);
	});

	it('shows the deputy-donor in every file with every name order', () => {
		const [maris] = plantedCase('deputy-also-donor').people;
		const files = new Set(maris!.records.map((r) => r.file));
		for (const file of [
			'saeima/deputies.csv',
			'knab/donations.csv',
			'knab/donations-2026.json',
			'vid/declarations.json',
			'ur/officers.csv'
		]) {
			expect(files).toContain(file);
		}
	});

	it("ties declared shares to a board whose members donate to the declarer's party", () => {
		const c = plantedCase('shares-board-donors');
		const [declarer, ...board] = c.people;
		const company = c.companies[0]!;
		const declarations = declarer!.records.filter((r) => r.file === 'vid/declarations.json');
		const shares = declarations.map((r) => JSON.stringify(jsonArray(r.file)[r.index!]));
		expect(shares.every((text) => text.includes(company.regNo))).toBe(true);
		for (const member of board) {
			const officer = member.records.find((r) => r.file === 'ur/officers.csv')!;
			expect(csvRecord(officer)['at_legal_entity_registration_number']).toBe(company.regNo);
			expect(member.records.some((r) => r.file === 'knab/donations.csv')).toBe(true);
		}
	});

	it('records refunds, anonymous rows, dirty codes and the undiacritical spelling', () => {
		for (const location of plantedCase('refunds').rows['refund']!.records) {
			expect(csvRecord(location)['Vērtība']).toMatch(/^EUR -?\d+\.\d{2}$/);
		}
		expect(
			plantedCase('refunds').rows['refund']!.records.some((l) =>
				csvRecord(l)['Vērtība']!.startsWith('EUR -')
			)
		).toBe(true);
		for (const location of plantedCase('anonymous-donors').rows['anonymous']!.records) {
			expect(csvRecord(location)).toMatchObject({ Name: 'ANONĪMS', 'Personas Kods': '' });
		}
		for (const location of plantedCase('dirty-codes').rows['typo-code']!.records) {
			expect(csvRecord(location)['Personas Kods']).not.toMatch(/^\d{6}-\*{5}$/);
		}
		const typo = plantedCase('missing-diacritics');
		const [undiacritical] = typo.rows['no-diacritics']!.records;
		const withoutMarks = typo.people[0]!.name.normalize('NFD').replace(/\p{M}/gu, '');
		expect(withoutMarks).not.toBe(typo.people[0]!.name);
		expect(csvRecord(undiacritical!)['Name']).toBe(withoutMarks);
	});
});
