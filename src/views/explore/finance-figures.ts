/**
 * The figures of the party finances explore page, per party for one year: donations and fees
 * from the party's donation summary (gifts and refunds apart), and the lines of its reports
 * and of Delna's a4 extract, each with the records it comes from. Sources are never added
 * together: a4 and a report give separate rows, and a total is either stated by the source or
 * the sum of one source's lines.
 */
import type { FactGroup } from '../../model/bundle-format';
import { moneyGroupOf, type MoneyGroup } from '../../model/money-kinds';
import type { Money, PartyFinanceLine, SourceRef } from '../../model/types';
import { sumLines } from '../party/party-finances';

/** A figure and the records it was read from (none for a summary built from many records). */
export interface Figure {
	amounts: Money[];
	sources: SourceRef[];
}

/** Where a line comes from: Delna's a4 extract, or a report page (any other finance format). */
export type LineSource = 'a4' | 'report';
export const A4_FORMAT = 'knab-expenditure-csv';

export interface PartyYearFigures {
	donations?: Figure;
	donationRefunds?: Figure;
	fees?: Figure;
	feeRefunds?: Figure;
	/** The report's "Valsts budžeta finansējums" income line, as published. */
	stateFunding?: Figure;
	incomeStated?: Figure;
	expenseStated?: Figure;
	a4Sum?: Figure;
	/** Lines by section, keyed by the item as published. */
	lines: Record<'income' | 'expense' | 'a4', Map<string, Figure>>;
}

const collator = new Intl.Collator('en', { numeric: true });

const figure = (line: PartyFinanceLine): Figure => ({
	amounts: [line.amount],
	sources: [line.source]
});

/** Gifts or refunds of one group in one year, per currency; undefined where there are none. */
function summaryFigure(
	group: FactGroup,
	year: number,
	money: MoneyGroup,
	side: 'gifts' | 'refunds'
): Figure | undefined {
	const sums = new Map<string, number>();
	for (const row of group.donationSummary?.byYear ?? []) {
		if (row.year !== year || moneyGroupOf(row.kind) !== money) continue;
		const cents = side === 'gifts' ? row.cents : row.refundCents;
		const count = side === 'gifts' ? row.count : row.refunds;
		if (count > 0) sums.set(row.currency, (sums.get(row.currency) ?? 0) + cents);
	}
	if (sums.size === 0) return undefined;
	return { amounts: [...sums].map(([currency, cents]) => ({ cents, currency })), sources: [] };
}

export function yearFigures(
	group: FactGroup,
	year: number,
	sourceOf: (line: PartyFinanceLine) => LineSource
): PartyYearFigures {
	const out: PartyYearFigures = {
		donations: summaryFigure(group, year, 'donations', 'gifts'),
		donationRefunds: summaryFigure(group, year, 'donations', 'refunds'),
		fees: summaryFigure(group, year, 'fees', 'gifts'),
		feeRefunds: summaryFigure(group, year, 'fees', 'refunds'),
		lines: { income: new Map(), expense: new Map(), a4: new Map() }
	};
	const a4: PartyFinanceLine[] = [];
	const lines = (group.partyFinances ?? []).filter((line) => line.year === year);
	// In the order published: a file's lines by line number, a report's by row.
	lines.sort((a, b) => collator.compare(a.source.record, b.source.record));
	for (const line of lines) {
		if (sourceOf(line) === 'a4') {
			a4.push(line);
			addLine(out.lines.a4, line);
		} else if (line.statement === 'income' || line.statement === 'expense') {
			if (line.isTotal) {
				out[line.statement === 'income' ? 'incomeStated' : 'expenseStated'] = figure(line);
			} else addLine(out.lines[line.statement], line);
			if (line.statement === 'income' && /valsts budžeta finansējums/i.test(line.item))
				out.stateFunding = figure(line);
		}
	}
	if (a4.length > 0) out.a4Sum = { amounts: sumLines(a4), sources: a4.map((l) => l.source) };
	return out;
}

/** A kind a4 lists twice for one party and year is one cell: the sum of its rows, citing each. */
function addLine(lines: Map<string, Figure>, line: PartyFinanceLine): void {
	const known = lines.get(line.item);
	if (!known) {
		lines.set(line.item, figure(line));
		return;
	}
	const same = known.amounts.find((a) => a.currency === line.amount.currency);
	known.amounts = same
		? known.amounts.map((a) => (a === same ? { ...a, cents: a.cents + line.amount.cents } : a))
		: [...known.amounts, line.amount];
	known.sources.push(line.source);
}

/** Every year a group has a finance line, report or donation figure for. */
export function yearsOf(group: FactGroup): number[] {
	const years = new Set<number>();
	for (const line of group.partyFinances ?? []) years.add(line.year);
	for (const report of group.partyReports ?? []) years.add(report.year);
	for (const row of group.donationSummary?.byYear ?? []) years.add(row.year);
	return [...years].sort((a, b) => b - a);
}

/** Item names of one section across the parties compared, in the order first met. */
export function itemsOf(
	figures: readonly PartyYearFigures[],
	section: keyof PartyYearFigures['lines']
): string[] {
	const items = new Set<string>();
	for (const f of figures) for (const item of f.lines[section].keys()) items.add(item);
	return [...items];
}

export type SectionId = 'gifts' | 'income' | 'expense' | 'a4';

/** One row of the side-by-side table: a line item as published, or a named figure. */
export interface CompareRow {
	key: string;
	/** The item as published, for lines; absent for named figures (`figure` says which). */
	item?: string;
	figure?: NamedFigure;
	isTotal?: boolean;
	cells: (Figure | undefined)[];
}

export type NamedFigure =
	| 'donations'
	| 'donationRefunds'
	| 'fees'
	| 'feeRefunds'
	| 'incomeStated'
	| 'expenseStated'
	| 'a4Sum';

export interface CompareSection {
	id: SectionId;
	rows: CompareRow[];
}

const LINE_SECTIONS: Record<Exclude<SectionId, 'gifts'>, NamedFigure> = {
	income: 'incomeStated',
	expense: 'expenseStated',
	a4: 'a4Sum'
};

/** The sections of the side-by-side table for the parties' figures; empty rows and sections left out. */
export function compareSections(figures: readonly PartyYearFigures[]): CompareSection[] {
	const named = (name: NamedFigure, isTotal = false): CompareRow => ({
		key: name,
		figure: name,
		...(isTotal && { isTotal }),
		cells: figures.map((f) => f[name] as Figure | undefined)
	});
	const sections: CompareSection[] = [
		{
			id: 'gifts',
			rows: (['donations', 'donationRefunds', 'fees', 'feeRefunds'] as const).map((n) => named(n))
		}
	];
	for (const id of ['income', 'expense', 'a4'] as const) {
		const rows: CompareRow[] = itemsOf(figures, id).map((item) => ({
			key: `${id}|${item}`,
			item,
			cells: figures.map((f) => f.lines[id].get(item))
		}));
		sections.push({ id, rows: [...rows, named(LINE_SECTIONS[id], true)] });
	}
	return sections
		.map((s) => ({ ...s, rows: s.rows.filter((r) => r.cells.some(Boolean)) }))
		.filter((s) => s.rows.length > 0);
}
