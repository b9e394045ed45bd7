import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/builder/resolve/resolve';
import { groupFacts, planBundle } from '../../../src/builder/write-bundle';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { gzipFileBytes, packSpans, wholeDeflate } from '../../../src/model/gzip-file';
import { parseManifest, type FactGroup } from '../../../src/model/bundle-format';
import { readPackText } from '../../../src/model/packed-file';
import type { SourceRecord } from '../../../src/builder/sources/source-records';
import { boardMember, donation, person, taxTotal } from '../../fixtures/records';

function records(): SourceRecord[] {
	const out: SourceRecord[] = [];
	for (let i = 0; i < 60; i++) {
		const code = `${String((i % 28) + 1).padStart(2, '0')}0${(i % 9) + 1}8${i % 10}-*****`;
		out.push(
			donation(person(`Donors ${i % 25}`, { maskedCode: code }), `Partija ${i % 4}`, {
				date: `2023-02-${String((i % 28) + 1).padStart(2, '0')}`
			})
		);
	}
	for (let i = 0; i < 10; i++) out.push(taxTotal(`4000300000${i}`, 2023, 1000 * i));
	out.push(donation(null, 'Partija 1'));
	return out;
}

const SOURCES = [
	{
		id: 'knab',
		format: 'test',
		file: 'knab.csv',
		publisher: 'KNAB',
		title: 'Test',
		licence: 'CC0',
		records: 71
	}
];

