import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	vidTaxTotalsCsv,
	vidTaxTotalsProblem
} from '../../../../src/builder/adapters/vid-tax-totals-csv';
import type { TaxTotalRecord } from '../../../../src/builder/sources/source-records';
import { readSource } from '../../../../src/builder/sources/read-source';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/vid-tax', name);

function taxTotals(path: string) {
	const result = runAdapter(vidTaxTotalsCsv, path);
	const records = result.records as TaxTotalRecord[];
	const byLine = (line: number) => records.find((r) => r.source.record.endsWith(`:${line}`));
	return { ...result, records, byLine };
}

const eur = (cents: number) => ({ cents, currency: 'EUR' });

describe('vidTaxTotalsCsv on the current annual header (BOM, CRLF, quoted)', () => {
	const result = taxTotals(fixture('annual-2023.csv'));

	it('counts every row and rejects the unreadable ones with their line', () => {
		expect(result.rowsRead).toBe(6);
		expect(result.records).toHaveLength(4);
		expect(result.rejected).toEqual([
			{
				line: 4,
				reason: expect.stringMatching(/not an 11-digit registration number: "4000312345"/)
			},
			{ line: 7, reason: expect.stringMatching(/Samaksato_VID.*not an amount: "12\.3\.4"/) }
		]);
	});

	it('reads thousands of EUR with a decimal comma and space or NBSP grouping, exactly', () => {
		expect(result.byLine(2)).toEqual({
			type: 'tax-total',
			company: {
				type: 'organisation',
				name: 'SIA "Ozolkalns"',
				regNo: '40003123451',
				kind: 'company',
				country: 'LV',
				legalForm: 'SIA',
				nace: '9531',
				municipality: 'Rīga'
			},
			year: 2023,
			total: eur(262_250_000), // "2 622,5" thousand EUR
			personalIncomeTax: eur(110_125_000), // "1 101,25" with a no-break space
			employees: 12.5,
			nace: '9531',
			source: { dataset: 'test', record: 'annual-2023.csv:2' }
		});
	});

	it.each([
		[3, { total: eur(40_000), personalIncomeTax: eur(100) }], // "0,4" and "0,001" thousand
		[
			6,
			{ total: eur(-320_000), personalIncomeTax: eur(0), socialContributions: eur(1_200_000_000) }
		]
	])('reads the amounts on line %i exactly', (line, amounts) => {
		expect(result.byLine(line)).toMatchObject(amounts);
	});

	it('keeps a name with ";" and "," inside quotes whole', () => {
		expect(result.byLine(3)?.company.name).toBe('Kalna nams; Lejas nams, SIA');
	});

	it('treats "?" and empty cells as absent, never zero', () => {
		const record = result.byLine(5)!;
		expect(record).not.toHaveProperty('total');
		expect(record).not.toHaveProperty('personalIncomeTax');
		expect(record).not.toHaveProperty('employees');
		expect(record).not.toHaveProperty('nace');
		expect(record.company).not.toHaveProperty('municipality');
		expect(result.byLine(2)).not.toHaveProperty('socialContributions');
	});

	it('warns about nothing in a clean current file', () => expect(result.warnings).toEqual([]));
});

describe('vidTaxTotalsCsv on the older readable labels (semicolons, quoted labels with commas)', () => {
	const result = taxTotals(fixture('annual-2021-old-labels.csv'));

	it('finds the columns by folded name and reads the same way', () => {
		expect(result.rowsRead).toBe(3);
		expect(result.byLine(2)).toMatchObject({
			company: { regNo: '40003123451', name: 'SIA "Ozolkalns"', legalForm: 'SIA', nace: '9531' },
			year: 2021,
			total: eur(123_456_700),
			personalIncomeTax: eur(10_000_000),
			socialContributions: eur(20_010_000),
			employees: 3
		});
		expect(result.byLine(3)).toMatchObject({ total: eur(5_000), company: { legalForm: 'IK' } });
	});

	it('rejects a year that is not four digits', () => {
		expect(result.rejected).toEqual([
			{ line: 4, reason: expect.stringMatching(/not a year: "21"/) }
		]);
	});
});

