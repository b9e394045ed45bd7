/**
 * Reading one row of a KNAB annual report's statement: which statement the line belongs to
 * (income until the "Izdevumi" heading, expense after it; assets after "Aktīvs", liabilities
 * after "Pasīvs"), the heading it stands under, its indentation, and whether the report states
 * it as a total. Rows without an amount are headings: they are not lines.
 */
import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import { ValueError } from '../../model/errors';
import type { PartyStatement } from '../../model/types';

export type Section =
	'party' | 'balance' | 'income-expense' | 'cash-flow' | 'state-funding' | 'notice';

/** What is known while reading down one statement. */
export interface StatementState {
	statement: PartyStatement;
	/** Lines and headings above the current row, by indentation. */
	headings: { level: number; text: string; isHeadingRow: boolean; hasChildren: boolean }[];
}

export interface ReportLine {
	statement: PartyStatement;
	item: string;
	heading?: string;
	level?: number;
	isTotal?: true;
	/** As printed, for parseMoney. */
	amount: string;
}

/** The statement a section's first lines belong to. */
export function statementOf(section: Section): PartyStatement {
	if (section === 'balance') return 'assets';
	if (section === 'income-expense') return 'income';
	return section === 'cash-flow' ? 'cash-flow' : 'state-funding';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function levelOf(cell: Cheerio<Element>): number {
	const match = /\bindent(\d)\b/.exec(cell.attr('class') ?? '');
	return match ? Number(match[1]) : 0;
}

/**
 * The heading a line at `level` stands under: the nearest less indented row above it, or a
 * heading row at its own level that has no indented lines under it ("Ieņēmumi" over its lines).
 */
function headingFor(state: StatementState, level: number): string | undefined {
	for (let i = state.headings.length - 1; i >= 0; i--) {
		const above = state.headings[i]!;
		if (above.level > level) continue;
		if (above.level < level) return above.text;
		if (above.isHeadingRow) return above.hasChildren ? undefined : above.text;
	}
	return undefined;
}

function push(state: StatementState, level: number, text: string, isHeadingRow: boolean): void {
	const keeps = (h: StatementState['headings'][number]) =>
		h.level < level || (!isHeadingRow && h.level === level && h.isHeadingRow && !h.hasChildren);
	state.headings = state.headings.filter(keeps);
	for (const above of state.headings) if (above.level < level) above.hasChildren = true;
	state.headings.push({ level, text, isHeadingRow, hasChildren: false });
}

/**
 * One row: a line, or undefined for a heading row (which may switch the statement). Throws a
 * ValueError for a row that is neither.
 */
export function reportLine(row: Cheerio<Element>, state: StatementState): ReportLine | undefined {
	const cells = row.children('td');
	const first = cells.first();
	const item = clean(first.text());
	const level = levelOf(first);
	const amountText = clean(cells.eq(1).text());
	if (item === '') throw new ValueError('a row with no item');
	if (cells.length < 2 || amountText === '') {
		if (state.statement === 'income' && /izdevumi/i.test(item)) state.statement = 'expense';
		push(state, level, item, true);
		return undefined;
	}
	if (!/\d/.test(amountText)) throw new ValueError(`not an amount: ${JSON.stringify(amountText)}`);
	const isBold = /bold/.test(first.attr('style') ?? '');
	let isTotal = /kopā\.?$/i.test(item);
	if (isBold && /^aktīvs$/i.test(item)) state.statement = 'assets';
	if (isBold && /^pasīvs$/i.test(item)) state.statement = 'liabilities';
	if (isBold && /^(aktīvs|pasīvs)$/i.test(item)) {
		state.headings = [];
		isTotal = true;
	}
	const isResult = state.statement === 'expense' && /starpība/i.test(item);
	const heading = headingFor(state, level);
	const line: ReportLine = {
		statement: isResult ? 'result' : state.statement,
		item,
		...(heading && { heading }),
		...(level > 0 && { level }),
		...((isTotal || isResult) && { isTotal: true }),
		amount: amountText
	};
	if (isTotal) state.headings = state.headings.filter((h) => h.level < level);
	else push(state, level, item, false);
	return line;
}
