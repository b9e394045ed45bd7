import { describe, expect, it } from 'vitest';
import { fillMessage, I18n, pickLocale } from '../../../src/lib/i18n/i18n.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('pickLocale', () => {
	it.each([
		[['lv-LV', 'en'], 'lv'],
		[['en-GB', 'lv'], 'lv'],
		[['LV'], 'lv'],
		[['en-US'], 'en'],
		[['ru', 'de'], 'en'],
		[[], 'en']
	] as const)('picks from %j: %s', (languages, expected) => {
		expect(pickLocale(languages)).toBe(expected);
	});
});

describe('fillMessage', () => {
	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fillMessage('{done} of {total}', { done: 1, total: 3 })).toBe('1 of 3');
		expect(fillMessage('Hello {name}')).toBe('Hello {name}');
	});

	it('inserts values as plain text, once', () => {
		expect(fillMessage('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
	});
});

describe('I18n', () => {
	it('defaults from the browser languages', () => {
		expect(new I18n({ languages: ['lv'], storage: null }).locale).toBe('lv');
		expect(new I18n({ languages: ['fr'], storage: null }).locale).toBe('en');
	});

	it('remembers the choice, which wins over the browser', () => {
		const storage = memoryStorage();
		const first = new I18n({ languages: ['lv'], storage });
		first.setLocale('en');
		expect(first.t('nav.sources')).toBe('Sources');
		expect(new I18n({ languages: ['lv'], storage }).locale).toBe('en');
	});

	it('ignores a stored value that is not a locale', () => {
		const storage = memoryStorage({ 'plainview.locale': 'xx' });
		expect(new I18n({ languages: ['lv'], storage }).locale).toBe('lv');
	});

	it('translates with variables', () => {
		const i18n = new I18n({ languages: ['lv'], storage: null });
		expect(i18n.t('install.of', { done: 2, total: 5 })).toBe('2 no 5');
		i18n.setLocale('en');
		expect(i18n.t('install.of', { done: 2, total: 5 })).toBe('2 of 5');
	});

	it('translates plain-string keys, returning an unknown key as is', () => {
		const i18n = new I18n({ languages: ['en'], storage: null });
		expect(i18n.translate('search.title')).toBe('Search');
		expect(i18n.translate('nope.missing')).toBe('nope.missing');
		expect(i18n.translate('toString')).toBe('toString');
	});
});
