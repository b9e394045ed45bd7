/**
 * KNAB party finance files: Delna's expenditure extract (knab/expenditure.csv in the a4
 * layout), the list of filed reports (knab/reports/list.html) and report pages
 * (knab/reports/<party>-<year>.html). The demo covers the Saeima parties for a few years;
 * the national set every party and year. Party names vary between rows as in the real a4:
 * registered name, short name, upper case; the party register places them all.
 */
import { slug } from '../model/slug';
import { csvLine, dotDate, isoDate } from './format';
import { escape } from './html-table';
import { upper } from './names';
import { EXPENSE_ITEMS, partyYear, type PartyYear } from './party-finances';
import type { Rng } from './random';
import { reportPage } from './report-page';
import { FileSink } from './sink';
import type { Party } from './types';
import type { World } from './world';

export const EXPENDITURE_CSV = 'knab/expenditure.csv';
export const REPORTS_LIST = 'knab/reports/list.html';
const REPORTS_URL = 'https://info.knab.gov.lv/lv/db/deklaracijas/';

/** The years each file covers, by scale. */
function plan(world: World) {
	const national = world.sizes.label === 'national';
	const years = (from: number, to: number) =>
		Array.from({ length: to - from + 1 }, (_, i) => from + i);
	return {
		parties: national ? world.parties : world.parties.filter((p) => p.inSaeima),
		a4: national ? years(2018, 2025) : years(2021, 2024),
		pages: national ? years(2018, 2025) : [2023, 2024],
		listed: national ? years(2018, 2025) : years(2021, 2025)
	};
}

/** How a4 spells the party that year: its name, its short name, or either in upper case. */
function a4Name(party: Party, year: number): string {
	const spellings = [party.name, party.short, upper(party.short)];
	return spellings[year % spellings.length]!;
}

/** A4 money: ` € 1,236.00 ` padded, or bare `28815.00` as the newest rows are. */
function a4Amount(cents: number, year: number): string {
	const whole = String(Math.floor(cents / 100));
	const fraction = String(cents % 100).padStart(2, '0');
	if (year >= 2022) return `${whole}.${fraction}`;
	return ` € ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction} `;
}

function reportId(rng: Rng, filed: string): string {
	return `${filed.slice(8, 10)}${filed.slice(5, 7)}${filed.slice(0, 4)}-${rng.digits(8)}`;
}

export interface FinanceFiles {
	counts: Record<string, number>;
}

export function writeFinances(world: World, rng: Rng, root: string): FinanceFiles {
	const { parties, a4, pages, listed } = plan(world);
	const counts: Record<string, number> = {};
	const years = new Map<string, PartyYear>();
	const figures = (party: Party, year: number) => {
		const key = `${party.index}-${year}`;
		let found = years.get(key);
		if (!found) years.set(key, (found = partyYear(rng.fork(`finances-${key}`), party, year)));
		return found;
	};

	const csv = new FileSink(root, EXPENDITURE_CSV);
	csv.write('Partija,Gads,Veids,Vērtība\n');
	let rows = 0;
	for (const party of parties) {
		for (const year of a4) {
			const figure = figures(party, year);
			EXPENSE_ITEMS.forEach((item, i) => {
				const cents = figure.expenses[i]!;
				if (cents === 0) return;
				// Delna's sheet left a leading space on some kinds.
				const kind = i === 9 ? ` ${item}` : item;
				csv.write(`${csvLine([a4Name(party, year), String(year), kind, a4Amount(cents, year)])}\n`);
				rows++;
			});
		}
	}
	csv.close();
	counts[EXPENDITURE_CSV] = rows;

	const ids = rng.fork('report-ids');
	const listRows: string[] = [];
	for (const year of [...listed].reverse()) {
		for (const party of parties) {
			const filed = isoDate(year + 1, 3, 20 + ((party.index * 7 + year) % 11));
			const id = reportId(ids, filed);
			listRows.push(
				`<tr>\n<td class="party"><a href="?id=${id}&amp;type=1">${escape(party.name)}</a></td>\n<td class="type" style='min-width:150px'>Gada pārskats</td>\n<td class="year" style='min-width:50px'>${year}</td>\n<td class="date" style='min-width:70px'>${dotDate(filed)}</td>\n</tr>`
			);
			if (!pages.includes(year)) continue;
			const page = `knab/reports/${slug(party.short)}-${year}.html`;
			const sink = new FileSink(root, page);
			sink.write(reportPage(figures(party, year), `${REPORTS_URL}?id=${id}&type=1`));
			sink.close();
			counts[page] = 1;
		}
	}
	const list = new FileSink(root, REPORTS_LIST);
	list.write(listPage(listRows));
	list.close();
	counts[REPORTS_LIST] = listRows.length;
	return { counts };
}

function listPage(rows: readonly string[]): string {
	return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Partiju deklarācijas :: KNAB</title>
</head>
<body>
<table id="declarations" class="pdb-results">
<thead>
<tr>
<th>Partija</th><th>Veids</th><th>Gads</th><th class="order-desc">Datums</th>
</tr>
</thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
