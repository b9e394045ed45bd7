import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knabDonationsCsv } from '../../../../src/builder/adapters/knab-donations-csv';
import type { DonationRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter, sourceFile } from '../../../fixtures/adapters';
import { csvRows } from '../../../fixtures/cited-records';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/knab', name);

function donations(path: string, dateOrder?: 'DMY' | 'MDY') {
	const result = runAdapter(knabDonationsCsv, path);
	const read = dateOrder
		? knabDonationsCsv.read(result.file, { dataset: 'test', dateOrder })
		: result;
	const records = read.records as DonationRecord[];
	const byLine = (line: number) => records.find((r) => r.source.record.endsWith(`:${line}`));
	return { ...read, records, byLine };
}

describe('knabDonationsCsv on the a1 layout, day-first', () => {
	const result = donations(fixture('donations-dmy.csv'));

	it('counts every row, keeping readable ones and rejecting the rest with their line', () => {
		expect(result.rowsRead).toBe(23);
		expect(result.records).toHaveLength(18);
		expect(result.rejected.map((r) => r.line)).toEqual([15, 16, 17, 18, 19]);
	});

	it.each([
		[15, /unknown donation type "Dāvana"/],
		[16, /not an amount/],
		[17, /no such date/],
		[18, /no party/],
		[19, /10 fields where the header has 9/]
	])('rejects line %i saying why', (line, reason) => {
		expect(result.rejected.find((r) => r.line === line)?.reason).toMatch(reason);
	});

	it('decides day-first from the data and says so', () => {
		expect(result.warnings[0]).toMatch(/^dates read day-first \(DMY\)/);
		expect(result.byLine(2)?.date).toBe('2022-02-14');
		expect(result.byLine(3)?.date).toBe('2022-04-03');
	});

	it.each([
		[2, 'money'],
		[3, 'goods-services'],
		[4, 'membership-fee'],
		[5, 'entry-fee']
	])('reads the type on line %i as %s', (line, kind) => {
		expect(result.byLine(line)?.kind).toBe(kind);
	});

	it('keeps a refund negative, as published', () => {
		expect(result.byLine(6)).toMatchObject({
			amount: { cents: -4000, currency: 'EUR' },
			isRefund: true
		});
		expect(result.byLine(2)?.isRefund).toBe(false);
	});

	it.each([7, 8, 24])('reads ANONĪMS in any spelling on line %i as no donor', (line) => {
		expect(result.byLine(line)?.donor).toBeNull();
	});

	it('reads an 11-digit code as a company with that registration number', () => {
		expect(result.byLine(9)).toMatchObject({
			donorName: 'Zaļā Lapa, SIA',
			donorCode: '40000000017',
			donor: {
				type: 'organisation',
				name: 'Zaļā Lapa, SIA',
				regNo: '40000000017',
				kind: 'company'
			},
			isRefund: true
		});
	});

	it.each([
		[2, '150385-*****'],
		[3, '050792*****'],
		[21, '321234-*****'],
		[22, '180799 -*****']
	])('keeps the masked code on line %i as published', (line, maskedCode) => {
		expect(result.byLine(line)?.donor).toEqual({
			type: 'person',
			name: expect.any(String),
			maskedCode
		});
	});

	it('turns "Surname, Name" into "Name Surname" for the person, not for donorName', () => {
		expect(result.byLine(4)?.donorName).toBe('Liepiņa, Marta');
		expect(result.byLine(4)?.donor).toMatchObject({ name: 'Marta Liepiņa' });
	});

	it('reads a foreign code with its country', () => {
		expect(result.byLine(11)?.donor).toEqual({
			type: 'person',
			name: 'Hans Beispiel',
			maskedCode: 'DE7001019*****',
			country: 'DE'
		});
		expect(result.byLine(11)?.amount.cents).toBe(1);
	});

	it('keeps a named donor without a code and counts it in a warning', () => {
		expect(result.byLine(10)?.donor).toEqual({ type: 'person', name: 'Rūta Kalnēja' });
		expect(result.warnings).toContain(
			'1 named donor(s) published without a code, read without one (10)'
		);
	});

	it('keeps a donation whose code is dirty, drops the code, and names line and value', () => {
		expect(result.byLine(12)?.donor).toEqual({ type: 'person', name: 'Oskars Bērzkalns' });
		expect(result.byLine(12)?.donorCode).toBe('0311889-*****');
		expect(result.warnings.some((w) => w.startsWith('line 12: donor code "0311889-*****"'))).toBe(
			true
		);
	});

	it.each([
		[13, 'SIA Mākoņu Darbnīca', '4010999999'],
		[23, 'THE EXAMPLE FUND LTD', '00000000009']
	])(
		'reads line %i (legal form, unusable code) as an organisation without reg. no.',
		(line, name, code) => {
			expect(result.byLine(line)?.donor).toEqual({ type: 'organisation', name, kind: 'company' });
			expect(result.warnings.some((w) => w.startsWith(`line ${line}: donor code "${code}"`))).toBe(
				true
			);
		}
	);

	it('splits the flags column and reads the currency prefix', () => {
		expect(result.byLine(14)?.flags).toEqual(['above_yearly_limit', 'late_report']);
		expect(result.byLine(20)?.amount).toEqual({ cents: 10000, currency: 'LVL' });
	});

	it('names the party as an organisation of kind party, with the source line', () => {
		expect(result.byLine(2)).toMatchObject({
			party: { type: 'organisation', name: 'Izdomātā partija, Politiskā partija', kind: 'party' },
			source: { dataset: 'test', record: 'donations-dmy.csv:2' }
		});
	});

	it('warns when the Name and Dāvinātājs columns disagree', () => {
		expect(result.warnings).toContain('line 5: Name and Dāvinātājs differ; Name used');
	});
});

