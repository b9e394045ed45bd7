// @vitest-environment node
// The builder is Node code; no DOM is needed, and jsdom only slows the run.
/**
 * Fuzzing the builder with mutated source files (#6): cut and doubled rows, shuffled and
 * swapped columns, stray quotes, BOMs, CRLF, Windows-1257, empty and binary files, JSON cut
 * mid-object, HTML without its table. Whatever comes in, `build()` must not throw, must name
 * the file and never leak a stack trace, must give every rejected row a real line and a reason,
 * and must refuse a file it cannot read rather than accept it with nothing in it.
 *
 * Every case prints its seed; replay one with `FUZZ_SEED=<base> npx vitest run <this file>`.
 */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/builder/adapters';
import { build, type BuildResult } from '../../../src/builder/build';
import { decodeSource } from '../../../src/builder/sources/read-source';
import { describeRealData, realPath } from '../../fixtures/realdata';
import {
	MUTATIONS,
	Rng,
	delimiterOf,
	parseCsv,
	writeCsv,
	hasNonAscii,
	sliceCsv,
	sliceJsonArray,
	win1257Lossless,
	type Mutation,
	type SourceKind
} from '../../fixtures/fuzz-mutations';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const SEEDS_PER_FILE = 2;
/** Data records kept from a big CSV, and items from a big JSON array, to keep the run short. */
const MAX_CSV_RECORDS = 200;
const MAX_JSON_ITEMS = 40;

/**
 * Formats that find their columns by header name, so a reordered export reads the same.
 * Found by this fuzzer (see the shuffle case): a format not listed must refuse a shuffled file
 * or reject its rows with a reason, never read it into wrong fields silently.
 */
const READS_SHUFFLED_COLUMNS = new Set([
	'knab-donations-csv',
	'knab-expenditure-csv',
	'saeima-deputies-csv',
	'vid-declarations-delna-csv',
	'vid-tax-totals-csv',
	'ur-register-csv',
	'ur-officers-csv',
	'ur-members-csv',
	'ur-beneficial-owners-csv'
]);

const LEAKS = [/\n\s+at /, /TypeError/, /ReferenceError/, /RangeError/, /Cannot read propert/];
const LEAKS_TOO = [/is not a function/, /is not iterable/, /undefined \(reading/];

interface Sample {
	/** How the test names it. */
	label: string;
	/** The file name the build sees (its stem becomes the dataset id). */
	name: string;
	kind: SourceKind;
	text: string;
}

function kindOf(path: string): SourceKind {
	const ext = extname(path).toLowerCase();
	return ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : 'csv';
}

function loadSample(path: string, label: string): Sample {
	const kind = kindOf(path);
	let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
	if (kind === 'csv') text = sliceCsv(text, MAX_CSV_RECORDS);
	if (kind === 'json') text = sliceJsonArray(text, MAX_JSON_ITEMS);
	return { label, name: basename(path), kind, text };
}

function demoFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((entry) => {
			const path = join(dir, entry);
			if (statSync(path).isDirectory()) return demoFiles(path);
			if (['sources.json', 'planted.json', 'parties.json'].includes(entry)) return [];
			return /\.(csv|json|html?)$/i.test(entry) ? [path] : [];
		});
}

