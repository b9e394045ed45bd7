import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/lib/data/db';
import { decodePack, encodePack } from '../../../src/lib/data/pack-codec';
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
});
