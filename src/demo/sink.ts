/**
 * Output plumbing: a buffered, synchronous file writer (so national-scale files stream to
 * disk in ~1 MB chunks and memory stays flat) and a tracker that remembers where planted
 * people, companies and tagged rows landed, for planted.json.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { containsForbidden } from './random';

const FLUSH_AT = 1 << 20;

export class FileSink {
	readonly path: string;
	#fd: number;
	#buffer: string[] = [];
	#size = 0;
	/** The tail of what was flushed, so a forbidden fragment split across chunks is still caught. */
	#tail = '';
	bytes = 0;

	constructor(root: string, relative: string) {
		this.path = join(root, relative);
		mkdirSync(dirname(this.path), { recursive: true });
		this.#fd = openSync(this.path, 'w');
	}

	write(text: string): void {
		this.#buffer.push(text);
		this.#size += text.length;
		if (this.#size >= FLUSH_AT) this.flush();
	}

	flush(): void {
		if (this.#buffer.length === 0) return;
		const chunk = this.#buffer.join('');
		if (containsForbidden(this.#tail + chunk)) {
			throw new Error(
				`${this.path}: generated text contains a forbidden fragment; fix the generator`
			);
		}
		this.#tail = chunk.slice(-16);
		this.bytes += writeSync(this.#fd, chunk);
		this.#buffer = [];
		this.#size = 0;
	}

	close(): void {
		this.flush();
		closeSync(this.#fd);
	}
}

/** Where a record sits: a CSV line (header is line 1), a JSON array index, or a whole file. */
export interface SourceLocation {
	file: string;
	line?: number;
	index?: number;
}

/** Lists per tag are capped so a national-scale planted.json stays readable. */
const TAG_CAP = 200;

export class Tracker {
	readonly people = new Map<number, SourceLocation[]>();
	readonly companies = new Map<number, SourceLocation[]>();
	readonly tags = new Map<string, { count: number; records: SourceLocation[] }>();

	constructor(
		readonly trackedPeople: ReadonlySet<number>,
		readonly trackedCompanies: ReadonlySet<number>
	) {}

	person(id: number, location: SourceLocation): void {
		if (!this.trackedPeople.has(id)) return;
		const list = this.people.get(id) ?? [];
		list.push(location);
		this.people.set(id, list);
	}

	company(index: number, location: SourceLocation): void {
		if (!this.trackedCompanies.has(index)) return;
		const list = this.companies.get(index) ?? [];
		list.push(location);
		this.companies.set(index, list);
	}

	tag(tag: string | undefined, location: SourceLocation): void {
		if (!tag) return;
		const entry = this.tags.get(tag) ?? { count: 0, records: [] };
		entry.count++;
		if (entry.records.length < TAG_CAP) entry.records.push(location);
		this.tags.set(tag, entry);
	}
}
