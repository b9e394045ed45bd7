import { describe, expect, it } from 'vitest';
import { pickExamples } from '../../../src/lib/search/examples';
import { searchDoc } from '../../fixtures/search-fixtures';

describe('pickExamples', () => {
	it('offers an official, a party and a company by registration number, from the data', () => {
		const docs = [
			searchDoc({ id: 'p-donor', name: 'Ilze Donore', roles: ['donor'], years: [1990, 2024] }),
			searchDoc({ id: 'p-off', name: 'Ivars Ierēdnis', roles: ['official'], years: [2000, 2024] }),
			searchDoc({
				id: 'p-dep',
				name: 'Dace Deputāte',
				roles: ['saeima-deputy'],
				years: [2020, 2022]
			}),
			searchDoc({
				id: 'p-dep2',
				name: 'Uldis Deputāts',
				roles: ['saeima-deputy'],
				years: [2010, 2022]
			}),
			searchDoc({ id: 'o-p1', kind: 'party', name: 'Jaunā Partija', years: [2018, 2020] }),
			searchDoc({ id: 'o-p2', kind: 'party', name: 'Vecā Partija', years: [1995, 2024] }),
			searchDoc({ id: 'o-c1', kind: 'company', name: 'SIA "Bez numura"', years: [1990, 2024] }),
			searchDoc({ id: 'o-c2', kind: 'company', name: 'SIA "Ar numuru"', regNo: '40003000123' })
		];
		expect(pickExamples(docs)).toEqual([
			{ text: 'Uldis Deputāts', kind: 'person' },
			{ text: 'Vecā Partija', kind: 'party' },
			{ text: '40003000123', kind: 'company' }
		]);
		// The same three whatever order the docs come in.
		expect(pickExamples([...docs].reverse())).toEqual(pickExamples(docs));
	});

	it('offers only what the data has', () => {
		expect(pickExamples([searchDoc({ id: 'p-1', name: 'Anna', roles: ['donor'] })])).toEqual([]);
	});
});
