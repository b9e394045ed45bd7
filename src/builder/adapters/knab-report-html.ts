/**
 * One party's annual report on the KNAB site (info.knab.gov.lv, layout before July 2026) saved
 * as HTML: `table#declaration`, a `th` row opening each statement (the party, the balance
 * sheet, income and expense, cash flow, the use of state funding, the notice), then rows of
 * item and amount (`€ 12345.67`), indented by class `indent1`/`indent2`. The year is in the
 * heading "Deklarācija (2024)". A line's record is `<file>#<statement>:<row>`, the row counted
 * from 1 after the statement's `th` row; rejected rows give the HTML source line.
 */
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { ValueError } from '../../model/errors';
import { parseMoney } from '../../model/parse-money';
import type {
	Adapter,
	AdapterResult,
	OrganisationMention,
	PartyFinanceRecord
} from '../sources/source-records';
import { KNAB_PUBLISHER } from './knab-donations';
import { KNAB_REPORTS_URL } from './knab-expenditure-csv';
import { reportLine, statementOf, type Section, type StatementState } from './knab-report-lines';

const LINE_NOTE = '(line = HTML source line of the row)';

const SECTIONS: [RegExp, Section][] = [
	[/^politisk/i, 'party'],
	[/^bilance/i, 'balance'],
	[/^ieņēmumu un izdevumu/i, 'income-expense'],
	[/^naudas plūsmas/i, 'cash-flow'],
	[/^valsts budžeta/i, 'state-funding'],
	[/^ziņojums/i, 'notice']
];

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function yearOf($: CheerioAPI): number {
	const heading = clean($('#declaration h2, h2').first().text());
	const match = /\((\d{4})\)/.exec(heading);
	if (!match) throw new Error(`no report year in the heading ${JSON.stringify(heading)}`);
	return Number(match[1]);
}

/** The party from the "Politiskā organizācija" rows: its name and reg. no. as printed. */
function partyOf(rows: Cheerio<Element>[]): OrganisationMention {
	const field = (label: RegExp) =>
		rows.map((row) => row.children('td')).find((cells) => label.test(clean(cells.first().text())));
	const name = clean(
		field(/^partijas nosaukums/i)
			?.eq(1)
			.text() ?? ''
	);
	const regNo = clean(
		field(/^reģ\. ?nr/i)
			?.eq(1)
			.text() ?? ''
	);
	if (name === '') throw new Error('no party name in the report ("Partijas nosaukums")');
	return { type: 'organisation', kind: 'party', name, ...(/^\d{11}$/.test(regNo) && { regNo }) };
}

export const knabReportHtml: Adapter = {
	format: 'knab-report-html',
	description: "KNAB party annual report (one party's year), the report page saved as HTML",
	provenance: {
		publisher: KNAB_PUBLISHER,
		title: 'Politisko partiju gada pārskati',
		url: KNAB_REPORTS_URL,
		licence: 'Public information published by KNAB; no licence stated'
	},

	detect: (file) => /<table\b[^>]*\bid\s*=\s*["']?declaration["'\s>]/i.test(file.text),

	read(file, options): AdapterResult {
		const $ = load(file.text, { sourceCodeLocationInfo: true });
		const year = yearOf($);
		const url = $('meta[property="og:url"]').attr('content') || undefined;
		const bySection = new Map<Section, { row: Cheerio<Element>; index: number; line: number }[]>();
		const warnings: string[] = [];
		let section: Section | undefined;
		let index = 0;
		for (const tr of $('table#declaration > tbody > tr').toArray()) {
			const row = $(tr);
			const th = row.children('th');
			if (th.length > 0) {
				const title = clean(th.text());
				section = SECTIONS.find(([pattern]) => pattern.test(title))?.[1];
				if (!section) warnings.push(`statement not read: ${JSON.stringify(title)}`);
				index = 0;
				continue;
			}
			index++;
			if (!section) continue;
			const line = tr.sourceCodeLocation?.startLine ?? 0;
			let rows = bySection.get(section);
			if (!rows) bySection.set(section, (rows = []));
			rows.push({ row, index, line });
		}
		const party = partyOf((bySection.get('party') ?? []).map(({ row }) => row));
		const result: AdapterResult = { records: [], rejected: [], warnings, rowsRead: 0 };
		for (const [key, rows] of bySection) {
			if (key === 'party' || key === 'notice') continue;
			const state: StatementState = { statement: statementOf(key), headings: [] };
			for (const { row, index: at, line } of rows) {
				result.rowsRead++;
				try {
					const read = reportLine(row, state);
					if (!read) continue;
					const record: PartyFinanceRecord = {
						type: 'party-finance',
						party,
						year,
						...read,
						amount: parseMoney(read.amount, { currency: 'EUR', decimal: '.' }),
						source: {
							dataset: options.dataset,
							record: `${file.name}#${key}:${at}`,
							...(url && { url })
						}
					};
					result.records.push(record);
				} catch (error) {
					if (!(error instanceof ValueError)) throw error;
					result.rejected.push({ line, reason: `${error.message} ${LINE_NOTE}` });
				}
			}
		}
		return { ...result, title: `Politiskās partijas gada pārskats par ${year}. gadu` };
	}
};
