import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/lib/router/routes';

describe('officials and rankings routes', () => {
	it.each([
		'#/explore/officials',
		'#/explore/officials?year=2023&institution=o-1&party=Vienot%C4%ABba&municipality=riga&measure=incomeCents&sort=posts&desc=1&q=liepa&page=2',
		'#/explore/officials?sort=name',
		'#/explore/rankings',
		'#/explore/rankings?party=o-40008000001'
	])('round-trips %s', (hash) => {
		expect(formatHash(parseHash(hash))).toBe(hash);
	});

	it('drops unknown or malformed values and the default order', () => {
		expect(
			parseHash('#/explore/officials?year=20x3&measure=interests&sort=size&page=0&sort=incomeCents')
		).toEqual({ name: 'explore-officials' });
		expect(parseHash('#/explore/officials?sort=incomeCents&desc=1')).toEqual({
			name: 'explore-officials'
		});
		expect(parseHash('#/explore/officials?measure=holdingsCents&year=2022')).toEqual({
			name: 'explore-officials',
			options: { year: 2022, measure: 'holdingsCents' }
		});
	});
});
