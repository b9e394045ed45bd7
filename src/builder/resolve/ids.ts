/**
 * Stable ids: derived from registration numbers or match keys, never from row order.
 * Ids are made flat (sources/record-ref.ts): a national build holds millions of them.
 */
import { createHash } from 'node:crypto';
import { foldText } from '../../model/fold-name';
import { slug } from '../../model/slug';
import { flat } from '../sources/record-ref';

export { slug };

/** A short content hash: enough to tell keys apart, short enough for URLs. */
export function shortHash(text: string, length = 8): string {
	return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function organisationId(regNo: string | undefined, kind: string, name: string): string {
	if (regNo) return flat('o-', regNo);
	return flat('o-', kind, '-', slug(name), '-', shortHash(`${kind}|${foldText(name)}`, 6));
}

export function personId(displayName: string, key: string): string {
	return flat('p-', slug(displayName), '-', shortHash(key));
}

/** Id of a fact: its kind plus a hash of its source record, stable across rebuilds. */
export function factId(prefix: string, ...parts: string[]): string {
	return flat(prefix, '-', shortHash(parts.join('|'), 12));
}
