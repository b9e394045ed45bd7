/** Reading a source file from disk into text, with the encoding decided and reported. */
import { readFileSync } from 'node:fs';
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
export function decodeSource(name: string, bytes: Uint8Array): DecodedSource {
	const warnings: string[] = [];
	let encoding = 'utf-8';
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
