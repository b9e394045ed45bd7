import { describe, expect, it } from 'vitest';
import {
	parseFlagsOptions,
	tidyFlagsOptions,
	writeFlagsOptions,
	type FlagsOptions
} from '../../../src/lib/router/flags-options';

const parse = (query: string) => parseFlagsOptions(new URLSearchParams(query));
function write(options: FlagsOptions): string {
	const query = new URLSearchParams();
	writeFlagsOptions(options, query);
	return query.toString();
}

describe('flags options', () => {
	it('reads every filter, the sort and the page, and writes them back in a fixed order', () => {
		const options = parse('page=2&sort=kind&institution=o-9&party=o-1&year=2023&kind=refunds');
		expect(options).toEqual({
			kind: 'refunds',
			year: 2023,
			party: 'o-1',
			institution: 'o-9',
			sort: 'kind',
			page: 2
		});
		expect(write(options)).toBe(
			'kind=refunds&year=2023&party=o-1&institution=o-9&sort=kind&page=2'
		);
	});

	it('drops defaults and malformed values instead of failing', () => {
		expect(parse('sort=year&page=1&year=20x3&party=')).toEqual({});
		expect(parse(`party=${'o'.repeat(201)}&page=1.5`)).toEqual({});
	});

	it('tidies unset fields away, so one selection has one address', () => {
		expect(tidyFlagsOptions({ kind: undefined, year: 2020, page: undefined })).toEqual({
			year: 2020
		});
		expect(write({})).toBe('');
	});
});
