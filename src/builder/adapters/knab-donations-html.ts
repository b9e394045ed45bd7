/**
 * The KNAB donation search page (info.knab.gov.lv, layout before July 2026) saved as HTML:
 * `table#donations` with cells td.party (a link to the record), td.type, td.amount
 * (`EUR 120.00`), td.person (`Name<br>010190*****`) and td.date (`14.05.2026`).
 * A row's `line` is the HTML source line of its `<tr>`; its record is `<file>#<row index>`.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Adapter, AdapterResult, RejectedRow } from '../sources/source-records';
import {
	KNAB_PUBLISHER,
	KNAB_TITLE,
	KNAB_URL,
	readDonationRows,
	type DonationRow
} from './knab-donations';
import { recordRef } from '../sources/record-ref';

const LINE_NOTE = '(line = HTML source line of the row)';

// Older and saved copies of the page may lose the classes; the column order is fixed.
const CELL_ORDER = ['party', 'type', 'amount', 'person', 'date'] as const;
type CellName = (typeof CELL_ORDER)[number];

function cellOf($: CheerioAPI, row: Cheerio<Element>, name: CellName): Cheerio<Element> {
	const byClass = row.children(`td.${name}`);
	return byClass.length > 0 ? byClass.first() : $(row.children('td').get(CELL_ORDER.indexOf(name)));
}

/** `Name<br>code`: the text before the first break is the name, the text after it the code. */
function splitPerson($: CheerioAPI, cell: Cheerio<Element>): { name: string; code: string } {
	const parts: string[] = [''];
	cell.contents().each((_, node) => {
		if (node.type === 'tag' && node.name === 'br') parts.push('');
		else parts[parts.length - 1] += $(node).text();
	});
	const [name = '', ...rest] = parts.map((part) => part.replace(/\s+/g, ' ').trim());
	return { name, code: rest.filter((part) => part !== '').join(' ') };
}

function recordUrl(cell: Cheerio<Element>): string | undefined {
	const href = cell.find('a[href]').attr('href');
	if (!href) return undefined;
	try {
		return new URL(href, KNAB_URL).href;
	} catch {
		return undefined;
	}
}

export const knabDonationsHtml: Adapter = {
	format: 'knab-donations-html',
	description: 'KNAB party donations, the search results page saved as HTML (table#donations)',
	provenance: {
		publisher: KNAB_PUBLISHER,
		title: KNAB_TITLE,
		url: KNAB_URL,
		licence: 'Public information published by KNAB; no licence stated'
	},

	detect(file) {
		return /<table\b[^>]*\bid\s*=\s*["']?donations\b/i.test(file.text);
	},

	read(file, options): AdapterResult {
		const $ = load(file.text, { sourceCodeLocationInfo: true });
		const rows: DonationRow[] = [];
		const early: RejectedRow[] = [];
		const trs = $('table#donations > tbody > tr').toArray();
		trs.forEach((tr, index) => {
			const line = tr.sourceCodeLocation?.startLine ?? index + 1;
			const row = $(tr);
			if (row.children('td').length < CELL_ORDER.length) {
				early.push({ line, reason: `not a donation row: ${row.children('td').length} cells` });
				return;
			}
			const party = cellOf($, row, 'party');
			const person = splitPerson($, cellOf($, row, 'person'));
			const url = recordUrl(party);
			rows.push({
				line,
				where: `line ${line}`,
				raw: {
					party: party.text().replace(/\s+/g, ' ').trim(),
					typeText: cellOf($, row, 'type').text().trim(),
					amount: cellOf($, row, 'amount').text().trim(),
					donorName: person.name,
					code: person.code,
					date: cellOf($, row, 'date').text().trim(),
					flags: []
				},
				source: {
					dataset: options.dataset,
					record: recordRef(file.name, index + 1, '#'),
					...(url ? { url } : {})
				}
			});
		});
		const result = readDonationRows(rows, options.dateOrder);
		return {
			...result,
			rejected: [...early, ...result.rejected]
				.sort((a, b) => a.line - b.line)
				.map(({ line, reason }) => ({ line, reason: `${reason} ${LINE_NOTE}` })),
			rowsRead: trs.length
		};
	}
};
