import { describe, expect, it } from 'vitest';
import { jsonLineBytes } from '../../../../src/builder/bundle/json-bytes';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Manifest } from '../../../../src/model/bundle-format';

const BUNDLE = resolve(import.meta.dirname, '../../../../data/bundles');

const expected = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('jsonLineBytes', () => {
	it.each([
		['a number', 42],
		['a string with letters outside Latin-1', 'Zemes un Ūdeņu partija'],
		['null', null],
		['an empty object', {}],
		['an empty array', []],
		['an object with left-out values', { a: 1, b: undefined, c: () => 1, d: 'x', e: null }],
		['an object whose values are all left out', { a: undefined }],
		['keys that look like numbers', { b: 1, 10: 2, 2: 3, a: 4 }],
		['a date (toJSON)', { at: new Date(Date.UTC(2026, 11, 6)) }]
	])('writes %s as JSON.stringify does', (_, value) =>
		expect(jsonLineBytes(value).toString('utf8')).toBe(expected(value))
	);

	it('writes long arrays a piece at a time, with undefineds and holes as null', () => {
		const long = Array.from({ length: 20_001 }, (_, i) =>
			i % 997 === 0 ? undefined : i % 3 === 0 ? { n: i, name: `Bērziņš ${i}` } : i
		);
		// eslint-disable-next-line no-sparse-arrays
		const holes = [1, , 3, ...Array.from({ length: 9_000 }, (_, i) => [i, String(i)])];
		const value = { columns: { cents: long, holes }, list: [long, { inner: long }], ids: 'a b ' };
		expect(jsonLineBytes(value).toString('utf8')).toBe(expected(value));
	});

	it('writes the demo bundle’s explore and graph records as they are in its files', () => {
		const manifest = JSON.parse(readFileSync(join(BUNDLE, 'manifest.json'), 'utf8')) as Manifest;
		for (const kind of ['explore', 'graph'] as const) {
			const file = manifest.files.find((f) => f.kind === kind)!;
			const text = gunzipSync(readFileSync(join(BUNDLE, file.name))).toString('utf8');
			expect(jsonLineBytes(JSON.parse(text)).toString('utf8')).toBe(text);
		}
	});
});
