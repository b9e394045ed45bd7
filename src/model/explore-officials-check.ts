/**
 * The checks of the explore file's officials and rankings sections (explore-officials.ts):
 * shapes are valibot; the columns' contents are checked by loops, since a national table holds
 * hundreds of thousands of numbers. Each error names the column (or list) and the row.
 */
import * as v from 'valibot';
import { ENTITY_KINDS } from './graph-file';
import { MAX_FIELD_LENGTH } from './validate';
import {
	COLUMN_NAMES,
	OFFICIAL_MEASURES,
	RANKING_SIZE,
	type OfficialColumns,
	type OfficialTable,
	type RankedDonor,
	type Rankings
} from './explore-officials';

const STRING_COLUMNS = ['person', 'name', 'declaration', 'record', 'url'] as const;
const INDEX_COLUMNS = [
	['institution', 'institutions'],
	['party', 'parties'],
	['municipality', 'municipalities'],
	['dataset', 'datasets']
] as const;
const COUNT_COLUMNS = ['year', ...OFFICIAL_MEASURES, 'otherCurrency'] as const;

/** What is wrong with an officials table, naming the column and row; undefined if nothing. */
export function officialTableProblem(table: OfficialTable): string | undefined {
	const c = table.columns;
	if (!c || typeof c !== 'object') return 'columns is missing';
	if (!Array.isArray(c.person)) return 'columns.person is not an array';
	const rows = c.person.length;
	for (const name of COLUMN_NAMES) {
		const column = c[name] as unknown;
		if (!Array.isArray(column)) return `columns.${name} is not an array`;
		if (column.length !== rows)
			return `columns.${name} has ${column.length} rows, person has ${rows}`;
	}
	for (const name of STRING_COLUMNS) {
		const bad = c[name].findIndex((s) => typeof s !== 'string' || (name !== 'url' && s === ''));
		if (bad >= 0) return `columns.${name} row ${bad}: not a non-empty string`;
	}
	for (const name of COUNT_COLUMNS) {
		const bad = c[name].findIndex((n) => !Number.isSafeInteger(n) || (name !== 'year' && n < 0));
		if (bad >= 0) return `columns.${name} row ${bad}: ${String(c[name][bad])} is not a count`;
	}
	for (const [name, codes] of INDEX_COLUMNS) {
		const size = table[codes].length;
		const optional = name !== 'dataset';
		const bad = c[name].findIndex(
			(n) => !Number.isInteger(n) || n >= size || n < (optional ? -1 : 0)
		);
		if (bad >= 0)
			return `columns.${name} row ${bad}: ${c[name][bad]} is not an index into ${codes}`;
	}
	const outside = c.outsideIncomeCents.findIndex((n, i) => n > c.incomeCents[i]!);
	if (outside >= 0) return `columns.outsideIncomeCents row ${outside}: more than incomeCents`;
	return undefined;
}

/** What is wrong with the rankings, naming the list and row; undefined if nothing. */
export function rankingsProblem(rankings: Rankings): string | undefined {
	const lists: [string, { id: string; name: string }[]][] = [
		['donors', rankings.donors],
		['officials', rankings.officials],
		['companies', rankings.companies],
		...rankings.byParty.map((p, i): [string, RankedDonor[]] => [`byParty.${i}.donors`, p.donors])
	];
	for (const [name, rows] of lists) {
		if (!Array.isArray(rows)) return `${name} is not an array`;
		if (rows.length > RANKING_SIZE) return `${name} has ${rows.length} rows, over ${RANKING_SIZE}`;
		const bad = rows.findIndex((r) => typeof r?.id !== 'string' || typeof r.name !== 'string');
		if (bad >= 0) return `${name} row ${bad}: no id or name`;
	}
	return undefined;
}

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const text = v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const strings = v.custom<string[]>(
	(input) => Array.isArray(input) && input.every((s) => typeof s === 'string'),
	'an array of strings'
);
const ints = v.custom<number[]>(
	(input) => Array.isArray(input) && input.every((n) => Number.isSafeInteger(n)),
	'an array of whole numbers'
);
const columnType = (name: (typeof COLUMN_NAMES)[number]) =>
	['person', 'name', 'declaration', 'record', 'url'].includes(name) ? strings : ints;

export const OfficialTableSchema = v.strictObject({
	institutions: v.array(v.strictObject({ id: v.pipe(v.string(), v.maxLength(400)), name: text })),
	parties: v.array(text),
	municipalities: v.array(id),
	datasets: v.array(id),
	unmatched: v.array(v.strictObject({ name: text, rows: count })),
	columns: v.strictObject(
		Object.fromEntries(COLUMN_NAMES.map((name) => [name, columnType(name)])) as Record<
			keyof OfficialColumns,
			typeof strings | typeof ints
		>
	)
});

const OfficeSchema = v.strictObject({
	role: v.optional(text),
	institution: text,
	institutionId: id
});
const RankedDonorSchema = v.strictObject({
	id,
	kind: v.picklist(ENTITY_KINDS),
	name: text,
	count,
	cents: count,
	refunds: count,
	refundCents: v.pipe(v.number(), v.safeInteger(), v.maxValue(0)),
	feeCount: count,
	feeCents: count,
	feeRefunds: count,
	feeRefundCents: v.pipe(v.number(), v.safeInteger(), v.maxValue(0)),
	otherCurrency: count,
	office: v.optional(OfficeSchema)
});

export const RankingsSchema = v.strictObject({
	donors: v.array(RankedDonorSchema),
	byParty: v.array(v.strictObject({ party: id, name: text, donors: v.array(RankedDonorSchema) })),
	officials: v.array(
		v.strictObject({ id, name: text, companies: count, office: v.optional(OfficeSchema) })
	),
	companies: v.array(
		v.strictObject({
			id,
			kind: v.picklist(ENTITY_KINDS),
			name: text,
			regNo: v.optional(id),
			officials: count
		})
	)
});
