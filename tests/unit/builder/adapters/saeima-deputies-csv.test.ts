import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saeimaDeputiesCsv } from '../../../../src/builder/adapters/saeima-deputies-csv';
import type { PostRecord } from '../../../../src/builder/sources/source-records';
import { runAdapter } from '../../../fixtures/adapters';
import { csvRows } from '../../../fixtures/cited-records';
import { describeRealData, realPath } from '../../../fixtures/realdata';

const fixture = (name: string) =>
	resolve(import.meta.dirname, '../../../fixtures/sources/saeima', name);

function deputies(path: string) {
	const result = runAdapter(saeimaDeputiesCsv, path);
	const records = result.records as PostRecord[];
	const at = (line: number, relation: PostRecord['relation'] = 'holds-post') =>
		records.find((r) => r.relation === relation && r.source.record.endsWith(`:${line}`));
	return { ...result, records, at };
}

const SAEIMA = {
	type: 'organisation',
	name: 'Latvijas Republikas Saeima',
	regNo: '90000028300',
	kind: 'institution'
};

const DETAILS = {
	faction: 'Ziemeļu frakcija',
	list: 'Ziemeļu Alianse',
	mandate: 'Pilntiesīgs mandāts',
	email: 'ilze.priedite@example.lv'
};

describe('saeimaDeputiesCsv on the groups.csv layout', () => {
	const result = deputies(fixture('deputies.csv'));

	it('reads each deputy, rejecting a row without a name and a short row', () => {
		expect(result.rowsRead).toBe(5);
		expect(result.rejected).toEqual([
			{ line: 5, reason: 'no deputy name' },
			{ line: 6, reason: '9 fields where the header has 11' }
		]);
		expect(result.records).toHaveLength(4);
	});

	it('emits the post in the Saeima numbered from the header, with its term, what the list says, and the profile URL', () => {
		expect(result.at(2)).toEqual({
			type: 'post',
			person: {
				type: 'person',
				name: 'Ilze Priedīte',
				birthYear: 1975,
				party: 'Ziemeļu Alianse',
				institution: 'Latvijas Republikas Saeima',
				municipality: 'Siguldas novads, Mores pagasts'
			},
			organisation: SAEIMA,
			relation: 'holds-post',
			role: '13. Saeimas deputāts',
			// The 13th Saeima's term, from data/saeima-terms.json.
			start: '2018-11-06',
			end: '2022-11-01',
			details: DETAILS,
			source: {
				dataset: 'test',
				record: 'deputies.csv:2',
				url: 'https://titania.saeima.lv/personal/deputati/example.nsf/0/AAAA?OpenDocument&lang=LV'
			}
		});
	});

	it('emits party membership only when a party is named', () => {
		const membership = result.at(2, 'member-of');
		expect(membership).toMatchObject({
			organisation: { type: 'organisation', name: 'Ziemeļu Alianse', kind: 'party' }
		});
		// The list names the party, not a title: no role is made up for it.
		expect(membership).not.toHaveProperty('role');
		expect(result.at(3, 'member-of')).toBeUndefined();
		expect(result.at(4, 'member-of')).toBeUndefined();
		expect(result.warnings).toContain('line 4: party "Nav" read as no party');
	});

	it('adds a temporary mandate to the role, as published', () => {
		expect(result.at(3)?.role).toBe(
			'13. Saeimas deputāts (Apstiprināts uz laiku, kamēr ministra pienākumus pilda deputāts)'
		);
	});

	it('keeps a deputy whose birth year or URL is unreadable, and says so', () => {
		expect(result.at(4)?.person).not.toHaveProperty('birthYear');
		expect(result.at(4)?.source).not.toHaveProperty('url');
		expect(result.warnings).toContain('line 4: birth year "19x0" unreadable; left out');
		expect(result.warnings).toContain('1 deputy row(s) without a profile URL (4)');
	});
});

describe('saeimaDeputiesCsv on reordered, respelled columns', () => {
	const result = deputies(fixture('deputies-reordered.csv'));

	it.each([
		[2, 'Egils Zariņš'],
		[3, 'Dace Ābele']
	])('reads line %i in either name order as %s', (line, name) => {
		expect(result.at(line)?.person.name).toBe(name);
	});

	it('finds the columns by folded name and the Saeima number in "Darbība 14. Saeimā"', () => {
		expect(result.rejected).toEqual([]);
		expect(result.at(2)).toMatchObject({
			role: '14. Saeimas deputāts',
			person: { birthYear: 1958, party: 'Ziemeļu Alianse', municipality: 'Jūrmala' },
			source: { url: 'https://titania.saeima.lv/personal/deputati/example14.nsf/0/CCCC' }
		});
		expect(result.records).toHaveLength(3);
	});
});

describeRealData('saeimaDeputiesCsv', () => {
	const path = realPath('lv-saeima-deputies-delna-iw', 'groups.csv');
	const result = deputies(path);
	const posts = result.records.filter((r) => r.relation === 'holds-post');
	// The list's cells, read with this test's own CSV reader: what a test expects of a row is
	// taken from here at run time, never written here (the list names real people).
	const rows = csvRows(readFileSync(path, 'utf8'));
	const header = rows.get(1)!;
	rows.delete(1);
	const cell = (line: number, column: string) => rows.get(line)![header.indexOf(column)]!;
	const linesWhere = (column: string, test: (value: string) => boolean) =>
		[...rows.keys()].filter((line) => test(cell(line, column).trim()));

	it('reads the 100 deputies of the 13th Saeima and rejects none', () => {
		expect(result.rowsRead).toBe(100);
		expect(result.rejected).toEqual([]);
		expect(posts).toHaveLength(100);
		expect(posts.every((r) => r.role?.startsWith('13. Saeimas deputāts'))).toBe(true);
	});

	it('emits 90 party memberships: 9 rows leave the party empty and one says "Nav"', () => {
		expect(result.records.filter((r) => r.relation === 'member-of')).toHaveLength(90);
		const nav = linesWhere('Politiska partija', (party) => party === 'Nav');
		expect(nav).toHaveLength(1);
		expect(result.warnings).toContain(`line ${nav[0]}: party "Nav" read as no party`);
		expect(result.at(nav[0]!, 'member-of')).toBeUndefined();
	});

	it('reads the deputy on line 2 as "Given Surname", with the birth year and residence the row gives', () => {
		// The list writes "Surname, Given"; the name is read from the file, not written here.
		const [surname, given] = cell(2, 'Deputāts/e').split(', ');
		const birthYear = cell(2, 'Dzimšanas gads');
		expect(birthYear).toMatch(/^(19|20)\d\d$/);
		expect(result.at(2)?.person).toMatchObject({
			name: `${given} ${surname}`,
			birthYear: Number(birthYear),
			municipality: cell(2, 'Dzīvesvieta')
		});
	});

	it('marks the 15 temporary mandates in the role, and finds one row without a URL', () => {
		expect(posts.filter((r) => r.role !== '13. Saeimas deputāts')).toHaveLength(15);
		const withoutUrl = linesWhere('Darbība 13.Saeimā', (url) => !url.startsWith('http'));
		expect(withoutUrl).toHaveLength(1);
		expect(result.warnings).toContain(`1 deputy row(s) without a profile URL (${withoutUrl[0]})`);
	});
});
