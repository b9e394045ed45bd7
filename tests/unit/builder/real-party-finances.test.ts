/**
 * The real a4.csv built with a1.csv and a2.csv: every party's expenditure per year in the
 * bundle equals the sum of that party's rows, computed here from the CSV text itself.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters/index';
import { build } from '../../../src/builder/build';
import { DEFAULT_REGISTER, loadPartyRegister } from '../../../src/builder/parties/load';
import { partyEntityId } from '../../../src/builder/resolve/party-mentions';
import type { FactGroup } from '../../../src/model/bundle-format';
import type { Organisation } from '../../../src/model/types';
import { bundleLines } from '../../fixtures/bundle-lines';
import { describeRealData, realPath } from '../../fixtures/realdata';

/** One CSV line's fields (quoted fields may hold commas; `""` is a quote). */
function fields(line: string): string[] {
	const out: string[] = [];
	const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
	for (let m = pattern.exec(line); m && m.index < line.length; m = pattern.exec(line)) {
		out.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
		if (m[2] === '') break;
	}
	return out;
}

/** ` € 1,236.00 ` or `28815.00` in cents, by digits alone. */
function cents(text: string): number {
	const [whole, fraction = ''] = text.replace(/[^\d.-]/g, '').split('.');
	const sign = whole!.startsWith('-') ? -1 : 1;
	return sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0')));
}

describeRealData('a4.csv in a bundle', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'plainview-a4-')), 'bundle');
	const files = ['a1.csv', 'a2.csv', 'a4.csv'].map((f) =>
		realPath('lv-knab-donations-delna-iw', f)
	);
	const csv = readFileSync(files[2]!, 'utf8').split('\n');
	const { register } = loadPartyRegister(DEFAULT_REGISTER);

	it("gives every party's expenditure per year as the sum of its a4 rows", () => {
		expect(build({ files, out: dir, builtAt: '2026-12-01' }, ADAPTERS).error).toBeUndefined();
		const groups = bundleLines<FactGroup>(dir, 'facts');
		const entities = new Map(
			bundleLines<Organisation>(dir, 'entities').map((e) => [e.id, e] as const)
		);
		// From the CSV: a party the register places is its entry; any other name is its own.
		const expected = new Map<string, number>();
		csv.slice(1).forEach((line) => {
			if (line.trim() === '') return;
			const [party = '', year = '', , amount = ''] = fields(line);
			const entry = register.place(party)?.entry;
			const key = `${entry ? partyEntityId(entry) : `unplaced ${party}`} ${year}`;
			expected.set(key, (expected.get(key) ?? 0) + cents(amount));
		});
		const actual = new Map<string, number>();
		const cited: string[] = [];
		for (const group of groups) {
			const org = entities.get(group.entity);
			for (const line of group.partyFinances ?? []) {
				expect(line.party).toBe(group.entity);
				cited.push(line.source.record);
				const who = org?.isUnplaced ? `unplaced ${line.partyName}` : group.entity;
				const key = `${who} ${line.year}`;
				actual.set(key, (actual.get(key) ?? 0) + line.amount.cents);
			}
		}
		expect(actual).toEqual(expected);
		const rows = csv.slice(1).filter((line) => line.trim() !== '').length;
		expect(cited.sort()).toEqual(Array.from({ length: rows }, (_, i) => `a4.csv:${i + 2}`).sort());
		expect(expected.size).toBeGreaterThan(50);
	});
});
