import { describe, expect, it } from 'vitest';
import { sortedBy, tidy } from '../../../../src/views/explore/officials-state';

describe('sortedBy', () => {
	it.each([
		// A figure starts largest first; the default order (income, largest first) leaves the address.
		[{}, 'posts', { sort: 'posts', desc: true }],
		[{ sort: 'posts', desc: true } as const, 'posts', { sort: 'posts' }],
		[{ sort: 'posts' } as const, 'incomeCents', {}],
		[{}, 'incomeCents', { sort: 'incomeCents' }],
		// Text starts A–Z.
		[{ page: 3 }, 'name', { sort: 'name' }],
		[{ sort: 'name' } as const, 'name', { sort: 'name', desc: true }]
	] as const)('from %j, pressing %s gives %j (back on page 1)', (from, column, next) => {
		expect(sortedBy({ municipality: 'riga', ...from }, column)).toEqual({
			municipality: 'riga',
			...next
		});
	});
});

describe('tidy', () => {
	it('drops empty values', () => {
		expect(tidy({ year: 2023, party: '', q: undefined })).toEqual({ year: 2023 });
	});
});
