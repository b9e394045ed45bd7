/** Stable ids: derived from registration numbers or match keys, never from row order. */
import { createHash } from 'node:crypto';
import { foldText } from '../../model/fold-name';
import { slug } from '../../model/slug';

export { slug };

/** A short content hash: enough to tell keys apart, short enough for URLs. */
export function shortHash(text: string, length = 8): string {
	return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function organisationId(regNo: string | undefined, kind: string, name: string): string {
	if (regNo) return `o-${regNo}`;
	return `o-${kind}-${slug(name)}-${shortHash(`${kind}|${foldText(name)}`, 6)}`;
}

export function personId(displayName: string, key: string): string {
	return `p-${slug(displayName)}-${shortHash(key)}`;
}

/** Id of a fact: its kind plus a hash of its source record, stable across rebuilds. */
export function factId(prefix: string, ...parts: string[]): string {
	return `${prefix}-${shortHash(parts.join('|'), 12)}`;
}
