import { describe, expect, it } from 'vitest';
import type { FtmEntity } from '../../../../src/model/ftm';
import { isA, propertyOf, requiredOf } from '../../../../src/builder/export/ftm-schema';
import { validateFtm } from '../../../../src/builder/export/ftm-validate';

const entity = (id: string, schema: string, properties: Record<string, string[]>): FtmEntity => ({
	id,
	schema,
	properties
});
const anna = entity('p1', 'Person', { name: ['Anna Liepa'] });
const party = entity('o1', 'Organization', { name: ['Zaļā Partija'] });
const company = entity('o2', 'Company', { name: ['SIA Ozols'] });

describe('the FtM schema table', () => {
	it.each([
		['Company', 'Organization', true],
		['Company', 'Asset', true],
		['PublicBody', 'LegalEntity', true],
		['Organization', 'Asset', false],
		['Person', 'Organization', false],
		['Ownership', 'Interval', true]
	])('%s is a %s: %s', (schema, ancestor, expected) => {
		expect(isA(schema, ancestor)).toBe(expected);
	});

	it.each([
		['Person', 'name', 'name'],
		['Person', 'registrationNumber', 'identifier'],
		['Payment', 'amount', 'number'],
		['Payment', 'recordId', 'string'],
		['Ownership', 'role', 'string'],
		['Company', 'amount', 'number']
	])('finds %s.%s (inherited) as a %s', (schema, name, type) => {
		expect(propertyOf(schema, name)?.type).toBe(type);
	});

	it('knows that Things carry no recordId and intervals no name', () => {
		expect(propertyOf('Person', 'recordId')).toBeUndefined();
		expect(propertyOf('Payment', 'name')).toBeUndefined();
	});

	it('collects required properties through parents', () => {
		expect(requiredOf('Company')).toEqual(['name']);
		expect(requiredOf('Payment')).toEqual(['payer', 'beneficiary']);
		expect(requiredOf('Occupancy')).toEqual(['holder', 'post']);
	});
});

describe('validateFtm', () => {
	it('accepts valid entities with inherited properties and references in range', () => {
		const pay = entity('d1', 'Payment', {
			payer: ['p1'],
			beneficiary: ['o1'],
			amount: ['12.50'],
			date: ['2023-09'],
			recordId: ['a1.csv:2'],
			sourceUrl: ['https://info.knab.gov.lv/lv/db/ziedojumi/']
		});
		const owns = entity('r1', 'Ownership', { owner: ['p1'], asset: ['o2'], role: ['owner'] });
		expect(validateFtm([anna, party, company, pay, owns])).toEqual([]);
	});

	it.each([
		[entity('x', 'Party', { name: ['X'] }), 'schema', 'unknown schema "Party"'],
		[entity('x', 'Interval', {}), 'schema', 'Interval is abstract'],
		[entity('x', 'Person', { name: ['X'], recordId: ['a.csv:2'] }), 'property', 'no property'],
		[entity('x', 'Person', { name: ['X'], alias: [] }), 'value', 'empty list'],
		[entity('x', 'Person', { name: ['X'], alias: [' '] }), 'value', 'not a non-empty string'],
		[entity('x', 'Person', { name: ['X'], birthDate: ['18.04.1971'] }), 'value', 'not a date'],
		[entity('x', 'Person', { name: ['X'], country: ['LV'] }), 'value', 'not a country'],
		[entity('x', 'Person', {}), 'missing-required', 'required name'],
		[
			entity('x', 'Ownership', { owner: ['p1'], asset: ['o1'] }),
			'reference',
			'points to a Organization, not a Asset'
		],
		[entity('x', 'Membership', { member: ['p9'] }), 'reference', 'p9, which was not emitted']
	])('reports %j as a %s problem', (bad, kind, problem) => {
		const issues = validateFtm([anna, party, company, bad]);
		expect(issues).toEqual([expect.objectContaining({ id: 'x', kind })]);
		expect(issues[0]!.problem).toContain(problem);
	});

	it('reports an id used twice', () => {
		expect(validateFtm([anna, anna])).toEqual([
			expect.objectContaining({ kind: 'duplicate-id', id: 'p1' })
		]);
	});
});
