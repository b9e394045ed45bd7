import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSourceFor } from '../../../src/builder/provenance';
import { sourcePeriod } from '../../../src/builder/source-period';
import { describeRealData, realPath, REALDATA } from '../../fixtures/realdata';
import { boardMember, declaration, donation, person } from '../../fixtures/records';

describe('sourcePeriod', () => {
	it('spans the dates the facts carry, whatever their order', () => {
		const records = [
			donation(person('Anna Liepa'), 'Zaļā Partija', { date: '2022-05-03' }),
			donation(person('Anna Liepa'), 'Zaļā Partija', { date: '2019-12-31' }),
			declaration(person('Anna Liepa'), 2018)
		];
		expect(sourcePeriod(records)).toEqual(['2018', '2022-05-03']);
	});

	it('gives none when no record is dated', () => {
		expect(sourcePeriod([])).toBeUndefined();
		// Register rows carry registration dates, not the period the file covers.
		expect(sourcePeriod([boardMember(person('Anna Liepa'), '40003000001')])).toBeUndefined();
	});
});

describe('knownSourceFor', () => {
	it('knows nothing of a file it was not told of', () => {
		expect(knownSourceFor(new TextEncoder().encode('Partija,Veids\n'))).toBeUndefined();
	});
});

describeRealData('known sources', () => {
	const list = JSON.parse(
		readFileSync(join(import.meta.dirname, '../../../data/known-sources.json'), 'utf8')
	) as { files: Record<string, { title: string; url: string; retrievedAt?: string }> };

	it('names where a real sample came from, by its bytes', () => {
		const a1 = knownSourceFor(readFileSync(realPath('lv-knab-donations-delna-iw/a1.csv')));
		expect(a1?.retrievedAt).toBe('2025-04-15');
		expect(a1?.title).toMatch(/^Money donations/);
		const a2 = knownSourceFor(readFileSync(realPath('lv-knab-donations-delna-iw/a2.csv')));
		expect(a2?.title).toMatch(/^Membership fees/);
	});

	it(`lists only files that are in ${REALDATA}, each with a title and URL`, async () => {
		const { readdirSync } = await import('node:fs');
		const hashes = new Set<string>();
		const { createHash } = await import('node:crypto');
		for (const folder of readdirSync(REALDATA, { withFileTypes: true })) {
			if (!folder.isDirectory()) continue;
			for (const file of readdirSync(join(REALDATA, folder.name))) {
				const bytes = readFileSync(join(REALDATA, folder.name, file));
				hashes.add(createHash('sha256').update(bytes).digest('hex'));
			}
		}
		for (const [hash, entry] of Object.entries(list.files)) {
			expect(hashes.has(hash), entry.title).toBe(true);
			expect(entry.url).toMatch(/^https:\/\//);
		}
	});
});