describe('planBundle', () => {
	const input = records();
	const data = resolve(input);

	it('writes the same bytes for the same data', () => {
		const a = planBundle(data, SOURCES, '2026-11-01', { chunkRecords: 10 });
		const b = planBundle(resolve(structuredClone(input)), SOURCES, '2026-11-01', {
			chunkRecords: 10
		});
		expect(a.manifestText).toBe(b.manifestText);
		expect(a.files.map((f) => f.bytes)).toEqual(b.files.map((f) => f.bytes));
	});

	it('writes the same files when it may use the data up, and lets the evidence go after the fact files', () => {
		const kept = planBundle(data, SOURCES, '2026-11-01', { chunkRecords: 10 });
		const usable = resolve(structuredClone(input));
		expect(usable.relations.some((r) => r.evidence.length > 0)).toBe(true);
		const usedUp = planBundle(usable, SOURCES, '2026-11-01', { chunkRecords: 10, useUp: true });
		expect(usedUp.manifestText).toBe(kept.manifestText);
		expect(usedUp.files.map((f) => f.bytes)).toEqual(kept.files.map((f) => f.bytes));
		// The fact files were written with the evidence; the data no longer holds it.
		const facts = usedUp.files.filter((f) => f.name.startsWith('facts'));
		const text = facts.map((f) => gunzipSync(f.bytes).toString()).join('');
		expect(text).toContain('"rule":"stated-in-source"');
		expect(usable.relations.every((r) => r.evidence.length === 0)).toBe(true);
		expect(data.relations.some((r) => r.evidence.length > 0)).toBe(true);
	});

	it('lists every file with its true size, hash and record count', () => {
		const { files, manifestText } = planBundle(data, SOURCES, '2026-11-01', { chunkRecords: 10 });
		const manifest = parseManifest('manifest.json', JSON.parse(manifestText));
		expect(manifest.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
		for (const file of files) {
			const entry = manifest.files.find((f) => f.name === file.name)!;
			expect(entry.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
			expect(entry.bytes).toBe(file.bytes.byteLength);
			expect(gzipFileBytes(entry.packs)).toBe(entry.bytes);
			// One gzip stream: gunzip (or a browser given Content-Encoding: gzip) unpacks it whole.
			const text = gunzipSync(file.bytes);
			expect(text.byteLength).toBe(entry.unpacked.bytes);
			expect(entry.unpacked.sha256).toBe(createHash('sha256').update(text).digest('hex'));
			// Each listed pack is a deflate stream of its own, its JSON Lines the file's records.
			const records: unknown[] = [];
			let count = 0;
			for (const [i, [start, end]] of packSpans(entry.packs).entries()) {
				const pack = inflateRawSync(wholeDeflate(file.bytes.subarray(start, end))).toString();
				expect(Buffer.byteLength(pack)).toBe(entry.unpacked.packs[i]);
				count += readPackText(file.name, entry.kind, pack, {}, (r) => records.push(r)).records;
			}
			expect(records).toEqual(file.records);
			expect(entry.records).toBe(count);
		}
		expect(manifest.counts).toMatchObject({ donations: 61, taxTotals: 10 });
		const docs = manifest.files
			.filter((f) => f.kind === 'search')
			.reduce((n, f) => n + f.records, 0);
		expect(docs).toBe(manifest.counts.people! + manifest.counts.organisations!);
	});

	it('never splits an entity’s part of a group across files, and keeps ranges in order within each group', () => {
		const { files, manifest } = planBundle(data, SOURCES, '2026-11-01', { chunkRecords: 7 });
		const groupOf = new Map(manifest.groups!.flatMap((g) => g.files.map((f) => [f, g.id])));
		const byGroup = new Map<string, typeof files>();
		for (const f of files.filter((f) => f.entry.kind === 'facts')) {
			const group = groupOf.get(f.name) ?? 'core';
			byGroup.set(group, [...(byGroup.get(group) ?? []), f]);
		}
		expect([...byGroup.keys()].sort()).toEqual(['core', 'donations', 'tax-totals']);
		expect(byGroup.get('core')!.length).toBeGreaterThan(3);
		for (const facts of byGroup.values()) {
			const owners = facts.flatMap((f) => (f.records as FactGroup[]).map((g) => g.entity));
			expect(new Set(owners).size).toBe(owners.length);
			expect(owners).toEqual([...owners].sort());
			for (let i = 1; i < facts.length; i++)
				expect(facts[i]!.entry.range[0] > facts[i - 1]!.entry.range[1]).toBe(true);
		}
	});

	it('suggests every group of a bundle within the budget, and only what fits of a bigger one', () => {
		const whole = planBundle(data, SOURCES, '2026-11-01', {}).manifest.groups!;
		expect(whole.map((g) => [g.id, g.suggested])).toEqual([
			['donations', true],
			['tax-totals', true]
		]);
		const donations = whole.find((g) => g.id === 'donations')!.bytes;
		const tight = planBundle(data, SOURCES, '2026-11-01', { suggestBytes: donations }).manifest;
		expect(tight.groups!.map((g) => [g.id, g.suggested])).toEqual([
			['donations', true],
			['tax-totals', false]
		]);
		expect(parseManifest('manifest.json', JSON.parse(JSON.stringify(tight))).groups).toEqual(
			tight.groups
		);
	});

	it('without splitting, writes one fact group per entity and no groups', () => {
		const { files, manifest } = planBundle(data, SOURCES, '2026-11-01', { splitFacts: false });
		expect(manifest.groups).toBeUndefined();
		const groups = files
			.filter((f) => f.entry.kind === 'facts')
			.flatMap((f) => f.records as FactGroup[]);
		expect(groups.map((g) => g.entity)).toEqual(groupFacts(data).map((g) => g.entity));
		expect(groups.flatMap((g) => g.donations)).toHaveLength(data.donations.length);
		expect(groups.some((g) => g.parts)).toBe(false);
	});

	it('groups donations under the donor, anonymous ones under the party, and relations under both ends', () => {
		const groups = new Map(groupFacts(data).map((g) => [g.entity, g]));
		const anonymous = data.donations.find((d) => !d.donor)!;
		expect(groups.get(anonymous.party)!.donations).toContainEqual(anonymous);
		const relation = data.relations[0]!;
		expect(groups.get(relation.from)!.relations).toContainEqual(relation);
		expect(groups.get(relation.to)!.relations).toContainEqual(relation);
	});

	it('names an organisation in refs with its regNo, so a profile need not read its entity', () => {
		const member = person('Valde Viens', { maskedCode: '010101-*****' });
		const linked = resolve([boardMember(member, '40003000099'), taxTotal('40003000099', 2023, 1)]);
		const company = linked.organisations.find((o) => o.regNo === '40003000099')!;
		const own = groupFacts(linked).find((g) => g.entity === linked.people[0]!.id)!;
		expect(own.refs).toContainEqual({
			id: company.id,
			name: company.name,
			kind: company.kind,
			regNo: '40003000099'
		});
		// A person's ref has no regNo.
		const theirs = groupFacts(linked).find((g) => g.entity === company.id)!;
		expect(theirs.refs.find((r) => r.kind === 'person')).not.toHaveProperty('regNo');
	});
});
