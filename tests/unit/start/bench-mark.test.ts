import { afterEach, describe, expect, it, vi } from 'vitest';
import { markForBench, measureForBench } from '../../../src/lib/start/bench-mark';

describe('bench marks', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('replaces the previous mark of a name, with its detail', () => {
		const calls: unknown[][] = [];
		vi.stubGlobal('performance', {
			clearMarks: (...args: unknown[]) => calls.push(['clearMarks', ...args]),
			mark: (...args: unknown[]) => calls.push(['mark', ...args])
		});
		markForBench('plainview:data-ready', { version: 'v1' });
		expect(calls).toEqual([
			['clearMarks', 'plainview:data-ready'],
			['mark', 'plainview:data-ready', { detail: { version: 'v1' } }]
		]);
	});

	it('replaces the previous measure of a name, from its start', () => {
		const calls: unknown[][] = [];
		vi.stubGlobal('performance', {
			clearMeasures: (...args: unknown[]) => calls.push(['clearMeasures', ...args]),
			measure: (...args: unknown[]) => calls.push(['measure', ...args])
		});
		measureForBench('plainview:profile-data', 12, { id: 'p-1' });
		expect(calls).toEqual([
			['clearMeasures', 'plainview:profile-data'],
			['measure', 'plainview:profile-data', { start: 12, detail: { id: 'p-1' } }]
		]);
	});

	it('does nothing where User Timing is missing', () => {
		vi.stubGlobal('performance', { now: () => 0 });
		expect(() => markForBench('plainview:searchable', {})).not.toThrow();
		expect(() => measureForBench('plainview:profile-data', 0, {})).not.toThrow();
	});
});
