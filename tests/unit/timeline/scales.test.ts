import { describe, expect, it } from 'vitest';
import { axisTickFormat } from '../../../src/lib/timeline/scales';

describe('axisTickFormat', () => {
	const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
	it.each([
		['lv', '2022-01-01', '2022'],
		['lv', '2022-02-01', 'febr.'],
		['lv', '2022-09-15', '15. sept.'],
		['en', '2022-01-01', '2022'],
		['en', '2022-02-01', 'Feb'],
		['en', '2022-09-15', 'Sep 15']
	] as const)('in %s labels %s as %j', (locale, iso, label) =>
		expect(axisTickFormat(locale)(at(iso))).toBe(label)
	);
});
