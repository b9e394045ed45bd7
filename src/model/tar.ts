/**
 * A minimal ustar (POSIX tar) writer and reader for bundle archives: one file that any `tar`
 * can list and unpack, so a bundle can travel on a USB stick. Pure: the builder writes with
 * it under Node and the app reads with it in the ingest worker. Only what bundles need:
 * regular files with short names; directories and pax headers are skipped when reading.
 * Written here rather than taken from a library: about a hundred lines, no dependency.
 */
import { BundleError } from './bundle-error';

const BLOCK = 512;
const NAME_LENGTH = 100;
// Eleven octal digits (the size field's width) hold sizes below 8 GiB.
const MAX_SIZE = 8 ** 11 - 1;

export interface TarEntry {
	name: string;
	bytes: Uint8Array;
}

/** Where a file's bytes are inside the archive. */
export interface TarSpan {
	offset: number;
	size: number;
}

/**
 * The archive for `entries`, in their order. `mtime` (seconds) is written into every
 * header, so the same bundle gives byte-identical archives.
 */
export function writeTar(entries: readonly TarEntry[], mtime = 0): Uint8Array {
	const total = entries.reduce((sum, e) => sum + BLOCK + padded(e.bytes.byteLength), 2 * BLOCK);
	const out = new Uint8Array(total);
	let at = 0;
	for (const { name, bytes } of entries) {
		out.set(header(name, bytes.byteLength, mtime), at);
		out.set(bytes, at + BLOCK);
		at += BLOCK + padded(bytes.byteLength);
	}
	return out; // the two zero blocks that end an archive are already zero
}

function header(name: string, size: number, mtime: number): Uint8Array {
	const nameBytes = new TextEncoder().encode(name);
	if (nameBytes.byteLength > NAME_LENGTH || nameBytes.byteLength === 0) {
		throw new Error(`tar: the name ${JSON.stringify(name)} must be 1 to 100 bytes`);
	}
	if (size > MAX_SIZE) throw new Error(`tar: ${name} is larger than 8 GiB`);
	const block = new Uint8Array(BLOCK);
	const put = (offset: number, text: string) => block.set(new TextEncoder().encode(text), offset);
	block.set(nameBytes, 0);
	put(100, '0000644\0'); // mode
	put(108, '0000000\0'); // uid
	put(116, '0000000\0'); // gid
	put(124, `${octal(size, 11)}\0`);
	put(136, `${octal(Math.max(0, Math.floor(mtime)), 11)}\0`);
	put(148, '        '); // the checksum is summed with its own field as spaces
	put(156, '0'); // a regular file
	put(257, 'ustar\x0000');
	put(148, `${octal(checksum(block), 6)}\0 `);
	return block;
}

/**
 * Lists the regular files of an archive by their base name (a bundle is flat; an archive
 * made with `tar -C DIR .` names them `./manifest.json`). `read` returns `length` bytes at
 * `offset`, so a large archive is never read whole just to find its files. Throws a
 * BundleError naming `archive` when a header is damaged, the archive is cut short, or two
 * files share a name.
 */
export async function indexTar(
	archive: string,
	size: number,
	read: (offset: number, length: number) => Promise<Uint8Array>
): Promise<Map<string, TarSpan>> {
	const files = new Map<string, TarSpan>();
	for (let at = 0; at + BLOCK <= size;) {
		const block = await read(at, BLOCK);
		if (block.every((b) => b === 0)) return files;
		const stored = parseOctal(block.subarray(148, 156));
		if (stored !== checksum(block)) {
			throw new BundleError(
				archive,
				`is not a tar archive or is damaged (the header at byte ${at} fails its checksum); build it again with npm run build:data -- --archive`
			);
		}
		const fileSize = parseOctal(block.subarray(124, 136));
		const start = at + BLOCK;
		if (fileSize === undefined || start + fileSize > size) {
			throw new BundleError(archive, `is cut short (a file at byte ${at} runs past its end)`);
		}
		const type = String.fromCharCode(block[156] ?? 0);
		if (type === '0' || type === '\0') {
			const name = baseName(fullName(block));
			if (files.has(name)) throw new BundleError(archive, `holds two files named ${name}`);
			files.set(name, { offset: start, size: fileSize });
		}
		at = start + padded(fileSize);
	}
	// No end-of-archive blocks: accepted only when the last file ended exactly at the end.
	if (files.size === 0) throw new BundleError(archive, 'is empty or not a tar archive');
	return files;
}

function fullName(block: Uint8Array): string {
	const name = text(block.subarray(0, 100));
	const isUstar = text(block.subarray(257, 262)) === 'ustar';
	const prefix = isUstar ? text(block.subarray(345, 500)) : '';
	return prefix ? `${prefix}/${name}` : name;
}

function baseName(path: string): string {
	return path.split('/').filter(Boolean).at(-1) ?? path;
}

function text(bytes: Uint8Array): string {
	const end = bytes.indexOf(0);
	return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** Unsigned sum of the header's bytes, with the checksum field counted as eight spaces. */
function checksum(block: Uint8Array): number {
	let sum = 0;
	for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
	return sum;
}

function parseOctal(field: Uint8Array): number | undefined {
	const digits = text(field).trim();
	return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : undefined;
}

function octal(value: number, width: number): string {
	return value.toString(8).padStart(width, '0');
}

function padded(size: number): number {
	return Math.ceil(size / BLOCK) * BLOCK;
}
