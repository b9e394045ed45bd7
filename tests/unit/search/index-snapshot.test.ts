import { describe, expect, it } from 'vitest';
import {
	restoreIndex,
	type RestoreOptions,
	snapshotBuffers,
	takeSnapshot
} from '../../../src/lib/search/index-snapshot';
import { docLinesOf, joinDocLines, PackedDocs } from '../../../src/lib/search/packed-docs';
import {
	attachTables,
	buildSearchIndex,
	listDocs,
	nameOrderOf,
	searchIndex
} from '../../../src/lib/search/search-index';
import { topKeys } from '../../../src/lib/search/short-query';
import { pickKeys } from '../../../src/lib/search/trigram-index';
import type { SearchDoc } from '../../../src/model/types';
import {
	addTypo,
	random,
	randomSearchDocs,
	searchDoc,
	stripDiacritics
} from '../../fixtures/search-fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

const randomDocs = randomSearchDocs;

/** The index as the page gets it: snapshot, transferred, restored. */
async function handedOver(docs: SearchDoc[], options?: RestoreOptions, withTables = true) {
	const built = buildSearchIndex(docs);
	const snapshot = takeSnapshot(built, docLinesOf(docs));
	// What the worker keeps of the trigrams for the short words' kept answers (search-handler.ts).
	const kept = pickKeys(built.trigrams, topKeys());
	const page = await restoreIndex(
		structuredClone(snapshot, { transfer: snapshotBuffers(snapshot) }),
		options
	);
	// As the worker does after its reply: the tables from its own, still whole, index.
	if (withTables) attachTables(page, structuredClone(nameOrderOf(built, kept)));
	return page;
}

