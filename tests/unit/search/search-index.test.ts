import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/model/fold-name';
import type { SearchDoc } from '../../../src/model/types';
import { buildSearchIndex, listDocs, searchIndex } from '../../../src/lib/search/search-index';
import type { SearchFilters } from '../../../src/lib/search/search-types';
import { random, randomPersonName, searchDoc } from '../../fixtures/search-fixtures';

const GREEN = 'Partija "Zaļā Nākotne"';
const UNITY = 'Apvienība "Fiktīvā Vienotība"';

const named: SearchDoc[] = [
	searchDoc({
		id: 'p-janis-deputy',
		name: 'Jānis Bēldiņš',
		roles: ['saeima-deputy'],
		posts: ['Saeimas deputāts'],
		parties: [GREEN],
		years: [2010, 2022]
	}),
	searchDoc({
		id: 'p-janis-donor',
		name: 'Jānis Bēldiņš',
		roles: ['donor'],
		parties: [UNITY],
		years: [2019, 2019]
	}),
	searchDoc({ id: 'p-peteris', name: 'Pēteris Bēldiņš', roles: ['donor'], years: [2015, 2018] }),
	searchDoc({
		id: 'p-anna',
		name: 'Anna Bēldiņa',
		roles: ['municipal-deputy'],
		years: [2017, 2021]
	}),
	searchDoc({ id: 'p-janis-ozars', name: 'Jānis Bēldiņš-Ozars', roles: ['company-officer'] }),
	searchDoc({ id: 'p-maris', name: 'Māris Dzelmiņš', roles: ['minister'], parties: [UNITY] }),
	searchDoc({ id: 'p-inga', name: 'Inga Zariņa-Stūrīte', roles: ['official'] }),
	searchDoc({ id: 'p-girts', name: 'ĢIRTS ŠĶĒLE', roles: ['saeima-deputy'], years: [1995, 2002] }),
	searchDoc({ id: 'p-ilze', name: 'Ilze Dzelmiņa', otherNames: ['Ilze Liepiņa'] }),
	searchDoc({
		id: 'c-saw',
		kind: 'company',
		name: 'SIA "Bēldiņu Kokzāģētava"',
		years: [2005, 2024]
	}),
	searchDoc({ id: 'c-fish', kind: 'company', name: 'AS "Straße Zivis"' }),
	searchDoc({ id: 'o-green', kind: 'party', name: GREEN }),
	searchDoc({ id: 'o-unity', kind: 'party', name: UNITY }),
	searchDoc({ id: 'o-audit', kind: 'institution', name: 'Fiktīvā Valsts kontrole' }),
	searchDoc({ id: 'o-riga', kind: 'municipality', name: 'Rīgas valstspilsētas pašvaldība' })
];

const reserved = /beldin|dzelmin|zarin|stur|skel|liepin/;
const next = random(42);
const crowd = Array.from({ length: 400 }, (_, i) =>
	searchDoc({ id: `r${i}`, name: randomPersonName(next), roles: ['donor'], years: [2012, 2016] })
).filter((doc) => !reserved.test(foldText(doc.name)));
const docs = [...named, ...crowd];
const index = buildSearchIndex(docs);

/** The filters spelled out plainly, to check the packed columns against. */
function passes(doc: SearchDoc, { kinds, roles, party, year }: SearchFilters): boolean {
	return (
		(!kinds || kinds.includes(doc.kind)) &&
		(!roles || roles.some((role) => doc.roles.includes(role))) &&
		(!party || doc.parties.includes(party)) &&
		(!year || (!!doc.years && doc.years[0] <= year && year <= doc.years[1]))
	);
}

const search = (text: string, filters?: SearchFilters) => searchIndex(index, { text, filters });
const topName = (text: string) => search(text)[0]?.doc.name;

