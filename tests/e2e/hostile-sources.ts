/**
 * Fictional source files in the official formats whose every text field is hostile: markup,
 * script, javascript:/data: URLs, a right-to-left override, a 1 MB string, and `__proto__`
 * / `constructor` as names and keys. The demo files are the templates for each layout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const DEMO = resolve(import.meta.dirname, '../../data/demo');

export const HOSTILE = {
	img: '<img src=x onerror="window.__pwned=1;alert(1)">',
	script: '<script>window.__pwned=1;alert(1)</script>',
	js: 'javascript:window.__pwned=1;alert(1)',
	data: 'data:text/html,<script>alert(1)</script>',
	rlo: '\u202Egnp.exe\u202C Ozoliņa',
	proto: '__proto__',
	ctor: 'constructor'
} as const;

/** One unbroken 1 MB word: the hardest case for a layout. */
export const HUGE = 'Garais' + 'A'.repeat(1_000_000);

const csv = (rows: readonly (readonly string[])[]): string =>
	rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';

function headerOf(path: string): string[] {
	const line = readFileSync(join(DEMO, path), 'utf8').split('\n')[0]!;
	return line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((cell) => cell.replace(/^"|"$/g, ''));
}

/** Deputies as "Surname, Name", with hostile parties and record URLs. */
const DEPUTIES: readonly (readonly [string, string, string, string])[] = [
	[`${HOSTILE.img}, Jānis`, HOSTILE.script, '1970', HOSTILE.js],
	[`${HOSTILE.proto}, ${HOSTILE.ctor}`, HOSTILE.proto, '1971', HOSTILE.data],
	[
		`${HOSTILE.ctor}, Anna`,
		HOSTILE.ctor,
		'1972',
		'https://example.invalid/"><script>alert(1)</script>'
	],
	[HOSTILE.rlo, HOSTILE.img, '1973', HOSTILE.js],
	[`${HUGE}, Pēteris`, 'Parasta partija', '1974', HOSTILE.data],
	[`${HOSTILE.script}, Ilze`, HOSTILE.js, '1975', HOSTILE.js]
];

function deputiesCsv(): string {
	const header = headerOf('saeima/deputies.csv');
	const rows = DEPUTIES.map(([name, party, year, url]) =>
		header.map((column) => {
			if (/^Deput/.test(column)) return name;
			if (column === 'Frakcija' || column === 'Politiska partija') return party;
			if (/^Ievel/.test(column)) return party;
			if (/^Dzimšanas gads/.test(column)) return year;
			if (/^Darbība/.test(column)) return url;
			if (column === 'Mandāta statuss') return 'Pilntiesīgs mandāts';
			if (column === 'Dzimums') return 'V';
			return HOSTILE.img;
		})
	);
	return csv([header, ...rows]);
}

/** KNAB a1 layout: `,Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,Dāvinātājs`. */
function donationsCsv(): string {
	const header = [
		'',
		'Partija',
		'Veids',
		'Vērtība',
		'Name',
		'Personas Kods',
		'Datums',
		'Flags',
		'Dāvinātājs'
	];
	const donors: readonly (readonly [string, string])[] = [
		[HOSTILE.img, HOSTILE.script],
		[HOSTILE.proto, HOSTILE.proto],
		[HOSTILE.ctor, HOSTILE.ctor],
		[HOSTILE.rlo, HOSTILE.img],
		[HUGE, 'Parasta partija'],
		[HOSTILE.js, HOSTILE.js],
		[HOSTILE.data, HOSTILE.data]
	];
	const rows = donors.map(([donor, party], i) => [
		String(i),
		party,
		'Nauda',
		'EUR 100.00',
		donor,
		`0${i + 1}0170-*****`,
		`2${i}/03/2025`,
		'',
		donor
	]);
	return csv([header, ...rows]);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Amounts and currencies stay readable: the point is text, not a rejected row. */
const KEEP = /^(Summa|Valūta)$/;

/** Every string in a demo declaration replaced by a hostile one; the keys stay the official ones. */
function hostileCopy(value: Json, pick: () => string, key = ''): Json {
	if (typeof value === 'string') return KEEP.test(key) ? value : pick();
	if (Array.isArray(value)) return value.map((item) => hostileCopy(item, pick));
	if (value && typeof value === 'object') {
		const out: { [key: string]: Json } = {};
		for (const [name, item] of Object.entries(value)) out[name] = hostileCopy(item, pick, name);
		return out;
	}
	return value;
}

function declarationsJson(): string {
	const [template] = JSON.parse(readFileSync(join(DEMO, 'vid/declarations.json'), 'utf8')) as {
		[key: string]: Json;
	}[];
	const strings = [
		HOSTILE.img,
		HOSTILE.script,
		HOSTILE.js,
		HOSTILE.data,
		HOSTILE.rlo,
		HOSTILE.proto,
		HOSTILE.ctor
	];
	let n = 0;
	const pick = () => strings[n++ % strings.length]!;
	const sectionData = hostileCopy(template!['sectionData']!, pick) as { [key: string]: Json[] };
	// `__proto__` and `constructor` as keys of a row, as JSON.parse gives them (own properties).
	const first = Object.values(sectionData)[0]!;
	const row = JSON.parse('{"__proto__": "__proto__", "constructor": "constructor"}') as {
		[key: string]: Json;
	};
	first.push({ ...(first[0] as { [key: string]: Json }), ...row });
	const declaration = {
		...template,
		name: HOSTILE.rlo,
		workplace: HOSTILE.img,
		workplace_role: HOSTILE.script,
		sectionData
	};
	return JSON.stringify([declaration, { ...declaration, name: 'Jānis ' + HOSTILE.img }], null, 2);
}

function sourcesJson(): string {
	const entry = (url: string, title: string) => ({
		publisher: HOSTILE.rlo,
		title,
		url,
		licence: HOSTILE.img,
		retrievedAt: '2026-11-01'
	});
	return JSON.stringify({
		'saeima/deputies.csv': entry(HOSTILE.js, HOSTILE.img),
		'knab/donations.csv': entry(HOSTILE.data, HOSTILE.script),
		'vid/declarations.json': entry(' JaVaScRiPt:alert(1)', HOSTILE.proto)
	});
}

/** Writes the hostile sources under `dir`; returns the source files (not the sidecar). */
export function writeHostileSources(dir: string): string[] {
	const files: Record<string, string> = {
		'saeima/deputies.csv': deputiesCsv(),
		'knab/donations.csv': donationsCsv(),
		'vid/declarations.json': declarationsJson(),
		'sources.json': sourcesJson()
	};
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return Object.keys(files)
		.filter((name) => name !== 'sources.json')
		.map((name) => join(dir, name));
}
