import { describe, expect, it } from 'vitest';
import { MESSAGES, MESSAGE_AREAS } from '../../../src/lib/i18n/messages';

const areas = Object.entries(MESSAGE_AREAS);

describe('the message catalogue', () => {
	it.each(areas)('%s has the same keys in lv and en, none empty', (_name, area) => {
		expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.lv).sort());
		for (const [locale, table] of Object.entries(area)) {
			for (const [key, value] of Object.entries(table as Record<string, string>)) {
				expect(value.trim(), `${locale} ${key}`).not.toBe('');
			}
		}
	});

	it('has no key defined by two areas (a later one would silently win)', () => {
		const owner = new Map<string, string>();
		for (const [name, area] of areas) {
			for (const key of Object.keys(area.lv)) {
				expect(owner.get(key), `${key} is in ${owner.get(key)} and ${name}`).toBeUndefined();
				owner.set(key, name);
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, lv] of Object.entries(MESSAGES.lv)) {
			const en = MESSAGES.en[key as keyof typeof MESSAGES.en];
			expect(placeholders(en), key).toEqual(placeholders(lv));
		}
	});

	it('merges every area into each locale', () => {
		const total = areas.reduce((sum, [, area]) => sum + Object.keys(area.lv).length, 0);
		expect(Object.keys(MESSAGES.lv)).toHaveLength(total);
		expect(Object.keys(MESSAGES.en)).toHaveLength(total);
	});
});
