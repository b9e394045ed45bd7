/** Reading a source file from disk into text, with the encoding decided and reported. */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import type { SourceFile } from './source-records';

export interface DecodedSource extends SourceFile {
	/** 'utf-8', or 'windows-1257' when the bytes were not valid UTF-8. */
	encoding: string;
	warnings: string[];
}

/**
 * Decodes bytes as UTF-8 (BOM removed); bytes that are not valid UTF-8 are read as
 * Windows-1257, the Baltic code page older Latvian exports use, with a warning.
 */
export function decodeSource(name: string, bytes: Uint8Array, partial = false): DecodedSource {
	const warnings: string[] = [];
	let encoding = 'utf-8';
	let text: string;
	try {
		// stream: a head cut inside a character is not invalid; the cut character is left out.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
	} catch {
		encoding = 'windows-1257';
		text = iconv.decode(Buffer.from(bytes), 'win1257');
		warnings.push('not valid UTF-8; read as Windows-1257');
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.includes('\u0000'))
		throw new Error(`${name}: binary data (NUL bytes), not a text source file`);
	return { name, text, encoding, warnings };
}

export function readSource(path: string): DecodedSource {
	return decodeSource(basename(path), readFileSync(path));
}

/** Detection looks at the start of a file: a header, the first keys, a table's id. */
export const HEAD_BYTES = 1 << 20;

/** The file's first HEAD_BYTES, decoded as decodeSource would: enough to choose its format. */
export function readSourceHead(path: string): DecodedSource {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
		return decodeSource(basename(path), buffer.subarray(0, n), n === HEAD_BYTES);
	} finally {
		closeSync(fd);
	}
}
