import { describe, expect, it } from 'vitest';
import { restoreIndex, takeSnapshot } from '../../../src/lib/search/index-snapshot';
import { buildNumberIndex, findByNumber, numberQuery } from '../../../src/lib/search/number-index';
import { docLinesOf } from '../../../src/lib/search/packed-docs';
import {
	attachTables,
	buildSearchIndex,
	nameOrderOf,
	searchIndex
} from '../../../src/lib/search/search-index';
import type { SearchDoc } from '../../../src/model/types';
import { random, randomPersonName, searchDoc } from '../../fixtures/search-fixtures';

const DOCS: SearchDoc[] = [
	searchDoc({ id: 'o-bank', kind: 'company', name: 'AS "Upes Banka"', regNo: '40003003091' }),
	searchDoc({ id: 'o-saw', kind: 'company', name: 'SIA "Kokzāģētava"', regNo: '40003000001' }),
	searchDoc({ id: 'o-party', kind: 'party', name: 'Zaļā Nākotne', regNo: '40008000001' }),
	searchDoc({ id: 'o-ngo', kind: 'ngo', name: 'Biedrība "Lapa"', regNo: '50008123456' }),
	searchDoc({ id: 'p-anna', name: 'Anna Liepa', codes: ['110692'], birthYear: 1992 }),
	searchDoc({ id: 'p-anna-2', name: 'Anna Liepa', codes: ['240478'], birthYear: 1978 }),
	searchDoc({ id: 'p-24', name: 'SIA 244 Anna' })
];

describe('numberQuery', () => {
	it.each([
		['40003003091', '40003003091'],
		[' 40003 003 091 ', '40003003091'],
		['LV40003003091', '40003003091'],
		['110692-*****', '110692'],
		['110692*****', '110692'],
		['400', '400']
	])('reads %j as %j', (text, digits) => expect(numberQuery(text)).toBe(digits));

	it.each(['', '40', 'anna', '4000a', '12345678901234567890', 'LV'])(
		'reads %j as no number',
		(text) => expect(numberQuery(text)).toBeUndefined()
	);
});

describe('search by number', () => {
	const index = buildSearchIndex(DOCS);
	const ids = (text: string, filters = {}) =>
		searchIndex(index, { text, filters }).map((hit) => hit.doc.id);

	it('finds an organisation by its whole registration number', () => {
		const [hit, ...rest] = searchIndex(index, { text: '40003003091' });
		expect(hit?.doc.id).toBe('o-bank');
		expect(hit?.matchedNumber).toEqual({ kind: 'reg-no', key: '40003003091', length: 11 });
		expect(rest).toEqual([]);
	});

	it('finds every registration number with a prefix, in number order', () => {
		expect(ids('40003')).toEqual(['o-saw', 'o-bank']);
		expect(ids('4000')).toEqual(['o-saw', 'o-bank', 'o-party']);
	});

	it('finds people by the birth-date part of a masked code, and shows it masked', () => {
		const [hit] = searchIndex(index, { text: '110692' });
		expect(hit?.doc.id).toBe('p-anna');
		expect(hit?.matchedNumber).toEqual({ kind: 'code', key: '110692', length: 6 });
		expect(ids('110692-*****')).toEqual(['p-anna']);
	});

	it('applies the filters to number hits', () => {
		expect(ids('4000', { kinds: ['party'] })).toEqual(['o-party']);
	});

	it('falls back to names when no number fits', () => {
		expect(ids('244')).toEqual(['p-24']);
		expect(ids('999999')).toEqual([]);
	});

	it('keeps exact keys before longer ones with the same start', () => {
		const docs = [
			searchDoc({ id: 'a', kind: 'company', name: 'A', regNo: '1234567' }),
			searchDoc({ id: 'b', kind: 'company', name: 'B', regNo: '123456' })
		];
		const numbers = buildNumberIndex(docs);
		expect(findByNumber(numbers, '123456', 10).map((m) => m.doc)).toEqual([1, 0]);
	});

	it('comes to the page with the name-order tables, after the index', async () => {
		const built = buildSearchIndex(DOCS);
		const snapshot = takeSnapshot(built, docLinesOf(DOCS));
		const restored = await restoreIndex(structuredClone(snapshot));
		// Until the tables are here, a number is searched as text (and finds no name).
		expect(searchIndex(restored, { text: '40003003091' })).toEqual([]);
		attachTables(restored, structuredClone(nameOrderOf(built)));
		expect(searchIndex(restored, { text: '40003003091' })[0]?.doc.id).toBe('o-bank');
		expect(searchIndex(restored, { text: '240478' })[0]?.doc.id).toBe('p-anna-2');
	});

	it('walks only the matching keys: a prefix is found among many numbers', () => {
		const next = random(7);
		const many = Array.from({ length: 20_000 }, (_, i) =>
			searchDoc({
				id: `o-${String(i).padStart(5, '0')}`,
				kind: 'company',
				name: randomPersonName(next),
				regNo: String(40_003_000_000 + i * 7)
			})
		);
		const big = buildSearchIndex(many);
		const found = searchIndex(big, { text: '4000300007', limit: 50 });
		expect(found.map((hit) => hit.doc.regNo)).toEqual(
			many
				.map((doc) => doc.regNo!)
				.filter((regNo) => regNo.startsWith('4000300007'))
				.sort()
		);
	});
});
