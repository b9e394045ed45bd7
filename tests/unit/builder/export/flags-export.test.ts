import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFlags, flagLine } from '../../../../src/builder/export/flags-export';
import { resolve } from '../../../../src/builder/resolve/resolve';
import { planBundle } from '../../../../src/builder/write-bundle';
import { eur } from '../../../fixtures/flags';
import { boardMember, declaration, donation, person } from '../../../fixtures/records';

function bundleOf(records: Parameters<typeof resolve>[0]): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'plainview-flags-')), 'bundle');
	mkdirSync(dir);
	const planned = planBundle(resolve(records), [], '2026-11-01T00:00:00Z');
	for (const f of planned.files) writeFileSync(join(dir, f.name), f.bytes);
	writeFileSync(join(dir, 'manifest.json'), planned.manifestText);
	return dir;
}

describe('export --format flags', () => {
	const anna = person('Anna Kalniņa', { maskedCode: '190471-*****' });
	const rows = [
		donation(anna, 'Partija A', { donorCode: '190471-*****', amount: eur(2000) }),
		donation(anna, 'Partija B', { donorCode: '190471-*****', amount: eur(1100) }),
		donation(null, 'Partija A', { amount: eur(10) })
	];

	it('writes one object per flag naming its kind, entity, year, figures and every source row', () => {
		const dir = bundleOf(rows);
		const lines = [...bundleFlags(dir)].map(flagLine);
		expect(lines.map((l) => l.flag).sort()).toEqual(['anonymous-gifts', 'major-donor']);
		const major = lines.find((l) => l.flag === 'major-donor')!;
		expect(Object.keys(major)).toEqual([
			'flag',
			'id',
			'entity',
			'name',
			'year',
			'figures',
			'records'
		]);
		expect(major).toMatchObject({
			name: 'Anna Kalniņa',
			year: 2023,
			figures: { totalCents: 310_000 }
		});
		expect(major.records).toEqual(rows.slice(0, 2).map((r) => r.source.record));
		expect(JSON.parse(JSON.stringify(major))).toEqual(major);
	});

	it('counts the flags in the manifest and marks them on the search documents', () => {
		const planned = planBundle(resolve(rows), [], '2026-11-01T00:00:00Z');
		expect(planned.manifest.counts.flags).toBe(2);
		const docs = planned.files.filter((f) => f.entry.kind === 'search').flatMap((f) => f.records);
		const marked = (docs as { name: string; flags?: number }[]).filter((d) => d.flags);
		expect(marked.map((d) => [d.name, d.flags]).sort()).toEqual([
			['Anna Kalniņa', 1],
			['Partija A', 1]
		]);
	});

	it('lists an official’s flag about a company once, though the company’s page shows it too', () => {
		const REG = '40003003091';
		const juris = person('Juris Liepa', { maskedCode: '121265-*****' });
		const dir = bundleOf([
			declaration(person('Ilze Ozola', { maskedCode: '040570-*****' }), 2022, {
				items: [{ section: 'shares', company: { name: `SIA "Uzņēmums ${REG}"`, regNo: REG } }]
			}),
			boardMember(juris, REG),
			donation(juris, 'Partija A', { donorCode: '121265-*****' })
		]);
		const shared = [...bundleFlags(dir)].filter((f) => f.kind === 'shared-company');
		expect(shared.map((f) => f.name)).toEqual(['Ilze Ozola']);
	});
});
