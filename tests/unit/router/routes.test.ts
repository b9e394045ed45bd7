import { describe, expect, it } from 'vitest';
import { entityHref } from '../../../src/lib/router/entity-route';
import { formatHash, isExploreRoute, parseHash, type Route } from '../../../src/lib/router/routes';
import { MAX_EXPANDED_HUBS, MAX_PAGES_PER_HUB } from '../../../src/lib/router/view-options';

describe('parseHash', () => {
	it.each<[string, Route]>([
		['', { name: 'home' }],
		['#', { name: 'home' }],
		['#/', { name: 'home' }],
		['#/search', { name: 'search', q: '' }],
		['#/search?q=b%C4%93rzi%C5%86%C5%A1', { name: 'search', q: 'bērziņš' }],
		['#/search?q=J%C4%81nis+B', { name: 'search', q: 'Jānis B' }],
		['#/person/p-anna-liepa-1a2b', { name: 'person', id: 'p-anna-liepa-1a2b' }],
		['#/party/o-40008000001', { name: 'party', id: 'o-40008000001' }],
		['#/company/o-40003000001', { name: 'company', id: 'o-40003000001' }],
		['#/org/o-ngo-x-1', { name: 'org', id: 'o-ngo-x-1' }],
		['#/institutions', { name: 'institutions' }],
		['#/institution/o-90000028300', { name: 'institution', id: 'o-90000028300' }],
		['#/sources', { name: 'sources' }],
		['#/flags', { name: 'flags' }],
		['#/flags?kind=major-donor', { name: 'flags', kind: 'major-donor' }],
		[
			'#/flags?kind=refunds&year=2022&party=o-1&institution=o-9&sort=name&page=3',
			{
				name: 'flags',
				kind: 'refunds',
				year: 2022,
				party: 'o-1',
				institution: 'o-9',
				sort: 'name',
				page: 3
			}
		],
		// The default sort and page, a year that is not four digits and an unknown sort are dropped.
		['#/flags?year=22&sort=year&page=1', { name: 'flags' }],
		['#/flags?sort=size&page=-2', { name: 'flags' }],
		['#/graph/p-anna-liepa-1a2b', { name: 'graph', id: 'p-anna-liepa-1a2b' }],
		['#/person/p%2Fodd', { name: 'person', id: 'p/odd' }],
		['#/sources/', { name: 'sources' }],
		['#/connect', { name: 'connect' }],
		['#/connect?a=p-1', { name: 'connect', a: 'p-1' }],
		['#/connect?b=o-2', { name: 'connect', b: 'o-2' }],
		['#/connect?a=p-1&b=o%2F2', { name: 'connect', a: 'p-1', b: 'o/2' }],
		['#/connect?a=&b=o-2', { name: 'connect', b: 'o-2' }],
		['#/?q=b%C4%93rz', { name: 'home', q: 'bērz' }],
		['#/?q=', { name: 'home' }],
		['#/connect?a=p-1&possible=1', { name: 'connect', a: 'p-1', options: { possible: true } }],
		['#/connect?a=p-1&possible=yes', { name: 'connect', a: 'p-1' }],
		['#/explore/finances', { name: 'explore-finances' }],
		[
			'#/explore/finances?party=o-1&party=o-2&year=2022',
			{ name: 'explore-finances', parties: ['o-1', 'o-2'], year: 2022 }
		],
		// At most four parties, each once; a year that is not four digits is no year.
		[
			'#/explore/finances?party=a&party=b&party=a&party=c&party=d&party=e&year=22',
			{ name: 'explore-finances', parties: ['a', 'b', 'c', 'd'] }
		],
		[
			'#/graph/p-1?depth=2&hide=family,donated-to&possible=1&from=2015&to=2020&x=o-9&x=o-9&x=o-3',
			{
				name: 'graph',
				id: 'p-1',
				options: {
					depth: 2,
					hide: ['donated-to', 'family'],
					possible: true,
					yearFrom: 2015,
					yearTo: 2020,
					expanded: [
						['o-9', 2],
						['o-3', 1]
					]
				}
			}
		],
		// Malformed parameters are ignored, never an error.
		[
			'#/graph/p-1?depth=3&hide=nonsense,<b>&possible=true&from=20x5&to=-1&x=',
			{ name: 'graph', id: 'p-1' }
		],
		[
			'#/graph/p-1?hide=family,family,bogus',
			{ name: 'graph', id: 'p-1', options: { hide: ['family'] } }
		],
		['#/graph/p-1?%E0%A4%A=1&depth=2', { name: 'graph', id: 'p-1', options: { depth: 2 } }],
		['#/explore', { name: 'explore' }],
		['#/explore/donations', { name: 'explore-donations' }],
		['#/explore/donations?band=nonsense&page=0', { name: 'explore-donations' }],
		[
			'#/explore/donations?party=o-1&from=2022-01&to=2022-12&view=donors',
			{
				name: 'explore-donations',
				options: { parties: ['o-1'], from: '2022-01', to: '2022-12', view: 'donors' }
			}
		]
	])('reads %j', (hash, route) => expect(parseHash(hash)).toEqual(route));

	it.each([
		'#/nowhere',
		'#/person',
		'#/graph',
		'#/graph/p-1/2',
		'#/person/a/b',
		'#/person/%E0%A4%A',
		'#/search/x',
		'#/explore/nowhere',
		'#/explore/donations/2'
	])('treats %j as not found, keeping the path', (hash) =>
		expect(parseHash(hash)).toEqual({ name: 'not-found', path: hash.slice(1) })
	);
});

