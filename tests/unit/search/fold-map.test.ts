import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/model/fold-name';
import { foldName, foldWithMap, mapRanges } from '../../../src/lib/search/fold-map';
import { random, randomPersonName } from '../../fixtures/search-fixtures';

describe('foldWithMap', () => {
	const next = random(3);
	const names = [
		'Jānis Bēldiņš',
		'  ĢIRTS   ŠĶĒLE ',
		'Inga Zariņa - Stūrīte',
		'AS "Straße Zivis"',
		'Jānis Bēldiņš'.normalize('NFD'),
		'ﬁlma İlze',
		'Ļena Ūdre-Ķēniņa',
		...Array.from({ length: 200 }, () => randomPersonName(next))
	];

	it.each(names)('folds %j exactly as foldText does', (name) => {
		expect(foldWithMap(name).folded).toBe(foldText(name));
		expect(foldName(name)).toBe(foldText(name));
	});

	it.each(['ΟΔΥΣΣΕΑΣ ΣΑΣ', 'a¨b', 'x\u00a0\u2003y', '\u0301Ā'])(
		'falls back to foldText where a letter folds by its neighbours (%j)',
		(name) => expect(foldName(name)).toBe(foldText(name))
	);

	it('keeps the length of Latvian letters, so indices line up one to one', () => {
		const { folded, starts, ends } = foldWithMap('Ģirts Šķēle');
		expect(folded).toBe('girts skele');
		expect(starts).toEqual([...folded].map((_, i) => i));
		expect(ends).toEqual(starts);
	});

	it.each<[string, [number, number], string]>([
		['AS Straße', [3, 9], 'Straße'],
		['AS Straße', [7, 8], 'ß'],
		['AS Straße', [8, 8], 'ß'],
		['  Bērziņš', [0, 6], 'Bērziņš'],
		['Jānis Bēldiņš'.normalize('NFD'), [0, 4], 'Jānis'.normalize('NFD')],
		['ﬁlma', [0, 0], 'ﬁ']
	])('maps a range in %j back to the source', (name, range, expected) => {
		const [[start, end] = [0, -1]] = mapRanges(foldWithMap(name), [range]);
		expect(name.slice(start, end + 1)).toBe(expected);
	});

	it('merges ranges that touch once mapped', () => {
		expect(
			mapRanges(foldWithMap('Straße'), [
				[0, 2],
				[3, 6]
			])
		).toEqual([[0, 5]]);
		expect(
			mapRanges(foldWithMap('ab cd'), [
				[3, 4],
				[0, 0]
			])
		).toEqual([
			[0, 0],
			[3, 4]
		]);
	});
});