describe('searchIndex', () => {
	it('has a few hundred docs to search', () => expect(docs.length).toBeGreaterThan(300));

	it.each([
		['beldins', 'Jānis Bēldiņš'],
		['beldinsh', 'Jānis Bēldiņš'],
		['bēldiņš', 'Jānis Bēldiņš'],
		['BĒLDIŅŠ JĀNIS', 'Jānis Bēldiņš'],
		['beldiņš jānis', 'Jānis Bēldiņš'],
		['janis beld', 'Jānis Bēldiņš'],
		['jnis beldins', 'Jānis Bēldiņš'],
		['peteris', 'Pēteris Bēldiņš'],
		['beldina', 'Anna Bēldiņa'],
		['zarina sturite', 'Inga Zariņa-Stūrīte'],
		['zariņa-stūre', 'Inga Zariņa-Stūrīte'],
		['sture', 'Inga Zariņa-Stūrīte'],
		['dzelmins', 'Māris Dzelmiņš'],
		['dzelminsh maris', 'Māris Dzelmiņš'],
		['skele', 'ĢIRTS ŠĶĒLE'],
		['Girts Šķēle', 'ĢIRTS ŠĶĒLE'],
		['ilze liepina', 'Ilze Dzelmiņa'],
		['kokzagetava', 'SIA "Bēldiņu Kokzāģētava"'],
		['kokzāģ', 'SIA "Bēldiņu Kokzāģētava"'],
		['strasse', 'AS "Straße Zivis"'],
		['zala nakotne', GREEN],
		['valsts kontrole', 'Fiktīvā Valsts kontrole']
	])('%j finds %s first', (query, expected) => expect(topName(query)).toBe(expected));

	it('finds a partial word, names with a word starting with it first', () => {
		const hits = search('beld');
		const starts = hits.map((hit) => /(^|[^a-z])beld/.test(foldText(hit.matchedName)));
		expect(starts.slice(0, 6)).toEqual([true, true, true, true, true, true]);
		expect(starts.indexOf(false)).toBe(starts.lastIndexOf(true) + 1);
		expect(hits.map((hit) => hit.doc.id)).toEqual(
			expect.arrayContaining(['p-janis-deputy', 'p-anna', 'p-janis-ozars', 'c-saw'])
		);
	});

	it('ranks exact and prefix words above fuzzy ones', () => {
		const ids = search('beldins').map((hit) => hit.doc.id);
		expect(ids.slice(0, 4).sort()).toEqual(
			['p-janis-deputy', 'p-janis-donor', 'p-janis-ozars', 'p-peteris'].sort()
		);
		expect(ids.indexOf('p-anna')).toBeGreaterThan(3);
		const scores = search('beldins').map((hit) => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
	});

	it('ignores letter case and diacritics alike', () => {
		const ids = (text: string) => search(text).map((hit) => hit.doc.id);
		expect(ids('JANIS BELDINS')).toEqual(ids('jānis bēldiņš'));
	});

	it('returns nothing for blank text and no filters, and at most `limit` hits', () => {
		expect(search('   ')).toEqual([]);
		expect(searchIndex(index, { text: 'a', limit: 5 })).toHaveLength(5);
	});

	it.each<[string, string, SearchFilters, string[]]>([
		['kind', 'beld', { kinds: ['company'] }, ['c-saw']],
		['role', 'janis beldins', { roles: ['donor'] }, ['p-janis-donor']],
		[
			'roles (any of)',
			'beldins',
			{ roles: ['donor', 'saeima-deputy'] },
			['p-janis-deputy', 'p-janis-donor', 'p-peteris']
		],
		['party', 'beldins', { party: GREEN }, ['p-janis-deputy']],
		['year', 'beld', { year: 2020 }, ['p-anna', 'p-janis-deputy', 'c-saw']],
		['unknown party', 'beldins', { party: 'Nav tādas' }, []]
	])('filters by %s', (_, text, filters, expected) => {
		const hits = search(text, filters);
		const top = hits.slice(0, expected.length).map((hit) => hit.doc.id);
		expect(top.sort()).toEqual([...expected].sort());
		for (const { doc } of hits) expect(passes(doc, filters)).toBe(true);
	});

	it('lists filtered docs by name when the text is empty', () => {
		expect(search('', { kinds: ['party'] }).map((hit) => hit.doc.id)).toEqual([
			'o-unity',
			'o-green'
		]);
	});

	it('lists docs of given kinds for pickers', () => {
		const names = listDocs(index, ['institution', 'municipality']).map((doc) => doc.name);
		expect(names).toEqual(['Fiktīvā Valsts kontrole', 'Rīgas valstspilsētas pašvaldība']);
	});
});

describe('match highlighting', () => {
	const marked = (text: string, id: string) => {
		const hit = search(text).find((candidate) => candidate.doc.id === id);
		return hit?.ranges.map(([start, end]) => hit.matchedName.slice(start, end + 1));
	};

	it.each([
		['beldins', 'p-janis-deputy', ['Bēldiņš']],
		['beldiņš jānis', 'p-janis-deputy', ['Jānis', 'Bēldiņš']],
		['janis beld', 'p-janis-ozars', ['Jānis', 'Bēld']],
		['girts skele', 'p-girts', ['ĢIRTS', 'ŠĶĒLE']],
		['ilze liepina', 'p-ilze', ['Ilze', 'Liepiņa']],
		['strasse', 'c-fish', ['Straße']],
		['zarina sturite', 'p-inga', ['Zariņa', 'Stūrīte']]
	])('%j marks %s as %j', (text, id, expected) => expect(marked(text, id)).toEqual(expected));

	it('marks a fuzzy match inside the name as published', () => {
		const [hit] = search('beldinsh');
		expect(hit?.ranges.length).toBeGreaterThan(0);
		for (const [start, end] of hit?.ranges ?? []) {
			expect('Bēldiņš'.includes(hit?.matchedName.slice(start, end + 1) ?? '-')).toBe(true);
		}
	});

	it('maps ranges into names stored in decomposed form', () => {
		const decomposed = 'Jānis Bēldiņš'.normalize('NFD');
		const own = buildSearchIndex([searchDoc({ id: 'nfd', name: decomposed })]);
		const [hit] = searchIndex(own, { text: 'beldins' });
		const [start, end] = hit?.ranges[0] ?? [0, -1];
		expect(decomposed.slice(start, end + 1)).toBe('Bēldiņš'.normalize('NFD'));
	});
});

describe('namesakes', () => {
	const holders = (count: number, name: string, prefix: string, kind?: SearchDoc['kind']) =>
		Array.from({ length: count }, (_, i) =>
			searchDoc({ id: `${prefix}-${i + 1}`, name, ...(kind && { kind }) })
		);
	const own = buildSearchIndex(
		[
			...holders(6, 'Laila Dzērvīte', 'p-laila'),
			...holders(2, 'Aiga Dzērvīte', 'p-aiga'),
			...holders(4, 'AS "Dzērves Būve"', 'o-as', 'company'),
			...holders(4, 'Biedrība "Dzērves Būve"', 'o-assoc', 'ngo'),
			...holders(1, 'SIA "Dzērves Būve"', 'o-sia', 'company'),
			...crowd
		].sort((a, b) => (a.id < b.id ? -1 : 1))
	);
	const ids = (text: string) => searchIndex(own, { text }).map((hit) => hit.doc.id);

	it('lists three holders of the closest guess, then the next guess, then the other holders', () => {
		const found = ids('aila dzervite');
		const firstAiga = found.findIndex((id) => id.startsWith('p-aiga'));
		expect(firstAiga).toBeGreaterThanOrEqual(0);
		expect(firstAiga).toBeLessThan(4);
		// Each name's first three holders come before the fourth holder of any.
		const lailas = found.filter((id) => id.startsWith('p-laila'));
		expect(lailas).toHaveLength(6);
		expect(found.indexOf(lailas[3]!)).toBeGreaterThan(found.lastIndexOf('p-aiga-2'));
	});

	it('keeps every holder of a name typed exactly together, first, in id order', () => {
		expect(ids('laila dzervite').slice(0, 6)).toEqual(
			['1', '2', '3', '4', '5', '6'].map((n) => `p-laila-${n}`)
		);
	});

	it('reaches a name shared with no one past the holders of names that differ only in a word not typed', () => {
		const found = ids('dzerves buve');
		expect(found.slice(0, 7)).toEqual([
			'o-as-1',
			'o-as-2',
			'o-as-3',
			'o-assoc-1',
			'o-assoc-2',
			'o-assoc-3',
			'o-sia-1'
		]);
		expect(found.slice(7, 9)).toEqual(['o-as-4', 'o-assoc-4']);
	});
});