describe('formatHash', () => {
	it.each<[Route, string]>([
		[{ name: 'home' }, '#/'],
		[{ name: 'search', q: '' }, '#/search'],
		[{ name: 'search', q: 'Bērziņš & co' }, '#/search?q=B%C4%93rzi%C5%86%C5%A1+%26+co'],
		[{ name: 'person', id: 'p-1' }, '#/person/p-1'],
		[{ name: 'person', id: 'p/odd' }, '#/person/p%2Fodd'],
		[{ name: 'institutions' }, '#/institutions'],
		[{ name: 'institution', id: 'o-1' }, '#/institution/o-1'],
		[{ name: 'sources' }, '#/sources'],
		[{ name: 'flags', kind: 'refunds' }, '#/flags?kind=refunds'],
		[{ name: 'connect' }, '#/connect'],
		[{ name: 'connect', b: 'o-2' }, '#/connect?b=o-2'],
		[{ name: 'connect', a: 'p-1', b: 'o&2' }, '#/connect?a=p-1&b=o%262'],
		[{ name: 'graph', id: 'o-40008000001' }, '#/graph/o-40008000001'],
		[{ name: 'home', q: 'bērz' }, '#/?q=b%C4%93rz'],
		[{ name: 'explore-finances', parties: [] }, '#/explore/finances'],
		[
			{ name: 'explore-finances', parties: ['o-1', 'o&2'], year: 2021 },
			'#/explore/finances?party=o-1&party=o%262&year=2021'
		],
		[{ name: 'connect', a: 'p-1', options: { possible: true } }, '#/connect?a=p-1&possible=1'],
		[
			{ name: 'graph', id: 'p-1', options: { depth: 2, expanded: [['o-9', 2]] } },
			'#/graph/p-1?depth=2&x=o-9&x=o-9'
		]
	])('writes %j as %j', (route, hash) => expect(formatHash(route)).toBe(hash));

	it.each<Route>([
		{ name: 'explore-finances', parties: ['o-1', 'o-2'], year: 2024 },
		{ name: 'home' },
		{ name: 'search', q: 'jānis bēldiņš?#/x' },
		{ name: 'party', id: 'o-party-jauna-1f' },
		{ name: 'company', id: 'o-40003000001' },
		{ name: 'org', id: 'o x' },
		{ name: 'institution', id: 'o-90000028300' },
		{ name: 'sources' },
		{ name: 'flags' },
		{ name: 'flags', kind: 'wealth-growth' },
		{ name: 'flags', year: 2021, institution: 'o&9', sort: 'kind', page: 2 },
		{ name: 'connect' },
		{ name: 'connect', a: 'p-1' },
		{ name: 'connect', a: 'p x&y=1', b: 'o-40008000001' },
		{ name: 'graph', id: 'p/odd x' },
		{ name: 'home', q: 'jānis & co' },
		{ name: 'connect', a: 'p-1', b: 'p-2', options: { possible: true } },
		{ name: 'explore' },
		{ name: 'explore-donations' },
		{
			name: 'explore-donations',
			options: { measure: 'fees', parties: ['o-1'], bands: ['ge10k'], q: 'a&b', page: 2 }
		},
		{
			name: 'graph',
			id: 'p-1',
			options: { hide: ['member-of'], yearFrom: 2001, expanded: [['o&x', 3]], possible: true }
		}
	])('round-trips %j', (route) => expect(parseHash(formatHash(route))).toEqual(route));
});

describe('isExploreRoute', () => {
	it.each([
		['#/explore', true],
		['#/explore/donations?party=o-1', true],
		['#/explore/nowhere', false],
		['#/connect', false],
		['#/person/p-explore-1', false]
	])('tells whether %j is an explore page: %s', (hash, is) =>
		expect(isExploreRoute(parseHash(hash))).toBe(is)
	);
});

describe('entityHref', () => {
	it.each([
		['person', '#/person/p-1'],
		['party', '#/party/p-1'],
		['company', '#/company/p-1'],
		['institution', '#/institution/p-1'],
		['municipality', '#/institution/p-1'],
		['ngo', '#/org/p-1'],
		['other', '#/org/p-1']
	] as const)('links a %s to %s', (kind, href) => {
		expect(entityHref({ id: 'p-1', kind })).toBe(href);
	});
});

describe('graph options in the address', () => {
	it('caps how many hubs and pages a link can ask for', () => {
		const hubs = Array.from({ length: 30 }, (_, i) => `x=o-${i}`).join('&');
		const pages = Array.from({ length: 50 }, () => 'x=o-0').join('&');
		const route = parseHash(`#/graph/p-1?${pages}&${hubs}`);
		const expanded = route.name === 'graph' ? route.options?.expanded : undefined;
		expect(expanded).toHaveLength(MAX_EXPANDED_HUBS);
		expect(expanded?.[0]).toEqual(['o-0', MAX_PAGES_PER_HUB]);
	});
});
