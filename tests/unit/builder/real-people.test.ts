/**
 * Who is who on the real samples built together (issue 12, items 7 and 8): one person per
 * person where the sources corroborate it, and an unresolved name left apart with its reason.
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { REAL_FILES, resolveFiles } from '../../../src/builder/eval/run';
import type { SightingLink } from '../../../src/builder/resolve/resolve';
import { foldText } from '../../../src/model/fold-name';
import { describeRealData, isOnRow, REALDATA } from '../../fixtures/realdata';

let links: SightingLink[];
const nameOf = (link: SightingLink): string => {
	const { record } = link;
	if (record.type === 'donation') return record.donorName;
	if (record.type === 'post' || record.type === 'declaration') return record.person.name;
	return '';
};
/**
 * The name on a record, given as `file:line` or as a file of one declaration. People are
 * found by the row they are on, never by a name written here: the samples name real people.
 */
const nameOn = (record: string) =>
	nameOf(links.find((l) => isOnRow(l.record.source.record, record))!);
/** The people the records of one folded name were resolved to, by the file each came from. */
const peopleNamed = (name: string) => {
	const byFile = new Map<string, Set<string>>();
	for (const link of links.filter((l) => foldText(nameOf(l)) === foldText(name))) {
		const file = link.record.source.record.split(':')[0]!;
		byFile.set(file, (byFile.get(file) ?? new Set()).add(link.person));
	}
	return byFile;
};

describeRealData('people across the real samples', () => {
	beforeAll(() => {
		links = resolveFiles(REAL_FILES.map((f) => join(REALDATA, f)));
	}, 60_000);

	it('makes the 2024 portal declaration (upper case) and the donor one person, on the party post', () => {
		const people = peopleNamed(nameOn('slesers-2024.html'));
		expect(people.get('slesers-2024.html')?.size).toBe(1);
		expect(people.get('a1.csv')).toEqual(people.get('slesers-2024.html'));
	});

	it('makes a minister’s declaration filed at the State Chancellery the list deputy’s', () => {
		// The deputy on line 84 of the list.
		const people = peopleNamed(nameOn('groups.csv:84'));
		const all = new Set([...people.values()].flatMap((ids) => [...ids]));
		expect([...people.keys()].sort()).toEqual([
			'a1.csv',
			'a2.csv',
			'groups.csv',
			'interests_and_assets.csv'
		]);
		expect(all.size).toBe(1);
	});

	it('keeps the deputy apart from two donors of the same name and birth year', () => {
		const people = peopleNamed(nameOn('groups.csv:100'));
		const deputy = [...people.get('groups.csv')!][0]!;
		expect(people.get('a1.csv')!.size).toBe(2);
		expect(people.get('a1.csv')!.has(deputy)).toBe(false);
	});
});
