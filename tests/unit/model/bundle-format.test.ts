import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, parseBundleFile, parseManifest } from '../../../src/model/bundle-format';

const facts = (groups: unknown[]) => ({ format: BUNDLE_FORMAT, kind: 'facts', groups });
const group = (extra: object = {}) => ({
	entity: 'p-anna-1',
	declarations: [],
	donations: [],
	taxTotals: [],
	relations: [],
	refs: [],
	...extra
});

describe('parseBundleFile', () => {
	it('accepts a valid facts file', () => {
		expect(parseBundleFile('facts-0001.json', facts([group()])).kind).toBe('facts');
	});

	it.each([2, 0, '1', undefined])(
		'refuses format %j, naming the file and the rebuild command',
		(format) => {
			expect(() => parseBundleFile('facts-0001.json', { ...facts([]), format })).toThrow(
				/^facts-0001\.json: unknown bundle format .*npm run build:data/
			);
		}
	);

	it.each(['__proto__', 'constructor', 'toString', 'people', 42])(
		'refuses file kind %j',
		(kind) => {
			expect(() => parseBundleFile('x.json', { format: BUNDLE_FORMAT, kind })).toThrow(
				'unknown file kind'
			);
		}
	);

	it('names the record path of an invalid record', () => {
		const bad = group({
			taxTotals: [
				{ id: 't-1', company: 'o-1', year: 'last year', source: { dataset: 'a', record: '1' } }
			]
		});
		expect(() => parseBundleFile('facts-0002.json', facts([bad]))).toThrow(
			/^facts-0002\.json: invalid record: groups\.0\.taxTotals\.0\.year/
		);
	});

	it('refuses unknown fields rather than carrying them silently', () => {
		expect(() => parseBundleFile('facts-0001.json', facts([group({ extra: 1 })]))).toThrow(
			'invalid record'
		);
	});

	it('refuses money that is not integer cents', () => {
		const donation = {
			id: 'd-1',
			donorName: 'ANONĪMS',
			party: 'o-1',
			partyName: 'P',
			date: '2023-01-01',
			amount: { cents: 5.5, currency: 'EUR' },
			kind: 'money',
			isRefund: false,
			flags: [],
			source: { dataset: 'a', record: '2' }
		};
		expect(() => parseBundleFile('f.json', facts([group({ donations: [donation] })]))).toThrow(
			'donations.0.amount.cents'
		);
	});
});

describe('parseManifest', () => {
	it('refuses file names that could leave the bundle folder', () => {
		const manifest = {
			format: BUNDLE_FORMAT,
			version: 'v',
			builtAt: '2026-11-01',
			sources: [],
			counts: {},
			files: [
				{
					name: '../secret.json',
					kind: 'facts',
					records: 1,
					bytes: 1,
					sha256: 'a'.repeat(64),
					range: ['a', 'b']
				}
			]
		};
		expect(() => parseManifest('manifest.json', manifest)).toThrow('files.0.name');
	});
});
