/**
 * Seeded mutations of source files for the builder fuzz test. Every function is pure: the same
 * input and seed give the same bytes, so a failure names its seed and can be replayed.
 */
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

/** mulberry32: a small, fast, seedable PRNG (no Math.random, so runs are reproducible). */
export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max). */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * Math.max(0, max - min));
	}

	/** A Fisher–Yates shuffled copy. */
	shuffle<T>(items: readonly T[]): T[] {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = this.int(0, i + 1);
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out;
	}
}

export type SourceKind = 'csv' | 'json' | 'html';

/**
 * What the build must do with the mutant:
 * - `refused`: fail with an error naming the file (it cannot be read at all);
 * - `same`: read as the unmutated file is (same accepted count, same pass/fail);
 * - `same-if-supported`: like `same` when the adapter finds columns by name, else refused or rows rejected;
 * - `any`: anything, as long as it is reported cleanly.
 */
export type Expectation = 'refused' | 'same' | 'same-if-supported' | 'any';

export interface Mutation {
	name: string;
	kinds: readonly SourceKind[];
	/** False when the mutation ignores the PRNG (run once, not once per seed). */
	seeded: boolean;
	expect: Expectation;
	apply(text: string, rng: Rng, kind: SourceKind): Uint8Array;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const BOM = '\uFEFF';

function stripBom(text: string): string {
	return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Lines without their `\n`; a final empty piece stands for a trailing newline. */
function lines(text: string): string[] {
	return text.split('\n');
}

/** Indexes of non-empty lines after the first (the header in a CSV). */
function bodyLines(all: readonly string[]): number[] {
	const out: number[] = [];
	all.forEach((line, i) => {
		if (i > 0 && line.trim() !== '') out.push(i);
	});
	return out;
}

/** Picks up to `n` distinct body lines. */
function pickLines(all: readonly string[], rng: Rng, n: number): Set<number> {
	return new Set(rng.shuffle(bodyLines(all)).slice(0, n));
}

/** The CSV delimiter: the one of `,;\t` the first line has most of (as the builder guesses it). */
export function delimiterOf(text: string): string {
	const first = stripBom(text).split('\n', 1)[0] ?? '';
	const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
	counts.sort((a, b) => b[1] - a[1]);
	return counts[0]![0];
}

export function parseCsv(text: string, delimiter: string): string[][] {
	return parse(stripBom(text).replace(/\r\n?/g, '\n'), {
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: true
	}) as string[][];
}

export function writeCsv(rows: readonly (readonly string[])[], delimiter: string): string {
	const quote = (cell: string) =>
		/["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
	return rows.map((row) => row.map(quote).join(delimiter)).join('\n') + '\n';
}

/**
 * The first `maxRecords` data records of a CSV, cut at a record boundary (a quoted field may
 * span lines), with the header: a small slice of a big file that still reads cleanly.
 */
export function sliceCsv(text: string, maxRecords: number): string {
	const records = parse(text.replace(/\r\n?/g, '\n'), {
		delimiter: delimiterOf(text),
		relax_column_count: true,
		relax_quotes: true,
		info: true,
		to: maxRecords + 1
	}) as unknown as { info: { lines: number } }[];
	const last = records.at(-1);
	if (!last) return text;
	return (
		text
			.split('\n')
			.slice(0, last.info.lines)
			.map((line) => line.replace(/\r$/, ''))
			.join('\n') + '\n'
	);
}

/** The first `max` items of a JSON array, one per line (so an item's position is within the line count). */
export function sliceJsonArray(text: string, max: number): string {
	const json = JSON.parse(stripBom(text)) as unknown;
	if (!Array.isArray(json)) return text;
	return (
		'[\n' +
		json
			.slice(0, max)
			.map((item) => JSON.stringify(item))
			.join(',\n') +
		'\n]\n'
	);
}

/** Every object in a JSON tree, outermost first. */
function jsonObjects(json: unknown): Record<string, unknown>[] {
	const objects: Record<string, unknown>[] = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (typeof value === 'object' && value !== null) {
			const object = value as Record<string, unknown>;
			objects.push(object);
			Object.values(object).forEach(walk);
		}
	};
	walk(json);
	return objects;
}

/** An array one item per line (an item's position stays within the line count), else indented. */
function writeJson(json: unknown): string {
	return Array.isArray(json)
		? '[\n' + json.map((item) => JSON.stringify(item)).join(',\n') + '\n]\n'
		: JSON.stringify(json, null, 2);
}

/** Removes every `<table>…</table>`, innermost first. */
function withoutTables(html: string): string {
	const innermost = /<table\b[^>]*>(?:(?!<table\b)[\s\S])*?<\/table\s*>/gi;
	let out = html;
	for (let before = ''; before !== out;) {
		before = out;
		out = out.replace(innermost, '');
	}
	return out.replace(/<\/?table\b[^>]*>/gi, '');
}

const PRINTABLE = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;.-_"\'';

function noise(rng: Rng, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) out += PRINTABLE[rng.int(0, PRINTABLE.length)];
	return out;
}

export const MUTATIONS: readonly Mutation[] = [
	{
		name: 'truncate-mid-row',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const all = lines(text);
			const body = bodyLines(all);
			const at = body[rng.int(0, body.length)] ?? 0;
			const line = all[at] ?? '';
			const before = all.slice(0, at).join('\n');
			const cut = line.slice(0, rng.int(1, Math.max(2, line.length)));
			return utf8(at === 0 ? cut : `${before}\n${cut}`);
		}
	},
	{
		name: 'drop-rows',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const all = lines(text);
			const drop = pickLines(all, rng, rng.int(1, 6));
			return utf8(all.filter((_, i) => !drop.has(i)).join('\n'));
		}
	},
	{
		name: 'duplicate-rows',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const all = lines(text);
			const dup = pickLines(all, rng, rng.int(1, 6));
			return utf8(all.flatMap((line, i) => (dup.has(i) ? [line, line] : [line])).join('\n'));
		}
	},
	{
		name: 'shuffle-columns',
		kinds: ['csv'],
		seeded: true,
		expect: 'same-if-supported',
		apply(text, rng) {
			const delimiter = delimiterOf(text);
			const rows = parseCsv(text, delimiter);
			const width = rows[0]?.length ?? 0;
			let order = rng.shuffle([...Array(width).keys()]);
			// A shuffle that happens to keep the order would test nothing: rotate instead.
			if (width > 1 && order.every((from, to) => from === to))
				order = order.map((_, i) => (i + 1) % width);
			const moved = rows.map((row) => order.map((from) => row[from] ?? ''));
			return utf8(writeCsv(moved, delimiter));
		}
	},
	{
		name: 'swap-values',
		kinds: ['csv'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const delimiter = delimiterOf(text);
			const rows = parseCsv(text, delimiter);
			const width = rows[0]?.length ?? 0;
			const picked = rng.shuffle([...Array(rows.length).keys()].slice(1)).slice(0, 5);
			for (const r of picked) {
				const row = rows[r]!;
				const a = rng.int(0, width);
				const b = rng.int(0, width);
				[row[a], row[b]] = [row[b] ?? '', row[a] ?? ''];
			}
			return utf8(writeCsv(rows, delimiter));
		}
	},
	{
		name: 'retype-json-values',
		kinds: ['json'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const json = JSON.parse(stripBom(text)) as unknown;
			const odd: readonly unknown[] = [null, 42, -1.5, true, [], {}, ['x'], { a: 1 }, '', '?'];
			for (const object of rng.shuffle(jsonObjects(json)).slice(0, 8)) {
				const keys = Object.keys(object);
				const key = keys[rng.int(0, keys.length)];
				if (key !== undefined) object[key] = odd[rng.int(0, odd.length)];
			}
			return utf8(writeJson(json));
		}
	},
	{
		name: 'swap-json-values',
		kinds: ['json'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const json = JSON.parse(stripBom(text)) as unknown;
			for (const object of rng.shuffle(jsonObjects(json)).slice(0, 8)) {
				const keys = Object.keys(object);
				const a = keys[rng.int(0, keys.length)];
				const b = keys[rng.int(0, keys.length)];
				if (a !== undefined && b !== undefined) [object[a], object[b]] = [object[b], object[a]];
			}
			return utf8(writeJson(json));
		}
	},
	{
		name: 'stray-quotes',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'any',
		apply(text, rng) {
			const all = lines(text);
			for (const i of pickLines(all, rng, rng.int(1, 4))) {
				const line = all[i]!;
				const at = rng.int(0, line.length + 1);
				all[i] = `${line.slice(0, at)}"${line.slice(at)}`;
			}
			return utf8(all.join('\n'));
		}
	},
	{
		name: 'toggle-bom',
		kinds: ['csv', 'json', 'html'],
		seeded: false,
		expect: 'same',
		apply: (text) => utf8(text.startsWith(BOM) ? text.slice(1) : BOM + text)
	},
	{
		name: 'crlf',
		kinds: ['csv', 'json', 'html'],
		seeded: false,
		expect: 'same',
		apply: (text) => utf8(text.replace(/\r?\n/g, '\r\n'))
	},
	{
		name: 'windows-1257',
		kinds: ['csv', 'json', 'html'],
		seeded: false,
		expect: 'same',
		apply: (text) => iconv.encode(stripBom(text), 'win1257')
	},
	{
		name: 'empty',
		kinds: ['csv', 'json', 'html'],
		seeded: false,
		expect: 'refused',
		apply: () => new Uint8Array(0)
	},
	{
		name: 'binary-garbage',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'refused',
		apply(_text, rng) {
			const bytes = new Uint8Array(rng.int(64, 4096));
			for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(0, 256);
			bytes[rng.int(0, bytes.length)] = 0;
			return bytes;
		}
	},
	{
		name: 'text-garbage',
		kinds: ['csv', 'json', 'html'],
		seeded: true,
		expect: 'refused',
		apply: (_text, rng) => utf8(Array.from({ length: 20 }, () => noise(rng, 60)).join('\n'))
	},
	{
		name: 'garbled-header',
		kinds: ['csv'],
		seeded: true,
		expect: 'refused',
		apply(text, rng) {
			const all = lines(stripBom(text));
			all[0] = noise(rng, 80).replace(/"/g, '');
			return utf8(all.join('\n'));
		}
	},
	{
		name: 'json-cut-mid-object',
		kinds: ['json'],
		seeded: true,
		expect: 'refused',
		apply(text, rng) {
			const body = stripBom(text).trimEnd();
			return utf8(body.slice(0, rng.int(Math.floor(body.length * 0.1), body.length - 1)));
		}
	},
	{
		name: 'html-without-table',
		kinds: ['html'],
		seeded: false,
		expect: 'refused',
		apply: (text) => utf8(withoutTables(text))
	}
];

/** True when Windows-1257 can hold every character, so the re-encoded file means the same. */
export function win1257Lossless(text: string): boolean {
	const plain = stripBom(text);
	return iconv.decode(iconv.encode(plain, 'win1257'), 'win1257') === plain;
}

/** True when re-encoding changes any byte (plain ASCII stays valid UTF-8, so no fallback happens). */
export function hasNonAscii(text: string): boolean {
	return [...stripBom(text)].some((char) => char.charCodeAt(0) > 0x7f);
}
