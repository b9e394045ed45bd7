/**
 * The line layout of a pack (packed-file.ts): which field a record's line starts with and how
 * a pack's text is written. No validators here, so the page reads packs without the schemas.
 */
import type { FileKind } from './bundle-error';

/** The kinds written as one record on one line, read whole: no key, one pack. */
export function isWholeKind(kind: FileKind): kind is 'graph' | 'explore' {
	return kind === 'graph' || kind === 'explore';
}

/** The field a record's line starts with; the graph and the explore file are one line with no key. */
export function keyField(kind: FileKind): 'entity' | 'id' | undefined {
	return kind === 'facts' ? 'entity' : isWholeKind(kind) ? undefined : 'id';
}

/** What a line must start with for the record with this key, so a reader can find it unparsed. */
export function linePrefix(field: 'entity' | 'id', key: string): string {
	return `{"${field}":${JSON.stringify(key)},`;
}

/** One pack's text: a record per line, every line ending in a line break. */
export function packText(records: readonly unknown[]): string {
	// JSON.stringify never writes a raw line break, so a line is a record.
	let text = '';
	for (const record of records) text += `${JSON.stringify(record)}\n`;
	return text;
}