let work: string;
let runs = 0;
beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'plainview-fuzz-'));
});
// The mutants of real samples name real people: nothing is left behind.
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds one file from bytes, in a folder of its own, as the CLI would. */
function buildBytes(name: string, bytes: Uint8Array): BuildResult {
	const dir = join(work, String(++runs));
	mkdirSync(join(dir, 'in'), { recursive: true });
	const path = join(dir, 'in', name);
	writeFileSync(path, bytes);
	try {
		return build(
			{ files: [path], out: join(dir, 'out'), builtAt: '2026-11-22T00:00:00Z' },
			ADAPTERS
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Lines in the file as the builder decodes it; 0 when it cannot be decoded at all. */
function lineCount(name: string, bytes: Uint8Array): number {
	try {
		return decodeSource(name, bytes).text.split('\n').length;
	} catch {
		return 0;
	}
}

/** The checks that hold for every mutant, whatever it is. */
function expectClean(sample: Sample, bytes: Uint8Array, run: () => BuildResult): BuildResult {
	let result: BuildResult | undefined;
	expect(() => (result = run())).not.toThrow();
	const { report, error } = result!;
	const file = report.files[0]!;
	if (error !== undefined) {
		expect(error).toContain(sample.name);
		for (const leak of [...LEAKS, ...LEAKS_TOO]) expect(error).not.toMatch(leak);
		expect(report.ok).toBe(false);
	} else {
		// Accepted silently with nothing in it is what a file the builder cannot read must never be.
		expect(file.accepted).toBeGreaterThan(0);
	}
	// Not checked: accepted ≥ 0. VID declaration formats count declarations as rows read but
	// reject item rows, so build's accepted (read − rejected) can go below 0 there (reported in #6).
	const lines = lineCount(sample.name, bytes);
	for (const row of file.rejected) {
		expect(Number.isInteger(row.line), `line ${row.line}`).toBe(true);
		expect(row.line).toBeGreaterThan(0);
		expect(row.line).toBeLessThanOrEqual(lines);
		expect(row.reason.trim()).not.toBe('');
		for (const leak of [...LEAKS, ...LEAKS_TOO]) expect(row.reason).not.toMatch(leak);
	}
	for (const warning of file.warnings) {
		for (const leak of LEAKS) expect(warning).not.toMatch(leak);
	}
	return result!;
}

/** Samples with characters Windows-1257 cannot hold, so their re-encoding is only checked for a clean report. */
const win1257Lossy = new Set<string>();

/** Which formats read a shuffled CSV the same, filled in as the shuffle cases run. */
const shuffleOutcome = new Map<string, Set<string>>();

function fuzzSample(load: () => Sample, label: string, kind: SourceKind): void {
	describe(label, () => {
		let sample: Sample;
		let baseline: BuildResult;
		beforeAll(() => {
			sample = load();
			baseline = buildBytes(sample.name, Buffer.from(sample.text, 'utf8'));
		});

		it('the unmutated slice builds cleanly', () => {
			const result = expectClean(sample, Buffer.from(sample.text, 'utf8'), () => baseline);
			expect(result.report.files[0]!.accepted).toBeGreaterThan(0);
		});

		for (const mutation of MUTATIONS.filter((m) => m.kinds.includes(kind))) {
			const seeds = mutation.seeded
				? Array.from({ length: SEEDS_PER_FILE }, (_, i) => BASE_SEED + i)
				: [BASE_SEED];
			for (const seed of seeds) {
				it(`${mutation.name} (seed ${seed})`, () => checkMutant(sample, baseline, mutation, seed));
			}
		}
	});
}

function checkMutant(
	sample: Sample,
	baseline: BuildResult,
	mutation: Mutation,
	seed: number
): void {
	const bytes = mutation.apply(sample.text, new Rng(seed), sample.kind);
	const result = expectClean(sample, bytes, () => buildBytes(sample.name, bytes));
	const file = result.report.files[0]!;
	const base = baseline.report.files[0]!;
	const same = () => {
		expect(file.accepted).toBe(base.accepted);
		expect(result.error === undefined).toBe(baseline.error === undefined);
	};
	switch (mutation.expect) {
		case 'refused':
			expect(result.error).toBeDefined();
			break;
		case 'same':
			if (mutation.name !== 'windows-1257') same();
			else if (!hasNonAscii(sample.text)) same();
			else if (win1257Lossless(sample.text)) {
				same();
				expect(file.encoding).toBe('windows-1257');
				expect(file.warnings.join('\n')).toMatch(/Windows-1257/);
			}
			// Characters Windows-1257 lacks became `?`: only the clean-report checks apply.
			else win1257Lossy.add(sample.label);
			break;
		case 'same-if-supported': {
			const format = base.format ?? '?';
			const readsSame = file.accepted === base.accepted && file.format === base.format;
			const formats = shuffleOutcome.get(readsSame ? 'same' : 'not') ?? new Set<string>();
			shuffleOutcome.set(readsSame ? 'same' : 'not', formats.add(format));
			if (READS_SHUFFLED_COLUMNS.has(format)) same();
			else expect(result.error !== undefined || file.rejected.length > 0).toBe(true);
			break;
		}
		case 'any':
			break;
	}
}

const DEMO = join(import.meta.dirname, '../../../data/demo');

describe('builder fuzz: demo sources', () => {
	for (const path of demoFiles(DEMO)) {
		const label = relative(DEMO, path);
		fuzzSample(() => loadSample(path, label), label, kindOf(path));
	}
});

const REAL = [
	['lv-knab-donations-delna-iw', 'a1.csv'],
	['lv-knab-donations-delna-iw', 'a2.csv'],
	['lv-saeima-deputies-delna-iw', 'groups.csv'],
	['lv-vid-declarations-interests-delna-iw', 'interests_and_assets.csv'],
	['lv-vid-declaration-pages', 'data.json'],
	['lv-vid-declaration-pages', 'slesers-2024.html'],
	['lv-knab-web-snapshots', 'knab_donations_page.html']
] as const;

describeRealData('builder fuzz', () => {
	for (const [folder, name] of REAL) {
		fuzzSample(() => loadSample(realPath(folder, name), name), `${folder}/${name}`, kindOf(name));
	}
});

afterAll(() => {
	const line = (key: string) => [...(shuffleOutcome.get(key) ?? [])].sort().join(', ') || '—';
	console.info(`shuffled columns read the same: ${line('same')}; not: ${line('not')}`);
	console.info(`not representable in Windows-1257: ${[...win1257Lossy].sort().join(', ') || '—'}`);
});

/** A demo CSV slice with one cell of its first data row replaced. */
function demoCsvWith(path: string, column: string, value: string): Buffer {
	const text = sliceCsv(readFileSync(join(DEMO, path), 'utf8'), 40);
	const delimiter = delimiterOf(text);
	const rows = parseCsv(text, delimiter);
	const at = rows[0]!.indexOf(column);
	expect(at).toBeGreaterThanOrEqual(0);
	rows[1]![at] = value;
	return Buffer.from(writeCsv(rows, delimiter));
}

/** Crashes the fuzzer found, kept as plain cases. */
describe('builder fuzz: regressions', () => {
	it('a VID declarations JSON cut short is refused, saying why, not "no data rows" with -1 accepted', () => {
		const text = sliceJsonArray(readFileSync(join(DEMO, 'vid/declarations.json'), 'utf8'), 5);
		const result = buildBytes('declarations.json', Buffer.from(text.slice(0, text.length / 2)));
		expect(result.error).toMatch(
			/^.*declarations\.json: cannot read: declarations\.json: not valid JSON: /
		);
		expect(result.report.files[0]).toMatchObject({ accepted: 0, rejected: [] });
	});

	it('VID tax totals with a 4-digit year outside 1900–2100: the row is rejected, no invalid bundle', () => {
		const bytes = demoCsvWith('vid-tax/tax-totals.csv', 'Taksacijas_gads', '4773');
		const result = buildBytes('tax-totals.csv', bytes);
		expect(result.report.files[0]!.rejected).toEqual([
			{ line: 2, reason: 'Taksācijas gads: not a year: "4773"' }
		]);
	});

	it('Saeima deputies with a birth year outside 1900–2100: left out with a warning', () => {
		const bytes = demoCsvWith('saeima/deputies.csv', 'Dzimšanas gads', '0001');
		const result = buildBytes('deputies.csv', bytes);
		expect(result.error).toBeUndefined();
		expect(result.report.files[0]!.warnings).toContain(
			'line 2: birth year "0001" unreadable; left out'
		);
	});

	it('Delna declarations with a DeclYear outside 1900–2100: the row is rejected', () => {
		const bytes = demoCsvWith('vid/interests_and_assets.csv', 'DeclYear', '3000');
		const result = buildBytes('interests_and_assets.csv', bytes);
		expect(result.report.files[0]!.rejected).toContainEqual({
			line: 2,
			reason: 'no person or no year (DeclYear "3000")'
		});
	});

	it('a VID declaration whose type names a year outside 1900–2100: rejected, no invalid bundle', () => {
		const text = sliceJsonArray(readFileSync(join(DEMO, 'vid/declarations.json'), 'utf8'), 5);
		const items = JSON.parse(text) as Record<string, unknown>[];
		items[0]!.type = 'Kārtējā gada deklarācija - par 2999. gadu';
		const result = buildBytes('declarations.json', Buffer.from(JSON.stringify(items)));
		expect(result.report.files[0]!.rejected).toContainEqual(
			expect.objectContaining({ line: 1, reason: expect.stringMatching(/year 2999 out of range/) })
		);
	});

	it('UR members.csv with a share_currency that is not a currency code: the value is left out, no invalid bundle', () => {
		const header =
			'id;uri;at_legal_entity_registration_number;entity_type;name;latvian_identity_number_masked;birth_date;legal_entity_registration_number;number_of_shares;share_nominal_value;share_currency;date_from;registered_on;last_modified_at';
		const row = (currency: string) =>
			`5000002;;40003000483;NATURAL_PERSON;Celmiņa Ieva;160651-*****;1951-06-16;;2800;1.00;${currency};1996-05-20;1996-05-30;1996-07-04T00:00:00`;
		const text = [header, row('EUR'), row('1996-05-20'), ''].join('\n');
		const result = buildBytes('members.csv', Buffer.from(text));
		expect(result.error).toBeUndefined();
		expect(result.report.files[0]!.accepted).toBe(2);
		expect(result.report.files[0]!.warnings).toContainEqual(
			expect.stringMatching(/^line 3: share_currency "1996-05-20" is not a currency code/)
		);
	});

	it('KNAB JSON with a currency that is not a currency code: the record is rejected with its position', () => {
		const record = (id: string, currency: string) => ({
			public_id: id,
			party: 'Partija A',
			typeId: 1,
			type: 'Nauda',
			amountDisplay: '100.00',
			currency,
			person: 'JĀNIS OZARS',
			personCode: '010180*****',
			date: '31.10.2026'
		});
		const items = Array.from({ length: 30 }, (_, i) => record(`id-${i}`, 'eur'));
		items.push(record('bad', '€'));
		const result = buildBytes('donations.json', Buffer.from(JSON.stringify(items)));
		expect(result.report.files[0]!.rejected).toEqual([
			{ line: 31, reason: 'not a currency code: "€" (line = 1-based position in the JSON array)' }
		]);
		expect(result.error).toBeUndefined();
	});
});
