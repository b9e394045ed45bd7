/**
 * declarations.json: an array of declarations in the opendata.lv scraper layout (data.json):
 * type, name (upper case), workplace, role, dates, year, the section titles present and
 * sectionData keyed by those titles, rows keyed by the portal's column headers.
 */
import type { Declaration } from './decl-types';
import { amountText, payerCell, regAddressCell } from './decl-render';
import { buildDeclaration, DECLARATION_YEARS, shortName } from './declarations';
import { dotDate } from './format';
import { euroWords } from './lv-words';
import { upper } from './names';
import { fullName } from './people';
import { FileSink, type Tracker } from './sink';
import { JSON_COLUMNS as C, JSON_TITLES as T } from './vid-sections';
import type { Official } from './types';
import type { World } from './world';

export const DECLARATIONS_JSON = 'vid/declarations.json';

type Row = Record<string, string>;

function zip(columns: readonly string[], values: readonly string[]): Row {
	return Object.fromEntries(columns.map((column, i) => [column, values[i] ?? '']));
}

export function declarationObject(d: Declaration) {
	const sections: [string, Row[]][] = [
		[
			T.posts,
			d.posts.map((p) => zip(C.posts, [p.post, p.name, regAddressCell(p.regNo, p.address, 'json')]))
		],
		[
			T.realEstate,
			d.estates.map((e) => zip(C.realEstate, [e.type, e.location, e.mark, e.coOwner]))
		],
		[
			T.shares,
			d.shares.map((s) =>
				zip(C.shares, [
					shortName(s.company),
					regAddressCell(s.company.regNo, s.company.address, 'json'),
					String(s.count),
					amountText(s.cents),
					'EUR'
				])
			)
		],
		[
			T.vehicles,
			d.vehicles.map((v) =>
				zip(C.vehicles, [v.type, v.make, String(v.made), String(v.registered), v.mark])
			)
		],
		[
			T.savings,
			[
				...d.cash.map((c) => zip(C.cash, [amountText(c.cents), c.currency, euroWords(c.cents)])),
				...d.banks.map((b) =>
					zip(C.bank, [
						amountText(b.cents),
						b.currency,
						shortName(b.bank),
						regAddressCell(b.bank.regNo, b.bank.address, 'json')
					])
				)
			]
		],
		[
			T.income,
			d.income.map((i) =>
				zip(C.income, [payerCell(i.payer, 'json'), i.type, amountText(i.cents), 'EUR'])
			)
		],
		[
			T.transactions,
			d.transactions.map((t) => zip(C.transactions, [t.type, amountText(t.cents), t.currency]))
		],
		[
			T.debts,
			d.debts.map((x) => zip(C.debts, [amountText(x.cents), x.currency, euroWords(x.cents)]))
		],
		[
			T.loans,
			d.loans.map((x) => zip(C.loans, [amountText(x.cents), x.currency, euroWords(x.cents)]))
		],
		[T.other, d.other.map((text) => zip(C.other, [text]))],
		[T.family, d.family.map((f) => zip(C.family, [f.name, f.relation]))]
	];
	const present = sections.filter(([, rows]) => rows.length > 0);
	return {
		type: `Kārtējā gada deklarācija - par ${d.year}. gadu`,
		name: upper(fullName(d.person)),
		workplace: `'${d.official.workplace.name}'`,
		workplace_role: d.official.role,
		date_added: dotDate(d.filed),
		date_published: dotDate(d.published),
		year: String(d.year),
		sections: present.map(([title]) => title),
		sectionData: Object.fromEntries(present)
	};
}

/** One JSON array of declarations, streamed: open, add one at a time, close. */
class DeclarationArray {
	#sink: FileSink;
	count = 0;

	constructor(
		root: string,
		readonly file: string
	) {
		this.#sink = new FileSink(root, file);
		this.#sink.write('[');
	}

	add(world: World, official: Official, year: number, tracker: Tracker): void {
		const text = JSON.stringify(
			declarationObject(buildDeclaration(world, official, year)),
			null,
			2
		);
		this.#sink.write(`${this.count === 0 ? '\n' : ',\n'}  ${text.replace(/\n/g, '\n  ')}`);
		tracker.person(official.person, { file: this.file, index: this.count });
		this.count++;
	}

	close(): void {
		this.#sink.write('\n]\n');
		this.#sink.close();
	}
}

/** The full set's declarations of one year, part n (1-based). */
export const declarationsPart = (year: number, part: number) =>
	`vid/declarations/declarations-${year}-${String(part).padStart(2, '0')}.json`;

/**
 * Streams every official's declarations. Below full scale: one file, six years per official
 * in a row. Full scale: one year at a time, split into parts. Returns the count per file.
 */
export function writeDeclarationsJson(
	world: World,
	root: string,
	tracker: Tracker
): Record<string, number> {
	const full = world.sizes.full;
	const counts: Record<string, number> = {};
	if (!full) {
		const out = new DeclarationArray(root, DECLARATIONS_JSON);
		for (const official of world.officials)
			for (const year of DECLARATION_YEARS) out.add(world, official, year, tracker);
		out.close();
		counts[out.file] = out.count;
		return counts;
	}
	for (const year of full.declarationYears) {
		let part = 0;
		let out: DeclarationArray | undefined;
		for (const official of world.officials) {
			if (!out || out.count >= full.declarationsPerFile) {
				out?.close();
				out = new DeclarationArray(root, declarationsPart(year, ++part));
				counts[out.file] = 0;
			}
			out.add(world, official, year, tracker);
			counts[out.file] = out.count;
		}
		out?.close();
	}
	return counts;
}