describe('the index handed from the worker to the page', () => {
	it('answers every query as the index it was made from', async () => {
		const docs = randomDocs(3000, 7);
		const built = buildSearchIndex(docs);
		const page = await handedOver(docs);
		const next = random(11);
		const queries = ['b', 'an', 'kal', 'janis b', 'berzins', ''].concat(
			Array.from({ length: 40 }, () => {
				const name = docs[Math.floor(next() * docs.length)]!.name;
				return next() < 0.5 ? stripDiacritics(name) : addTypo(next, name).slice(0, 7);
			})
		);
		for (const text of queries) {
			for (const filters of [undefined, { roles: ['donor' as const] }]) {
				const query = { text, filters, limit: 20 };
				expect(searchIndex(page, query), `${text} ${JSON.stringify(filters)}`).toEqual(
					searchIndex(built, query)
				);
			}
		}
		expect(listDocs(page, ['person'], 5)).toEqual(listDocs(built, ['person'], 5));
	});

	it('puts namesakes in id order, whatever the order of the docs', async () => {
		const namesakes = ['p-3', 'p-1', 'p-2'].map((id) => searchDoc({ id, name: 'Jānis Bēldiņš' }));
		const byId = ['p-1', 'p-2', 'p-3'];
		const built = buildSearchIndex(namesakes);
		expect(built.idRank).toEqual(new Uint32Array([2, 0, 1]));
		expect(searchIndex(built, { text: 'janis beldins' }).map((hit) => hit.doc.id)).toEqual(byId);
		const page = await handedOver(namesakes);
		expect(searchIndex(page, { text: 'janis beldins' }).map((hit) => hit.doc.id)).toEqual(byId);
		expect(listDocs(page, ['person']).map((doc) => doc.id)).toEqual(byId);
		// Docs read from packs come in id order: no ranks needed, and none sent.
		expect(buildSearchIndex([...namesakes].sort((a, b) => (a.id < b.id ? -1 : 1))).idRank).toBe(
			undefined
		);
	});

	it('moves every array without a copy, keeping what the name-order tables need', async () => {
		// Out of id order, so the index has id ranks too.
		const docs = randomDocs(50, 3).reverse();
		const built = buildSearchIndex(docs);
		const tables = nameOrderOf(buildSearchIndex(docs));
		const snapshot = takeSnapshot(built, docLinesOf(docs));
		const kept = pickKeys(built.trigrams, topKeys());
		const moved = structuredClone(snapshot, { transfer: snapshotBuffers(snapshot) });
		// Moved, the sender's arrays are empty: nothing was copied on the receiving side.
		expect(snapshot.docs.bytes.length).toBe(0);
		expect(snapshot.trigrams.postings.length).toBe(0);
		expect(snapshot.columns.kind.length).toBe(0);
		expect(snapshot.starts.length).toBe(0);
		expect(snapshot.idRank?.length).toBe(0);
		expect(moved.trigrams.postings.length).toBeGreaterThan(0);
		// The worker's index keeps its names' starts and id ranks for the tables it makes next.
		expect(built.idRank).toHaveLength(50);
		expect(nameOrderOf(built, kept)).toEqual(tables);
		const page = await restoreIndex(moved);
		attachTables(page, nameOrderOf(built, kept));
		expect(searchIndex(page, { text: docs[7]!.name }).map((hit) => hit.doc.id)).toEqual(
			searchIndex(buildSearchIndex(docs), { text: docs[7]!.name }).map((hit) => hit.doc.id)
		);
	});

	it('answers while the name-order tables are on their way, sorting nothing itself', async () => {
		const docs = randomDocs(300, 9);
		const built = buildSearchIndex(docs);
		const page = await handedOver(docs, undefined, false);
		expect(page.isTablesPending).toBe(true);
		// One short word takes the general path; lists come in id order until the tables come.
		expect(searchIndex(page, { text: 'an' }).length).toBeGreaterThan(0);
		expect(listDocs(page, ['person'], 3)).toEqual(docs.slice(0, 3));
		expect(page.byName).toBeUndefined();
		attachTables(page, nameOrderOf(built));
		expect(searchIndex(page, { text: 'an' })).toEqual(searchIndex(built, { text: 'an' }));
		expect(listDocs(page, ['person'], 3)).toEqual(listDocs(built, ['person'], 3));
	});

	it('splits the names a piece per task, cutting only between names', async () => {
		// Names whose folded form keeps letters of several bytes in UTF-8: no cut inside one.
		const far = ['Пётр Иванович Сидоров', 'Γιώργος Παπαδόπουλος', '王小明', 'Ø Œ ß ﬁ'];
		const docs = [
			...randomDocs(200, 5),
			...far.map((name, i) => searchDoc({ id: `p-far-${i}`, name }))
		];
		const whole = buildSearchIndex(docs).names.names;
		let pauses = 0;
		const pause = () => Promise.resolve(void pauses++);
		for (const splitChars of [1, 7, 100, 10_000]) {
			pauses = 0;
			const page = await handedOver(docs, { pause, splitChars });
			expect(page.names.names, `${splitChars}`).toEqual(whole);
			expect(whole.some((name) => [...name].some((c) => c.charCodeAt(0) > 0x7f))).toBe(true);
			if (splitChars === 10_000) expect(pauses).toBe(0);
			else expect(pauses).toBeGreaterThan(whole.join('\n').length / (splitChars + 40));
		}
	});

	it('restores an index of no docs, and of one doc whose folded name is empty', async () => {
		expect(searchIndex(await handedOver([]), { text: 'a' })).toEqual([]);
		const odd = await handedOver([searchDoc({ id: 'x', name: '\u0301' })]);
		expect(odd.names.names).toEqual(['']);
		expect(odd.docs.at(0)?.id).toBe('x');
	});

	it('refuses lines that do not match the docs one for one', () => {
		const docs = randomDocs(3, 1);
		expect(() => takeSnapshot(buildSearchIndex(docs), docLinesOf(docs.slice(1)))).toThrow(
			'2 doc lines for an index of 3 docs'
		);
	});
});

describe('PackedDocs', () => {
	it('parses the doc asked for, from packs joined in order', () => {
		const docs = [
			searchDoc({ id: 'a', name: 'Ādažu novads' }),
			searchDoc({ id: 'b', name: 'Bērziņš' }),
			searchDoc({ id: 'c', name: 'Cēsis' })
		];
		const lines = joinDocLines(
			[
				encode(`${JSON.stringify(docs[0])}\n`),
				encode(
					docs
						.slice(1)
						.map((d) => `${JSON.stringify(d)}\n`)
						.join('')
				)
			],
			[1, 2]
		);
		const table = new PackedDocs(lines);
		expect(table.length).toBe(3);
		expect([2, 0, 1].map((d) => table.at(d))).toEqual([docs[2], docs[0], docs[1]]);
		expect(table.at(2)).toBe(table.at(2));
		expect([table.at(3), table.at(-1), table.at(0.5)]).toEqual([undefined, undefined, undefined]);
	});

	it('names the pack whose lines do not add up', () => {
		const line = `${JSON.stringify(searchDoc({ id: 'a', name: 'A' }))}\n`;
		expect(() => joinDocLines([encode(line), encode(line)], [1, 2])).toThrow(
			'search pack 2: 1 lines, expected 2'
		);
		expect(() => joinDocLines([encode(line + line)], [1])).toThrow(
			'search pack 1: more than the 1 lines expected'
		);
	});
});
