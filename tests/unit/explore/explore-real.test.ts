// The explore engine over a bundle built from the real KNAB samples: each party's 2022 figures
// equal the sums this test computes from the CSV itself (no figure is written here).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters/index';
import { build } from '../../../src/builder/build';
import { createExploreEngine } from '../../../src/lib/explore/explore-engine';
import type { MoneyMeasure } from '../../../src/lib/explore/explore-protocol';
import type { Manifest } from '../../../src/model/bundle-format';
import type { ExploreBody } from '../../../src/model/explore-file';
import { recordText } from '../../../src/model/explore-donations';
import { allOf } from '../../fixtures/explore-fixture';
import { describeRealData, realPath } from '../../fixtures/realdata';

interface CsvSums {
	gifts: number;
	giftCents: number;
	refunds: number;
	refundCents: number;
}

/** Each CSV line's party name, and the year's sums per party name, read from the file itself. */
function readCsv(file: string, year: string) {
	const rows = parse(readFileSync(file, 'utf8'), { from_line: 2 }) as string[][];
	const partyAt = new Map<number, string>();
	const sums = new Map<string, CsvSums>();
	for (const [i, row] of rows.entries()) {
		const [, party, , value, , , date] = row as string[];
		partyAt.set(i + 2, party!);
		expect(date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
		if (!date!.endsWith(`/${year}`)) continue;
		const [currency, amount] = value!.split(' ');
		expect(currency).toBe('EUR');
		const cents = Math.round(Number(amount) * 100);
		const sum = sums.get(party!) ?? { gifts: 0, giftCents: 0, refunds: 0, refundCents: 0 };
		sums.set(party!, sum);
		if (cents < 0) {
			sum.refunds++;
			sum.refundCents += cents;
		} else {
			sum.gifts++;
			sum.giftCents += cents;
		}
	}
	return { partyAt, sums, rows: rows.length };
}

describeRealData('the explore engine on a1.csv and a2.csv', () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'plainview-explore-real-')), 'bundle');
	const files = ['a1.csv', 'a2.csv'].map((f) => realPath('lv-knab-donations-delna-iw', f));
	const { error } = build({ files, out: dir, builtAt: '2026-11-22' }, ADAPTERS);
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
	const entry = manifest.files.find((f) => f.kind === 'explore')!;
	const body = JSON.parse(gunzipSync(readFileSync(join(dir, entry.name))).toString('utf8'));
	const engine = createExploreEngine(body as ExploreBody);
	const c = engine.data.columns;

	it.each([
		['a1.csv', 'donations'],
		['a2.csv', 'fees']
	] as [string, MoneyMeasure][])(
		"gives each party's 2022 %s total as the sum of its 2022 rows in the CSV (%s)",
		(file, measure) => {
			expect(error).toBeUndefined();
			const csv = readCsv(files[file === 'a1.csv' ? 0 : 1]!, '2022');
			// Which party entity each published party name became, read from the rows' records.
			const partyOf = new Map<string, string>();
			let rows = 0;
			for (let i = 0; i < engine.data.rows; i++) {
				const record = recordText(c, c.recordFile[i]!, c.recordLine[i]!);
				if (!record.startsWith(`${file}:`)) continue;
				rows++;
				const name = csv.partyAt.get(Number(record.split(':')[1]))!;
				const party = c.parties[c.party[i]!]!;
				expect(partyOf.get(name) ?? party, name).toBe(party);
				partyOf.set(name, party);
			}
			expect(rows).toBe(csv.rows);
			const expected = new Map<string, CsvSums>();
			for (const [name, sum] of csv.sums) {
				const party = partyOf.get(name)!;
				const total = expected.get(party) ?? { gifts: 0, giftCents: 0, refunds: 0, refundCents: 0 };
				expected.set(party, {
					gifts: total.gifts + sum.gifts,
					giftCents: total.giftCents + sum.giftCents,
					refunds: total.refunds + sum.refunds,
					refundCents: total.refundCents + sum.refundCents
				});
			}
			expect(expected.size).toBeGreaterThan(1);
			const overview = engine.overview({ ...allOf(measure), from: '2022-01', to: '2022-12' });
			const got = new Map(
				overview.parties
					.filter((p) => p.count + p.refunds > 0)
					.map((p) => [
						p.key,
						{ gifts: p.count, giftCents: p.cents, refunds: p.refunds, refundCents: p.refundCents }
					])
			);
			expect(got).toEqual(expected);
			expect(overview.otherCurrency).toBe(0);
		}
	);
});