describe('vidTaxTotalsCsv on the quarterly file', () => {
	const result = taxTotals(fixture('quarterly-2026q2.csv'));

	it('reads year and quarter from "2026. gada 2. ceturksnis" and the _summa columns as thousands', () => {
		expect(result.byLine(2)).toMatchObject({
			year: 2026,
			quarter: 2,
			total: eur(65_570_000),
			vat: eur(30_020_000),
			personalIncomeTax: eur(11_015_000),
			socialContributions: eur(20_000_000),
			employees: 13
		});
	});

	it('keeps a row of "?" as a record with no figures', () => {
		const record = result.byLine(3)!;
		expect(record).toMatchObject({ year: 2026, quarter: 2, company: { regNo: '50003987652' } });
		expect(Object.keys(record).sort()).toEqual(['company', 'quarter', 'source', 'type', 'year']);
	});

	it('rejects a quarter that does not exist', () => {
		expect(result.rejected).toEqual([{ line: 4, reason: expect.stringMatching(/not a quarter/) }]);
	});
});

describe('vidTaxTotalsCsv units and marks decided per file', () => {
	const read = (text: string) => vidTaxTotalsCsv.read(sourceFile('t.csv', text), { dataset: 't' });
	const head = 'Registracijas_kods,Taksacijas_gads_ceturksnis,';
	const TOTAL = 'Samaksato_VID_administreto_nodoklu_kopsumma';
	it.each([
		['a total said to be in EUR is read as EUR', `${TOTAL}_EUR`, eur(250), eur(10)],
		['unit-less parts follow a thousands total', `${TOTAL}_tukst_EUR`, eur(250_000), eur(10_000)]
	])('%s', (_why, totalHeader, total, iin) => {
		const text = `${head}${totalHeader},Taja_skaita_IIN_summa\n40003123451,2026. gada 1. ceturksnis,"2,5","0,1"\n`;
		expect(read(text).records[0]).toMatchObject({ total, personalIncomeTax: iin });
	});

	it('reads a file with decimal points only, and says so', () => {
		const result = read(
			`${head}Samaksato_VID_administreto_nodoklu_kopsumma_tukst_EUR\n40003123451,2026. gada 1. ceturksnis,2.5\n`
		);
		expect(result.records[0]).toMatchObject({ total: eur(250_000) });
		expect(result.warnings).toEqual([
			expect.stringMatching(/decimal point/),
			expect.stringMatching(/Nosaukums/)
		]);
	});

	it('names a column it does not know instead of dropping it silently', () => {
		const result = read(
			`Registracijas_kods,Nosaukums,Taksacijas_gads_ceturksnis,${TOTAL}_tukst_EUR,Taja_skaita_PVN_atmaksa\n40003123451,SIA X,2026. gada 1. ceturksnis,"1","2"\n`
		);
		expect(result.warnings).toEqual(['columns not read: Taja_skaita_PVN_atmaksa']);
	});

	it('refuses, naming the columns, a file it is forced to read but cannot', () => {
		expect(() => read('Nosaukums,Apgrozijums\nSIA X,1\n')).toThrow(
			/t\.csv: not a vid-tax-totals-csv file: no column “Reģistrācijas kods”, “Taksācijas gads” or “Taksācijas gads ceturksnis”, “Samaksāto VID/
		);
	});
});

describeRealData('vidTaxTotalsCsv and the derived family-doctors table', () => {
	// Read inside the tests: when the samples are absent the block is skipped, not broken.
	const derived = () => readSource(realPath('lv-vid-tax-derived', 'dump_family_doctors_2021.csv'));

	it('does not detect a derived join as a VID file, and says why', () => {
		expect(vidTaxTotalsCsv.detect(derived())).toBe(false);
		expect(vidTaxTotalsProblem(derived())).toMatch(
			/no column “Reģistrācijas kods”, “Taksācijas gads”/
		);
	});

	it('refuses to read it even when forced, naming the missing columns', () => {
		expect(() => vidTaxTotalsCsv.read(derived(), { dataset: 't' })).toThrow(
			/dump_family_doctors_2021\.csv: not a vid-tax-totals-csv file: no column “Reģistrācijas kods”/
		);
	});
});
