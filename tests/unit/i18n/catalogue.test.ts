import { describe, expect, it } from 'vitest';
import { addPageArea, MESSAGES, MESSAGE_AREAS, PAGE_AREAS } from '../../../src/lib/i18n/messages';

const areas = Object.entries(MESSAGE_AREAS);
// The page areas (loaded with their page's chunk) are checked like the rest.
const pageAreas = await Promise.all(
	Object.entries(PAGE_AREAS).map(async ([name, load]) => [name, await load()] as const)
);

describe('the message catalogue', () => {
	it.each([...areas, ...pageAreas])(
		'%s has the same keys in lv and en, none empty',
		(_name, area) => {
			expect(Object.keys(area.en).sort()).toEqual(Object.keys(area.lv).sort());
			for (const [locale, table] of Object.entries(area)) {
				for (const [key, value] of Object.entries(table as Record<string, string>)) {
					expect(value.trim(), `${locale} ${key}`).not.toBe('');
				}
			}
		}
	);

	it('has no key defined by two areas (a later one would silently win)', () => {
		const owner = new Map<string, string>();
		for (const [name, area] of [...areas, ...pageAreas]) {
			for (const key of Object.keys(area.lv)) {
				expect(owner.get(key), `${key} is in ${owner.get(key)} and ${name}`).toBeUndefined();
				owner.set(key, name);
			}
		}
	});

	it('uses the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [, area] of [...areas, ...pageAreas]) {
			const en = area.en as Record<string, string>;
			for (const [key, lv] of Object.entries(area.lv as Record<string, string>))
				expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(lv));
		}
	});

	it('merges every area into each locale', () => {
		const total = areas.reduce((sum, [, area]) => sum + Object.keys(area.lv).length, 0);
		expect(Object.keys(MESSAGES.lv)).toHaveLength(total);
		expect(Object.keys(MESSAGES.en)).toHaveLength(total);
	});

	it('adds a page area to both locales once, keeping every key it already had', () => {
		const before = MESSAGES.en['nav.search'];
		addPageArea({
			lv: { 'nav.search': 'x', 'test.page': 'lapa' },
			en: { 'nav.search': 'x', 'test.page': 'page' }
		});
		expect(MESSAGES.en['nav.search']).toBe(before);
		expect((MESSAGES.en as Record<string, string>)['test.page']).toBe('page');
		expect((MESSAGES.lv as Record<string, string>)['test.page']).toBe('lapa');
	});
});
