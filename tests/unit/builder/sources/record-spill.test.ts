import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RecordSpill } from '../../../../src/builder/sources/record-spill';
import type { DonationRecord, SourceRecord } from '../../../../src/builder/sources/source-records';

function donation(row: number, file: string): DonationRecord {
	return {
		type: 'donation',
		donor: { type: 'person', name: `Donor ${row % 7}`, maskedCode: '010190-*****' },
		donorName: `Donor ${row % 7}`,
		party: { type: 'organisation', name: 'Partija "Ceļš"', kind: 'party' },
		date: `2020-01-${String((row % 28) + 1).padStart(2, '0')}`,
		amount: { cents: row * 100 + 1, currency: 'EUR' },
		kind: 'money',
		isRefund: row % 11 === 0,
		flags: row % 3 === 0 ? ['above_yearly_limit'] : [],
		source: { dataset: file, record: `${file}.csv:${row + 2}` }
	};
}

describe('RecordSpill', () => {
	it('gives back every record, in order, across files and chunks, then removes its file', () => {
		const spill = new RecordSpill();
		// 5,000 rows fill more than one chunk (4,096 records), and a second file follows.
		const first = Array.from({ length: 5000 }, (_, i) => donation(i, 'a'));
		const second = Array.from({ length: 3 }, (_, i) => donation(i, 'b'));
		spill.add(first);
		spill.add(second);
		expect(spill.length).toBe(5003);
		expect(spill.bytes).toBeGreaterThan(5003 * 100);
		expect(existsSync(spill.path)).toBe(true);

		const back: SourceRecord[] = [...spill.read()];
		expect(back).toEqual([...first, ...second]);
		expect(existsSync(spill.path)).toBe(false);
		expect(() => [...spill.read()]).toThrow(/already read/);
	});

	it('leaves out a field set to undefined, as JSON does', () => {
		const spill = new RecordSpill();
		const record = { ...donation(1, 'a'), flags: [] as string[], donorCode: undefined };
		spill.add([record]);
		const [back] = [...spill.read()] as DonationRecord[];
		expect('donorCode' in back!).toBe(false);
		expect(back).toEqual(record);
	});

	it('removes its file when disposed unread, and may be disposed twice', () => {
		const spill = new RecordSpill();
		spill.add([donation(1, 'a')]);
		spill.dispose();
		spill.dispose();
		expect(existsSync(spill.path)).toBe(false);
		expect(() => spill.add([donation(2, 'a')])).toThrow(/already read or disposed/);
	});
});
