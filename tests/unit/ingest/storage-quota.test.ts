import { describe, expect, it } from 'vitest';
import {
	describeStorageError,
	isQuotaError,
	quotaShortfall
} from '../../../src/lib/ingest/storage-quota';

describe('quotaShortfall', () => {
	it.each([
		// needed, estimate, expected
		[100, { usage: 950, quota: 1000 }, { neededBytes: 100, freeBytes: 50, missingBytes: 50 }],
		[
			5_000_000,
			{ usage: 0, quota: 2_000_000 },
			{ neededBytes: 5_000_000, freeBytes: 2_000_000, missingBytes: 3_000_000 }
		],
		// Usage above the quota (the estimate lags): nothing is free.
		[100, { usage: 1200, quota: 1000 }, { neededBytes: 100, freeBytes: 0, missingBytes: 100 }],
		// The browser said no although the estimate says it fits: at least one byte is missing.
		[100, { usage: 0, quota: 1000 }, { neededBytes: 100, freeBytes: 1000, missingBytes: 1 }],
		[100, { quota: 60 }, { neededBytes: 100, freeBytes: 60, missingBytes: 40 }]
	])('needs %d with %j: %j', (needed, estimate, expected) =>
		expect(quotaShortfall(needed, estimate)).toEqual(expected)
	);

	it('says only what is needed when the browser gives no estimate', () => {
		expect(quotaShortfall(1234.4, undefined)).toEqual({ neededBytes: 1234 });
		expect(quotaShortfall(1234, { usage: 10 })).toEqual({ neededBytes: 1234 });
	});
});

describe('isQuotaError', () => {
	const quota = new DOMException('disk full', 'QuotaExceededError');
	it.each([
		['a DOMException', quota, true],
		[
			'Dexie wrapping it',
			Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }),
			true
		],
		['an Error caused by it', new Error('write failed', { cause: quota }), true],
		[
			'a message from a worker',
			'facts-0001.json: could not be stored (QuotaExceededError: x)',
			true
		],
		['another error', new Error('the server answered 404'), false],
		['nothing', undefined, false]
	])('%s: %s', (_, error, expected) => expect(isQuotaError(error)).toBe(expected));
});

describe('describeStorageError', () => {
	it('keeps the name of a quota error in the text that crosses to the page', () => {
		const text = describeStorageError(new DOMException('disk full', 'QuotaExceededError'));
		expect(text).toBe('QuotaExceededError: disk full');
		expect(isQuotaError(text)).toBe(true);
		expect(describeStorageError(new Error('other'))).toBe('other');
	});
});
