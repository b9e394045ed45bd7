import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, parseManifest } from '../../../src/model/bundle-format';

describe('parseManifest', () => {
	it.each([1, 0, '2', undefined])(
		'refuses format %j, naming the file and the rebuild command',
		(format) => {
			expect(() => parseManifest('manifest.json', { format })).toThrow(
				/^manifest\.json: unknown bundle format .*\(this app reads format 3\); rebuild with npm run build:data/
			);
		}
	);

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
					range: ['a', 'b'],
					packs: [1]
				}
			]
		};
		expect(() => parseManifest('manifest.json', manifest)).toThrow('files.0.name');
	});
});
