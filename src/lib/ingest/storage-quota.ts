/**
 * A full disk, in words a person can act on: how many bytes the new data needs against what
 * the browser still allows (navigator.storage.estimate()). Pure; no DOM, no Dexie.
 */

/** Marks a storage failure in a message string: errors cross two worker boundaries as text. */
export const QUOTA_ERROR_NAME = 'QuotaExceededError';

export interface StorageEstimateLike {
	usage?: number;
	quota?: number;
}

export interface QuotaShortfall {
	/** Bytes the new version needs (the manifest's total; packs are stored compressed, so at most this). */
	neededBytes: number;
	/** Bytes the browser still allows this site; absent when it does not say. */
	freeBytes?: number;
	/** Bytes to free before retrying; absent when the free space is unknown. */
	missingBytes?: number;
}

/**
 * True for a QuotaExceededError, also when Dexie wraps it (`inner`) or an Error carries it
 * (`cause`), and for a message that names it (errors from workers arrive as text).
 */
export function isQuotaError(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
		if (typeof e === 'string') return e.includes(QUOTA_ERROR_NAME);
		if (typeof e !== 'object') return false;
		const { name, message } = e as { name?: unknown; message?: unknown };
		if (name === QUOTA_ERROR_NAME) return true;
		if (typeof message === 'string' && message.includes(QUOTA_ERROR_NAME)) return true;
		e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
	}
	return false;
}

/** Like describeError, but keeps the error's name when it is a quota error, so the page can tell. */
export function describeStorageError(error: unknown): string {
	const message = error instanceof Error ? error.message || error.name : String(error);
	return isQuotaError(error) && !message.includes(QUOTA_ERROR_NAME)
		? `${QUOTA_ERROR_NAME}: ${message}`
		: message;
}

/**
 * How far short the storage is. The old version stays while the new one is written beside
 * it, so the new one must fit in what is left now.
 * @example quotaShortfall(100, { usage: 950, quota: 1000 }) // { neededBytes: 100, freeBytes: 50, missingBytes: 50 }
 */
export function quotaShortfall(
	neededBytes: number,
	estimate: StorageEstimateLike | undefined
): QuotaShortfall {
	const needed = Math.max(0, Math.round(neededBytes));
	if (estimate?.quota === undefined) return { neededBytes: needed };
	const freeBytes = Math.max(0, estimate.quota - (estimate.usage ?? 0));
	// The estimate is approximate and the browser said no: never claim nothing is missing.
	const missingBytes = Math.max(1, needed - freeBytes);
	return { neededBytes: needed, freeBytes, missingBytes };
}
