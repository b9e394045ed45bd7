import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/lib/data/db';
import { decodePack, encodePack, openPack } from '../../../src/lib/data/pack-codec';
import type { Person } from '../../../src/model/types';

const people: Person[] = Array.from({ length: 1000 }, (_, i) => ({
	id: `p-person-${String(i).padStart(4, '0')}`,
	name: `Jānis Bērziņš ${i}`,
	otherNames: ['JĀNIS BĒRZIŅŠ'],
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

	it('refuses bytes that are not a gzip stream', async () => {
		const { items: _items, ...head } = pack;
		await expect(
			decodePack({ ...head, data: new TextEncoder().encode('not gzip') })
		).rejects.toThrow();
	});

	it('opens an entity pack to read one record by id, keyed, with the misses undefined', async () => {
		const stored = await encodePack(pack);
		expect(stored.layout).toBe('keyed');
		const reader = await openPack<Person>(stored);
		for (const i of [0, 1, 499, 998, 999]) expect(reader.find(people[i]!.id)).toEqual(people[i]);
		expect(reader.find('p-person-0500x')).toBeUndefined();
		expect(reader.find('a')).toBeUndefined();
		expect(reader.find('z')).toBeUndefined();
	});

	it('keeps a line break inside a value within its record', async () => {
		const odd: Person = { ...people[0]!, name: 'Line\nbreak "quoted" \u2028' };
		const stored = await encodePack({ ...pack, records: 1, items: [odd], last: odd.id });
		expect((await openPack<Person>(stored)).find(odd.id)).toEqual(odd);
		expect((await decodePack(stored)).items).toEqual([odd]);
	});

	it('still reads packs stored before the keyed layout (one JSON array)', async () => {
		const { items, ...head } = pack;
		const plain = await encodePack({ ...head, kind: 'search', items: [] });
		const old = { ...head, data: await gzipJson(items) };
		expect(plain.layout).toBeUndefined();
		expect((await openPack<Person>(old)).find(people[7]!.id)).toEqual(people[7]);
		expect(await decodePack(old)).toEqual(pack);
	});
});

/** A pack's items as the codec stored them before the keyed layout: one gzip JSON array. */
async function gzipJson(value: unknown): Promise<Uint8Array> {
	const input = new Response(JSON.stringify(value)).body!;
	const stream = input.pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
