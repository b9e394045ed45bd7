/**
 * Source records kept on disk between reading and resolving. People are clustered across all
 * files before any fact can be placed, so every record is needed twice: once for the person
 * it names (a sighting, kept in memory) and once, after clustering, for its facts. In between,
 * the records wait here rather than in the heap, where they were the largest thing a build
 * held while it clustered.
 *
 * The file is a run of chunks, each a 4-byte length and a JSON array of records, read back
 * in the order they went in. JSON rather than V8's serializer: the objects JSON.parse makes
 * hold their fields inline and it shares short strings, while V8's deserializer made the
 * facts built from its records 5 % larger on the national set (735 against 703 MiB
 * resolved). Records hold only JSON values (strings, numbers, booleans, arrays, objects); a
 * field set to undefined comes back absent, which every reader of a record treats alike.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRecord } from './source-records';

/** Records in one chunk: big enough that the chunk headers and calls cost nothing, small enough to hold. */
const CHUNK_RECORDS = 4096;
/** Strings up to this long are shared on the way back in, as the CSV reader shares them (sources/csv.ts). */
const SHARE_CHARS = 64;

/** Records to read once, in the order they were added; `length` is known before reading. */
export interface RecordSource {
	readonly length: number;
	/** The records in order. A spill can be read once: its records go as they are read. */
	read(): Iterable<SourceRecord>;
}

export class RecordSpill implements RecordSource {
	#dir = makeFolder();
	/** Where the records wait; removed once they are read or the spill is disposed. */
	readonly path = join(this.#dir, 'records.bin');
	#fd: number | undefined = openSync(this.path, 'w+');
	#written = 0;
	/** The add() call each chunk came from: strings are shared within a file, as its reader shared them. */
	#chunkFile: number[] = [];
	#files = 0;
	length = 0;

	add(records: readonly SourceRecord[]): void {
		const fd = this.#open();
		for (let start = 0; start < records.length; start += CHUNK_RECORDS) {
			const bytes = Buffer.from(JSON.stringify(records.slice(start, start + CHUNK_RECORDS)));
			const head = Buffer.alloc(4);
			head.writeUInt32LE(bytes.length);
			try {
				this.#written += writeAll(fd, head, this.#written);
				this.#written += writeAll(fd, bytes, this.#written);
			} catch (error) {
				// A full disk most likely: say where, how much, and how to choose another folder.
				throw new Error(
					`cannot keep the records read so far on disk (${this.path}, ${Math.round(this.#written / 1e6)} MB written): ${(error as Error).message}; set TMPDIR to a folder with room (about the size of the sources)`
				);
			}
			this.#chunkFile.push(this.#files);
		}
		this.#files++;
		this.length += records.length;
	}

	/** Bytes on disk, for the build's trace. */
	get bytes(): number {
		return this.#written;
	}

	*read(): Iterable<SourceRecord> {
		const fd = this.#open();
		const head = Buffer.alloc(4);
		let at = 0;
		let shared = new Map<string, string>();
		for (const [chunk, file] of this.#chunkFile.entries()) {
			if (chunk > 0 && file !== this.#chunkFile[chunk - 1]) shared = new Map();
			readExactly(fd, head, at);
			const bytes = Buffer.allocUnsafe(head.readUInt32LE(0));
			readExactly(fd, bytes, at + 4);
			at += 4 + bytes.length;
			const records = JSON.parse(bytes.toString()) as SourceRecord[];
			for (let i = 0; i < records.length; i++) {
				const record = shareStrings(records[i]!, shared) as SourceRecord;
				records[i] = undefined as unknown as SourceRecord; // each record goes once it is used
				yield record;
			}
		}
		this.dispose();
	}

	/** Removes the file; safe to call more than once. */
	dispose(): void {
		if (this.#fd !== undefined) closeSync(this.#fd);
		this.#fd = undefined;
		rmSync(this.#dir, { recursive: true, force: true });
	}

	#open(): number {
		if (this.#fd === undefined) throw new Error('the record spill was already read or disposed');
		return this.#fd;
	}
}

/** Records already in memory, as a RecordSource. */
export function inMemory(records: readonly SourceRecord[]): RecordSource {
	return { length: records.length, read: () => records };
}

function makeFolder(): string {
	const parent = tmpdir();
	try {
		return mkdtempSync(join(parent, 'plainview-records-'));
	} catch (error) {
		throw new Error(
			`cannot make a folder in ${parent} for the records read: ${(error as Error).message}; set TMPDIR to a folder with room (about the size of the sources)`
		);
	}
}

type Io = (fd: number, bytes: Buffer, offset: number, length: number, position: number) => number;

/**
 * `io` (readSync or writeSync) over the whole of `bytes` at `position`: either may move
 * fewer bytes than asked, and one that moves none fails with `stuck`. The count moved.
 */
function whole(io: Io, fd: number, bytes: Buffer, position: number, stuck: string): number {
	let done = 0;
	while (done < bytes.length) {
		const n = io(fd, bytes, done, bytes.length - done, position + done);
		if (n === 0) throw new Error(stuck);
		done += n;
	}
	return done;
}

const writeAll = (fd: number, bytes: Buffer, position: number) =>
	whole(writeSync, fd, bytes, position, 'no byte could be written');

const readExactly = (fd: number, into: Buffer, position: number) =>
	whole(readSync, fd, into, position, 'the record spill ended early');

/**
 * Parsing makes a new copy of most strings; a party name or an address that many rows share
 * would then be held once per row in the facts made from them. Short strings are put back to
 * one copy a file, as its reader had them.
 */
function shareStrings(value: unknown, shared: Map<string, string>): unknown {
	if (typeof value === 'string') {
		if (value.length > SHARE_CHARS) return value;
		const found = shared.get(value);
		if (found !== undefined) return found;
		shared.set(value, value);
		return value;
	}
	if (typeof value !== 'object' || value === null) return value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i], shared);
		return value;
	}
	const object = value as Record<string, unknown>;
	// A record ref ("donations.csv:12") is one row's own: sharing it would only fill the map.
	for (const key in object) if (key !== 'record') object[key] = shareStrings(object[key], shared);
	return value;
}