describe('knabDonationsCsv date order', () => {
	it('decides month-first for an a2-layout file whose second part passes 12', () => {
		const result = donations(fixture('donations-mdy.csv'));
		expect(result.warnings[0]).toMatch(/^dates read month-first \(MDY\)/);
		expect(result.records.map((r) => r.date)).toEqual(['2022-02-14', '2022-03-04', '2022-12-31']);
		expect(result.records.map((r) => r.kind)).toEqual(Array(3).fill('membership-fee'));
		expect(result.byLine(4)?.isRefund).toBe(true);
		// A fees file is named for what it holds, never "dāvinājumi" (donations).
		expect(result.title).toBe('Politisko partiju finansēšana: biedru naudas');
	});

	it('rejects every row of a file it cannot decide, never guessing', () => {
		const result = donations(fixture('donations-undecidable.csv'));
		expect(result.records).toEqual([]);
		expect(result.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
		expect(result.rejected[0]?.reason).toMatch(/day\/month order undecidable.*--date-order/);
	});

	it('reads an undecidable file in the order the caller gives', () => {
		const result = donations(fixture('donations-undecidable.csv'), 'DMY');
		expect(result.records.map((r) => r.date)).toEqual(['2022-04-03', '2022-06-05', '2022-12-11']);
		expect(result.warnings[0]).toBe('dates read day-first (DMY) as told');
	});

	it('rejects the rows an override contradicts and says the data disagrees', () => {
		const result = donations(fixture('donations-mdy.csv'), 'DMY');
		expect(result.rejected.map((r) => r.line)).toEqual([2, 4]);
		expect(result.warnings[0]).toMatch(/as told; the data says month-first/);
	});
});

describe('knabDonationsCsv columns', () => {
	it('finds reordered columns by name, with another delimiter and no index column', () => {
		const result = donations(fixture('donations-reordered.csv'));
		expect(result.rejected).toEqual([]);
		expect(result.records).toMatchObject([
			{ date: '2022-02-14', donor: { type: 'person', maskedCode: '150385-*****' } },
			{ date: '2022-03-15', isRefund: true, donor: { type: 'organisation', regNo: '40000000017' } }
		]);
	});

	it('rejects every row when the header lacks a column it needs', () => {
		const file = sourceFile(
			'short.csv',
			'Partija,Veids,Name,Datums\nZiemeļu Alianse,Nauda,Ilze Priedīte,14/02/2022\n'
		);
		const result = knabDonationsCsv.read(file, { dataset: 'test' });
		expect(result.rowsRead).toBe(1);
		expect(result.rejected).toEqual([{ line: 2, reason: 'header has no amount, code column' }]);
	});
});

/**
 * The raw cells of a real sample, read with this test's own plain patterns (not the adapter):
 * the rows a test checks are found here at run time, so no row of the sample is written into
 * the project.
 */
function rawDonations(file: string) {
	const rows = csvRows(readFileSync(realPath('lv-knab-donations-delna-iw', file), 'utf8'));
	rows.delete(1); // the header
	/** `EUR -12.34` → -1234. */
	const cents = (cell: string) => {
		const match = /^EUR (-?)(\d+)\.(\d\d)$/.exec(cell);
		if (!match) throw new Error(`not an amount: ${cell}`);
		return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
	};
	/** `31/12/2030` → 2030-12-31 (both files are day-first). */
	const isoDate = (cell: string) => cell.replace(/^(\d\d)\/(\d\d)\/(\d{4})$/, '$3-$2-$1');
	const lines = [...rows.keys()];
	const amountOn = (line: number) => cents(rows.get(line)![3]!);
	/** The line of the largest refund: the most negative amount cell. */
	const largestRefund = () =>
		lines.reduce((best, line) => (amountOn(line) < amountOn(best) ? line : best));
	return { rows, lines, cents, isoDate, amountOn, largestRefund };
}

describeRealData('knabDonationsCsv', () => {
	describe('a1.csv (money donations)', () => {
		const result = donations(realPath('lv-knab-donations-delna-iw', 'a1.csv'));
		const donors = result.records.map((r) => r.donor);
		// The donor's name and code as the row publishes them, read at test time: real rows stay
		// out of the project.
		const raw = rawDonations('a1.csv');
		const { rows } = raw;
		const donorOn = (line: number) => {
			const cells = rows.get(line)!;
			return { name: cells[4]!, code: cells[5]! };
		};

		it('reads all 26,122 rows and rejects none', () => {
			expect(result.rowsRead).toBe(26122);
			expect(result.records).toHaveLength(26122);
			expect(result.rejected).toEqual([]);
		});

		it('decides day-first from the data', () => {
			expect(result.warnings[0]).toBe(
				'dates read day-first (DMY): 15277 of 26122 dates have a day above 12'
			);
		});

		it('finds 291 refunds and reads the largest one', () => {
			expect(result.records.filter((r) => r.isRefund)).toHaveLength(291);
			expect(raw.lines.filter((line) => raw.amountOn(line) < 0)).toHaveLength(291);
			const line = raw.largestRefund();
			expect(raw.amountOn(line)).toBeLessThan(0);
			expect(result.byLine(line)).toMatchObject({
				amount: { cents: raw.amountOn(line), currency: 'EUR' },
				isRefund: true
			});
		});

		it('reads 106 anonymous donations, 38 of them refunds', () => {
			const anonymous = result.records.filter((r) => r.donor === null);
			expect(anonymous).toHaveLength(106);
			expect(anonymous.filter((r) => r.isRefund)).toHaveLength(38);
		});

		it('reads the first company refund as a company with its reg. no., amount and date', () => {
			// The first row whose code cell is an 11-digit number and whose amount is negative.
			const line = raw.lines.find((l) => /^\d{11}$/.test(donorOn(l).code) && raw.amountOn(l) < 0)!;
			expect(line).toBeDefined();
			const { name, code } = donorOn(line);
			expect(result.byLine(line)).toMatchObject({
				donor: { type: 'organisation', name, regNo: code, kind: 'company' },
				amount: { cents: raw.amountOn(line), currency: 'EUR' },
				isRefund: true,
				date: raw.isoDate(rows.get(line)![6]!)
			});
			expect(result.byLine(line)?.date).toMatch(/^\d{4}-\d\d-\d\d$/);
		});

		it('splits donors by code: 68 companies with a reg. no., 100 German codes, 41 persons without one', () => {
			const orgs = donors.filter((d) => d?.type === 'organisation');
			expect(orgs.filter((d) => d?.regNo)).toHaveLength(68);
			expect(orgs.filter((d) => !d?.regNo)).toHaveLength(4);
			const people = donors.filter((d) => d?.type === 'person');
			expect(people.filter((d) => d?.country === 'DE')).toHaveLength(100);
			expect(people.filter((d) => d?.maskedCode)).toHaveLength(25903);
			expect(people.filter((d) => !d?.maskedCode)).toHaveLength(41);
		});

		it('warns about the 45 unusable codes, each with its line and that line’s code, and keeps those donations', () => {
			const dirty = result.warnings.filter((w) => /^line \d+: donor code/.test(w));
			expect(dirty).toHaveLength(45);
			const named = dirty.map((w) => {
				const [, line, code] = /^line (\d+): donor code "(.*)" unusable/.exec(w) ?? [];
				return { line: Number(line), code };
			});
			// Each warning quotes the code cell of the line it names, as published.
			for (const { line, code } of named) expect(code).toBe(donorOn(line).code.trim());
			// The first one is the first row whose code has none of the published shapes
			// (DDMMYY-*****, an 11-digit number, a German code, or none).
			const firstOdd = raw.lines.find(
				(line) => !/^(\d{6}-\*{5}|\d{11}|DE\d+\*+)?$/.test(donorOn(line).code)
			);
			expect(named[0]?.line).toBe(firstOdd);
			expect(result.byLine(firstOdd!)).toBeDefined();
			expect(donorOn(9094).name).toMatch(/^SIA /);
			expect(result.byLine(9094)?.donor).toEqual({
				type: 'organisation',
				name: donorOn(9094).name,
				kind: 'company'
			});
		});

		it('carries 2,962 above_yearly_limit flags', () => {
			expect(result.records.filter((r) => r.flags.includes('above_yearly_limit'))).toHaveLength(
				2962
			);
		});
	});

	describe('a2.csv (membership fees)', () => {
		const result = donations(realPath('lv-knab-donations-delna-iw', 'a2.csv'));
		const raw = rawDonations('a2.csv');

		it('reads all 2,288 rows as membership fees, day-first, and reports the repeated rows', () => {
			expect(result.rowsRead).toBe(2288);
			expect(result.records).toHaveLength(2288);
			expect(result.rejected).toEqual([]);
			expect(new Set(result.records.map((r) => r.kind))).toEqual(new Set(['membership-fee']));
			// 29 rows equal an earlier row in every column but the index (counted by hand with
			// Python's csv module): reported, and kept, since equal fees on one day can be real.
			expect(result.warnings).toEqual([
				'dates read day-first (DMY): 1145 of 2288 dates have a day above 12',
				expect.stringMatching(/^29 row\(s\) repeat an earlier row's values exactly; all kept/)
			]);
		});

		it('finds 12 refunds and reads the largest one', () => {
			expect(result.records.filter((r) => r.isRefund)).toHaveLength(12);
			expect(raw.lines.filter((line) => raw.amountOn(line) < 0)).toHaveLength(12);
			const line = raw.largestRefund();
			expect(raw.amountOn(line)).toBeLessThan(0);
			expect(result.byLine(line)?.amount).toEqual({ cents: raw.amountOn(line), currency: 'EUR' });
			expect(result.records.filter((r) => r.flags.length > 0)).toHaveLength(649);
		});

		it('is titled membership fees, not donations', () => {
			expect(result.title).toBe('Politisko partiju finansēšana: biedru naudas');
			expect(donations(realPath('lv-knab-donations-delna-iw', 'a1.csv')).title).toBeUndefined();
		});
	});
});
