import { describe, expect, it } from 'vitest';
import { pluralForm } from '../../../src/lib/i18n/plural';

describe('pluralForm', () => {
	it.each([
		[0, 'other', 'other'],
		[1, 'one', 'one'],
		[2, 'other', 'other'],
		[5, 'other', 'other'],
		[11, 'other', 'other'],
		[21, 'other', 'one'],
		[101, 'other', 'one'],
		[111, 'other', 'other'],
		[1.5, 'other', 'other']
	])('%d takes the %s form in English and the %s form in Latvian', (count, en, lv) => {
		expect(pluralForm('en', count)).toBe(en);
		expect(pluralForm('lv', count)).toBe(lv);
	});
});
