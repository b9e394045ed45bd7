import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/builder/sources/csv';
import { foldPartyName } from '../../../../src/builder/parties/fold-party';
import { loadPartyRegister } from '../../../../src/builder/parties/load';

const names = (path: string, header: string) =>
	readCsv(readFileSync(path, 'utf8')).rows.map((r) => r.values[header] ?? '');

describe('the demo party register (data/demo/parties.json)', () => {
	const demo = loadPartyRegister('data/demo/parties.json').register;
	const real = loadPartyRegister('data/parties.json').register;

	it('is fictional and places every party name the demo sources print', () => {
		expect(demo.file.fictional).toBe(true);
		const printed = new Set([
			...names('data/demo/knab/donations.csv', 'Partija'),
			...names('data/demo/knab/membership-fees.csv', 'Partija'),
			...names('data/demo/saeima/deputies.csv', 'Politiska partija').filter(Boolean)
		]);
		expect(printed.size).toBeGreaterThan(5);
		for (const name of printed) expect(demo.place(name), name).toBeDefined();
	});

	it('shares no party, name or number with the real register', () => {
		const realKeys = new Set(
			real.entries.flatMap((e) => [e.name, ...e.published, ...e.short].map(foldPartyName))
		);
		for (const entry of demo.entries) {
			expect(realKeys.has(foldPartyName(entry.name)), entry.name).toBe(false);
			expect(real.byRegNo(entry.regNo ?? undefined)).toBeUndefined();
		}
	});
});
