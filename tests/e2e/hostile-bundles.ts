/**
 * Broken and hostile copies of the good bundle for issue 18 (a size of 1e309, an entity id in
 * two files, a 9-million-character line, a manifest listing no files, a donation listed twice
 * under one id), and a tiny but valid bundle built from a one-row source, far smaller than
 * the demo data. Each case says how the page shows its outcome once the install has ended.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS } from '../../src/builder/adapters/index';
import { build } from '../../src/builder/build';
import { readBundleRecords } from '../../src/builder/export/read-bundle';
import { packFile } from '../../src/builder/write-bundle';
import { packText, planPacks } from '../../src/model/packed-file';
import { BAD_BUNDLES, copy, readManifest, repack, syncGroups, writeManifest } from './bad-bundles';

export interface BrokenBundle {
	name: string;
	/** What is on the page once the install of this bundle has ended (refused, held back, done). */
	outcome: RegExp;
	make(good: string, out: string): string;
	/** A page this case touches, to open as well once it is made (`#/person/…`). */
	touches?: () => string;
}

/** The person whose first donation the repeated-donation case lists twice. */
let repeatedDonor = '';

const HEADER = ',Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Dāvinātājs';
const ROW = 'Parasta partija,Nauda,EUR 5.00,Dace Ozoliņa,120380-*****,14/03/2023,,Dace Ozoliņa';

/** A valid bundle of one donor and one party, built by the real builder from a one-row CSV. */
export function tinyBundle(out: string): string {
	const csv = join(out, '..', `${out.split('/').at(-1)}-source.csv`);
	writeFileSync(csv, [HEADER, `0,${ROW}`, ''].join('\n'));
	const result = build({ files: [csv], out, builtAt: '2026-11-01T00:00:00Z' }, ADAPTERS);
	if (result.error) throw new Error(`the tiny build failed: ${result.error}`);
	return out;
}

const REFUSED = /Loading the data failed/;

export const HOSTILE_BUNDLES: readonly BrokenBundle[] = [
	{
		name: 'a size of 1e309',
		outcome: REFUSED,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'infinite');
			const path = join(out, 'manifest.json');
			const text = JSON.stringify(readManifest(out)).replace(/"bytes":\d+/, '"bytes":1e309');
			writeFileSync(path, text);
			return out;
		}
	},
	{
		name: 'an entity id in two files',
		outcome: REFUSED,
		make: (good, out) => {
			copy(good, out);
			const manifest = readManifest(out);
			const first = manifest.files.find((f) => f.kind === 'entities')!;
			const [entity] = readBundleRecords(out, first) as { id: string }[];
			const texts = planPacks('entities', [entity as never]).map((p) => Buffer.from(packText(p)));
			const { bytes, fields } = packFile(texts);
			writeFileSync(join(out, 'entities-0002.jsonl.gz'), bytes);
			// The manifest says the second file holds other ids; its one record is the first file's.
			const extra = { ...first, ...fields, name: 'entities-0002.jsonl.gz', records: 1 };
			writeManifest(out, 'twice', (m) => ({
				...m,
				files: [...m.files, { ...extra, range: ['~a', '~b'] }]
			}));
			return out;
		}
	},
	{
		name: 'a line of 9 million characters',
		outcome: REFUSED,
		make: (good, out) => {
			copy(good, out);
			repack(out, 'entities-0001.jsonl.gz', ([first]) => {
				first!.name = 'x'.repeat(9_000_000);
			});
			writeManifest(out, 'giant');
			return out;
		}
	},
	{
		name: 'a manifest that lists no files',
		outcome: REFUSED,
		make: (good, out) => {
			copy(good, out);
			writeManifest(out, 'empty', (m) => ({ ...m, files: [] }));
			return out;
		}
	},
	{
		name: 'a donation listed twice under one id',
		// The views key rows on fact ids: the ingest refuses the group, and the donor's page answers.
		outcome: REFUSED,
		touches: () => `#/person/${repeatedDonor}`,
		make: (good, out) => {
			copy(good, out);
			repack(out, 'facts-donations-0001.jsonl.gz', (groups) => {
				const group = groups.find(
					(g) => (g.donations as unknown[]).length > 0 && String(g.entity).startsWith('p-')
				)!;
				repeatedDonor = String(group.entity);
				const donations = group.donations as unknown[];
				donations.push(structuredClone(donations[0]));
			});
			// A fact file's `records` counts facts, not groups: one more, so only the repeat is odd.
			writeManifest(out, 'repeated', (m) =>
				syncGroups({
					...m,
					files: m.files.map((f) =>
						f.name === 'facts-donations-0001.jsonl.gz' ? { ...f, records: f.records + 1 } : f
					)
				})
			);
			return out;
		}
	},
	{
		name: 'a bundle of one donation',
		outcome: /Replace the data with far less\?/,
		make: (_good, out) => tinyBundle(out)
	},
	...BAD_BUNDLES.map((bad) => ({ name: bad.name, outcome: REFUSED, make: bad.make }))
];
