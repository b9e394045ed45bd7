import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/lib/format/url';

describe('safeHttpUrl', () => {
	it.each([
		['https://www.knab.gov.lv/lv/db/donations', 'https://www.knab.gov.lv/lv/db/donations'],
		['http://example.lv/a?b=1', 'http://example.lv/a?b=1'],
		['  https://example.lv/  ', 'https://example.lv/']
	])('links %j', (raw, expected) => expect(safeHttpUrl(raw)).toBe(expected));

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'/relative/path',
		'example.lv',
		'ftp://example.lv/file',
		'',
		undefined
	])('refuses %j', (raw) => expect(safeHttpUrl(raw)).toBeUndefined());
});
