// The explore file's donation columns: what the app refuses, named by column and row.
import { describe, expect, it } from 'vitest';
import { checkRecord, packText, readPackText } from '../../../src/model/packed-file';
import { dateCode, dateText, recordText } from '../../../src/model/explore-donations';
import { plantedBody, type PlantedRow } from '../../fixtures/explore-fixture';

const rows: PlantedRow[] = [
	{
		party: 'o-a',
		date: '2022-01-10',
		cents: 300_000,
		donor: 'p-1',
		donorName: 'Anna',
		record: 'a1.csv:2'
	},
	{ party: 'o-b', date: '2022', cents: -5_000, donorName: 'ANONĪMS', record: 'rec-7' }
];
const body = () => plantedBody(rows);
const problem = (change: (b: ReturnType<typeof body>) => void) => {
	const b = body();
	change(b);
	return checkRecord('explore', b);
};

describe('the explore file', () => {
	it('passes as the builder lays it out, and reads back as one line counting its rows', () => {
		expect(checkRecord('explore', body())).toBeUndefined();
		expect(readPackText('explore-0001.jsonl.gz', 'explore', packText([body()]))).toEqual({
			first: 'o-a',
			last: 'o-b',
			records: 2,
			lines: 1
		});
		expect(() =>
			readPackText('explore-0001.jsonl.gz', 'explore', packText([body(), body()]))
		).toThrow(/^explore-0001\.jsonl\.gz: line 2: an explore file holds one line/);
	});

	it.each([
		['a short column', (b) => b.donations.cents.pop(), 'donations.cents has 1 entries for 2 rows'],
		[
			'a party code past its table',
			(b) => (b.donations.party[1] = 2),
			'donations.party.1 is 2, not a code under 2'
		],
		[
			'a negative donor code',
			(b) => (b.donations.donor[0] = -1),
			'donations.donor.0 is -1, not a code under 2'
		],
		[
			'a date that is no date',
			(b) => (b.donations.date[1] = 20221340),
			'donations.date.1 is 20221340, not a YYYYMMDD date'
		],
		[
			'a refund mark that is not 0 or 1',
			(b) => (b.donations.refund[0] = 2),
			'donations.refund.0 is not 0 or 1'
		],
		[
			'parties out of order',
			(b) => b.donations.parties.reverse(),
			'donations.parties.1 is not after parties.0'
		],
		[
			'a donor table shorter than its names',
			(b) => b.donations.donorKind.pop(),
			'donations.donorKind has 1 entries for 2 donors'
		],
		[
			'a record file with no dataset',
			(b) => (b.donations.recordDatasets[0] = 5),
			'donations.recordDatasets.0 is not an index into datasets'
		],
		[
			'ids not each followed by one space',
			(b) => (b.donations.ids = b.donations.ids.replace(' ', '  ')),
			'donations.ids is not ids'
		],
		[
			'a fraction of a cent',
			(b) => (b.donations.cents[0] = 0.5),
			'donations.cents: an array of whole numbers'
		],
		[
			'an unknown kind',
			(b) => ((b.donations.kinds as string[])[0] = 'gift'),
			'donations.kinds.0: Invalid type'
		]
	] satisfies [string, (b: ReturnType<typeof body>) => unknown, string][])(
		'refuses %s, naming the column and the row',
		(_, change, message) => {
			expect(problem(change)).toContain(message);
		}
	);

	it('refuses a flag listed twice', () => {
		const flag = {
			id: 'refunds:o-a:2022',
			kind: 'refunds' as const,
			entity: 'o-a',
			name: 'A',
			figures: { refundCents: -5_000 },
			sources: [{ dataset: 'donations', record: 'a1.csv:3' }],
			related: [],
			confidence: 'confirmed' as const
		};
		expect(problem((b) => (b.flags = [flag]))).toBeUndefined();
		expect(problem((b) => (b.flags = [flag, flag]))).toBe(
			'flags.1: refunds:o-a:2022 is listed twice'
		);
	});

	it('writes dates and records compactly and reads them back as published', () => {
		expect(['2022', '2022-03', '2022-03-09'].map((d) => dateText(dateCode(d)))).toEqual([
			'2022',
			'2022-03',
			'2022-03-09'
		]);
		const c = body().donations;
		expect(recordText(c, c.recordFile[0]!, c.recordLine[0]!)).toBe('a1.csv:2');
		expect(recordText(c, c.recordFile[1]!, c.recordLine[1]!)).toBe('rec-7');
	});
});
