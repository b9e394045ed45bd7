/**
 * The list of party reports on the KNAB site (info.knab.gov.lv, layout before July 2026) saved
 * as HTML: `table#declarations` with cells td.party (a link to the report), td.type ("Gada
 * pārskats", "Vēlēšanu deklarācija"), td.year and td.date (`15.04.2026`, when filed). It says
 * which reports exist and when they were filed; the figures are on each report's own page.
 * A row's record is `<file>#<row index>`, as for the donation search page.
 */
import { load } from 'cheerio';
import { ValueError } from '../../model/errors';
import { parseDate } from '../../model/parse-date';
import type { Adapter, AdapterResult, PartyReportRecord } from '../sources/source-records';
import { KNAB_PUBLISHER } from './knab-donations';
import { KNAB_REPORTS_URL, readYear } from './knab-expenditure-csv';
import { recordRef } from '../sources/record-ref';

const LINE_NOTE = '(line = HTML source line of the row)';
const CELLS = ['party', 'type', 'year', 'date'] as const;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function reportUrl(href: string | undefined): string | undefined {
	if (!href) return undefined;
	try {
		return new URL(href, KNAB_REPORTS_URL).href;
	} catch {
		return undefined;
	}
}

export const knabReportsListHtml: Adapter = {
	format: 'knab-reports-list-html',
	description: 'KNAB list of party annual reports and election declarations, saved as HTML',
	provenance: {
		publisher: KNAB_PUBLISHER,
		title: 'Partiju deklarācijas: iesniegtie pārskati',
		url: KNAB_REPORTS_URL,
		licence: 'Public information published by KNAB; no licence stated'
	},

	detect: (file) => /<table\b[^>]*\bid\s*=\s*["']?declarations["'\s>]/i.test(file.text),

	read(file, options): AdapterResult {
		const $ = load(file.text, { sourceCodeLocationInfo: true });
		const trs = $('table#declarations > tbody > tr').toArray();
		const result: AdapterResult = { records: [], rejected: [], warnings: [], rowsRead: trs.length };
		trs.forEach((tr, index) => {
			const line = tr.sourceCodeLocation?.startLine ?? index + 1;
			const row = $(tr);
			const tds = row.children('td');
			// Saved copies may lose the classes; the column order is fixed.
			const cell = (name: (typeof CELLS)[number]) => {
				const byClass = row.children(`td.${name}`);
				return byClass.length > 0 ? byClass.first() : tds.eq(CELLS.indexOf(name));
			};
			try {
				if (tds.length < CELLS.length)
					throw new ValueError(`not a report row: ${tds.length} cells`);
				const name = clean(cell('party').text());
				const kind = clean(cell('type').text());
				if (name === '' || kind === '') throw new ValueError('no party or no kind');
				const date = clean(cell('date').text());
				const url = reportUrl(cell('party').find('a[href]').attr('href'));
				const record: PartyReportRecord = {
					type: 'party-report',
					party: { type: 'organisation', kind: 'party', name },
					year: readYear(cell('year').text(), 'Gads'),
					kind,
					...(date !== '' && { filed: parseDate(date, 'DMY') }),
					source: {
						dataset: options.dataset,
						record: recordRef(file.name, index + 1, '#'),
						...(url && { url })
					}
				};
				result.records.push(record);
			} catch (error) {
				if (!(error instanceof ValueError)) throw error;
				result.rejected.push({ line, reason: `${error.message} ${LINE_NOTE}` });
			}
		});
		return result;
	}
};
