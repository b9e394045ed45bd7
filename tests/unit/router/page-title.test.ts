import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../../src/lib/i18n/i18n.svelte';
import { MESSAGES } from '../../../src/lib/i18n/messages';
import { pageTitle, type TitleNames } from '../../../src/lib/router/page-title';
import { parseHash } from '../../../src/lib/router/routes';

const translate = (locale: 'lv' | 'en') => (key: string, vars?: Record<string, string>) =>
	fillMessage(MESSAGES[locale][key as keyof (typeof MESSAGES)['en']], vars);

describe('pageTitle', () => {
	it.each<[string, TitleNames, string, string]>([
		['#/', {}, 'Plainview', 'Plainview'],
		['#/?q=anna', {}, 'Plainview', 'Plainview'],
		['#/search', {}, 'Search · Plainview', 'Meklēt · Plainview'],
		[
			'#/search?q=Anna+Liepa',
			{},
			'Search: Anna Liepa · Plainview',
			'Meklēšana: Anna Liepa · Plainview'
		],
		['#/person/p-1', { entity: 'Anna Liepa' }, 'Anna Liepa · Plainview', 'Anna Liepa · Plainview'],
		[
			'#/party/o-1',
			{ entity: 'Zaļā Nākotne' },
			'Zaļā Nākotne · Plainview',
			'Zaļā Nākotne · Plainview'
		],
		['#/person/p-1', {}, 'Plainview', 'Plainview'],
		['#/person/p-x', { isMissing: true }, 'Not found · Plainview', 'Nav atrasts · Plainview'],
		[
			'#/graph/p-1?depth=2',
			{ entity: 'Anna Liepa' },
			'Network: Anna Liepa · Plainview',
			'Tīkls: Anna Liepa · Plainview'
		],
		[
			'#/connect?a=p-1&b=o-1',
			{ a: 'Anna Liepa', b: 'Zaļā Nākotne' },
			'Connections: Anna Liepa → Zaļā Nākotne · Plainview',
			'Savienojumi: Anna Liepa → Zaļā Nākotne · Plainview'
		],
		[
			'#/connect?a=p-1',
			{ a: 'Anna Liepa' },
			'Connections: Anna Liepa → … · Plainview',
			'Savienojumi: Anna Liepa → … · Plainview'
		],
		['#/connect', {}, 'Connections · Plainview', 'Savienojumi · Plainview'],
		['#/institutions', {}, 'My deputies · Plainview', 'Mani deputāti · Plainview'],
		['#/sources', {}, 'Sources · Plainview', 'Avoti · Plainview'],
		['#/explore', {}, 'Explore · Plainview', 'Pārskats · Plainview'],
		[
			'#/explore/donations?party=o-1',
			{},
			'Money to parties · Plainview',
			'Nauda partijām · Plainview'
		],
		['#/no/such/page', {}, 'Not found · Plainview', 'Nav atrasts · Plainview']
	])('titles %j (%j) in English and Latvian', (hash, names, en, lv) => {
		expect(pageTitle(parseHash(hash), names, translate('en'))).toBe(en);
		expect(pageTitle(parseHash(hash), names, translate('lv'))).toBe(lv);
	});
});
