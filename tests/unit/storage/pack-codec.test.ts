import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/lib/storage/db';
import { decodePack, encodePack, openPack } from '../../../src/lib/storage/pack-codec';
import type { Person } from '../../../src/model/types';

const people: Person[] = Array.from({ length: 1000 }, (_, i) => ({
	id: `p-person-${String(i).padStart(4, '0')}`,
	name: `Jānis Bēldiņš ${i}`,
	otherNames: ['JĀNIS BĒLDIŅŠ'],
	maskedCodes: [`${String((i % 28) + 1).padStart(2, '0')}0471-*****`],
	sources: [{ dataset: 'donations', record: `donations.csv:${i + 2}` }]
}));
const pack: Pack = {
	version: 'v1',
	kind: 'entities',
	first: people[0]!.id,
	last: people.at(-1)!.id,
	records: 1000,
	items: people
};

describe('pack codec', () => {
	it('gives back exactly the pack it stored', async () => {
		expect(await decodePack(await encodePack(pack))).toEqual(pack);
	});

	it('stores the items compressed, not as objects', async () => {
		const stored = await encodePack(pack);
		expect(stored).not.toHaveProperty('items');
		expect(stored.data.byteLength).toBeLessThan(JSON.stringify(people).length / 4);
	});

	it('still reads a row an earlier version stored as gzip JSON Lines (layout lines)', async () => {
		const { items, ...head } = pack;
		const text = items.map((p) => `${JSON.stringify(p)}\n`).join('');
		const stored = { ...head, layout: 'lines' as const, data: new Uint8Array(gzipSync(text)) };
		expect(await decodePack(stored)).toEqual(pack);
		expect((await openPack<Person>(stored)).find(people[7]!.id)).toEqual(people[7]);
	});

	it('refuses bytes that are not a compressed stream', async () => {
		const { items: _items, ...head } = pack;
		await expect(
			decodePack({ ...head, data: new TextEncoder().encode('not gzip') })
		).rejects.toThrow();
	});

	it('opens an entity pack to read one record by id from its line, with the misses undefined', async () => {
		const stored = await encodePack(pack);
		expect(stored.layout).toBe('deflate');
		const reader = await openPack<Person>(stored);
		for (const i of [0, 1, 499, 998, 999]) expect(reader.find(people[i]!.id)).toEqual(people[i]);
		expect(reader.find('p-person-0500x')).toBeUndefined();
		expect(reader.find('p-person-050')).toBeUndefined();
		expect(reader.find('a')).toBeUndefined();
		expect(reader.find('z')).toBeUndefined();
	});

	it('opens a small pack and a large one alike (fflate below 16 KiB stored, the native inflate above)', async () => {
		// Names that hardly compress, so the large pack is stored in more than 16 KiB.
		const noisy = people.map((p, i) => ({
			...p,
			name: `${p.name} ${((i + 1) * 2654435761).toString(36)}${(i * 40503).toString(16)}`
		}));
		const small = await encodePack({ ...pack, items: noisy.slice(0, 20), last: noisy[19]!.id });
		const large = await encodePack({ ...pack, items: noisy });
		expect(small.data.byteLength).toBeLessThan(16 * 1024);
		expect(large.data.byteLength).toBeGreaterThanOrEqual(16 * 1024);
		for (const stored of [small, large]) {
			const reader = await openPack<Person>(stored);
			for (const i of [0, 7, 19]) expect(reader.find(noisy[i]!.id)).toEqual(noisy[i]);
		}
		expect((await openPack<Person>(large)).find(noisy[999]!.id)).toEqual(noisy[999]);
	});

	it('finds a fact group by its entity, not by an id inside it', async () => {
		const groups = ['p-a', 'p-b'].map((entity) => ({
			entity,
			declarations: [],
			donations: [],
			taxTotals: [],
			relations: [],
			refs: [{ id: 'p-c', name: 'C', kind: 'person' as const }]
		}));
		const stored = await encodePack({
			version: 'v1',
			kind: 'facts',
			first: 'p-a',
			last: 'p-b',
			records: 2,
			items: groups
		});
		const reader = await openPack<(typeof groups)[number]>(stored);
		expect(reader.find('p-b')).toEqual(groups[1]);
		expect(reader.find('p-c')).toBeUndefined();
	});

	it('keeps a line break inside a value within its record', async () => {
		const odd: Person = { ...people[0]!, name: 'Line\nbreak "quoted" \u2028' };
		const stored = await encodePack({ ...pack, records: 1, items: [odd], last: odd.id });
		expect((await openPack<Person>(stored)).find(odd.id)).toEqual(odd);
		expect((await decodePack(stored)).items).toEqual([odd]);
	});

	it('still reads rows earlier app versions stored: keyed, and one JSON array', async () => {
		const { items, ...head } = pack;
		const lines = items.map((p) => JSON.stringify(p));
		const ends = lines.map((_, i) => lines.slice(0, i + 1).join('\n').length);
		const keyedText = `${JSON.stringify({ keys: items.map((p) => p.id), ends })}\n${lines.join('\n')}`;
		const keyed = { ...head, layout: 'keyed' as const, data: await gzipText(keyedText) };
		const plain = { ...head, data: await gzipText(JSON.stringify(items)) };
		for (const old of [keyed, plain]) {
			expect((await openPack<Person>(old)).find(people[7]!.id)).toEqual(people[7]);
			expect((await openPack<Person>(old)).find('p-none')).toBeUndefined();
			expect(await decodePack(old)).toEqual(pack);
		}
	});
});

/** Text gzipped as earlier app versions stored it. */
async function gzipText(text: string): Promise<Uint8Array> {
	const input = new Response(text).body!;
	const stream = input.pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
