/**
 * A party's finances for its page and the explore page: per year, each statement's lines
 * from one source in the order published, with the total the source states, or, where it
 * states none (Delna's a4 extract), the sum of the lines. Lines from two sources are never
 * added together, and nothing here is added to donations or fees.
 */
import type { Money, PartyFinanceLine, PartyReport, PartyStatement } from '../../model/types';
import { PARTY_STATEMENTS } from '../../model/types';

export interface StatementBlock {
	statement: PartyStatement;
	/** The dataset every line of the block comes from. */
	dataset: string;
	/** The lines in the order the source gives them, stated totals included. */
	lines: PartyFinanceLine[];
	/** The sum of the lines, per currency, where the source states no total; else undefined. */
	sum?: Money[];
}

export interface FinanceYear {
	year: number;
	blocks: StatementBlock[];
	reports: PartyReport[];
}

const collator = new Intl.Collator('en', { numeric: true });

/** Sums per currency, in the order the currencies first appear. */
export function sumLines(lines: readonly PartyFinanceLine[]): Money[] {
	const sums = new Map<string, number>();
	for (const line of lines)
		sums.set(line.amount.currency, (sums.get(line.amount.currency) ?? 0) + line.amount.cents);
	return [...sums].map(([currency, cents]) => ({ cents, currency }));
}

/** The block's total as shown: the stated total lines, or the sum of the lines. */
export function blockTotal(block: StatementBlock): Money[] {
	return block.sum ?? block.lines.filter((l) => l.isTotal).map((l) => l.amount);
}

export function financeYears(
	lines: readonly PartyFinanceLine[] = [],
	reports: readonly PartyReport[] = []
): FinanceYear[] {
	const years = new Map<number, FinanceYear>();
	const yearOf = (year: number) => {
		let found = years.get(year);
		if (!found) years.set(year, (found = { year, blocks: [], reports: [] }));
		return found;
	};
	const blocks = new Map<string, StatementBlock>();
	for (const line of lines) {
		const key = `${line.year}|${line.statement}|${line.source.dataset}`;
		let block = blocks.get(key);
		if (!block) {
			block = { statement: line.statement, dataset: line.source.dataset, lines: [] };
			blocks.set(key, block);
			yearOf(line.year).blocks.push(block);
		}
		block.lines.push(line);
	}
	for (const block of blocks.values()) {
		block.lines.sort((a, b) => collator.compare(a.source.record, b.source.record));
		if (!block.lines.some((l) => l.isTotal)) block.sum = sumLines(block.lines);
	}
	for (const report of reports) yearOf(report.year).reports.push(report);
	const order = (s: PartyStatement) => PARTY_STATEMENTS.indexOf(s);
	for (const year of years.values()) {
		year.blocks.sort(
			(a, b) => order(a.statement) - order(b.statement) || collator.compare(a.dataset, b.dataset)
		);
		year.reports.sort((a, b) => collator.compare(a.source.record, b.source.record));
	}
	return [...years.values()].sort((a, b) => b.year - a.year);
}

/** Statements shown at once; the balance sheet, cash flow and state funding sit behind a toggle. */
export const MAIN_STATEMENTS: ReadonlySet<PartyStatement> = new Set([
	'income',
	'expense',
	'result'
]);
