/**
 * A declaration's items as table rows, one table per section, columns chosen per section.
 * Cells keep their kind (text, money, counterparty) so the view formats each one properly.
 */
import type { MessageKey } from '../../lib/i18n/i18n.svelte';
import { incomeKindOf } from '../../model/income-kind';
import type { Counterparty, DeclarationItem, DeclarationSection, Money } from '../../model/types';

export type Cell =
	| { kind: 'text'; text: string }
	| { kind: 'message'; key: MessageKey }
	/** A kind Plainview assigned (translated), with the text as published beside it. */
	| { kind: 'assigned'; key: MessageKey; published: string }
	| { kind: 'number'; value: number }
	| { kind: 'money'; money: Money }
	| { kind: 'party'; party: Counterparty }
	| { kind: 'empty' };

export interface SectionTable {
	section: DeclarationSection;
	columns: MessageKey[];
	rows: Cell[][];
}

/** The order sections appear in on the official form. */
export const SECTION_ORDER: readonly DeclarationSection[] = [
	'post',
	'income',
	'real-estate',
	'vehicle',
	'shares',
	'savings',
	'debt',
	'loan-given',
	'transaction',
	'family',
	'other'
];

const empty: Cell = { kind: 'empty' };
const text = (value: string | undefined): Cell =>
	value === undefined || value === '' ? empty : { kind: 'text', text: value };
const num = (value: number | undefined): Cell =>
	value === undefined ? empty : { kind: 'number', value };
// Years are labels, not quantities: never grouped ("2015", not "2 015").
const year = (value: number | undefined): Cell =>
	text(value === undefined ? undefined : String(value));
const money = (value: Money | undefined): Cell => (value ? { kind: 'money', money: value } : empty);
const incomeType = (published: string): Cell => {
	const kind = incomeKindOf(published);
	return kind ? { kind: 'assigned', key: `income.kind.${kind}`, published } : text(published);
};
const party = (value: Counterparty | undefined): Cell =>
	value ? { kind: 'party', party: value } : empty;

type Item<S extends DeclarationSection> = Extract<DeclarationItem, { section: S }>;
type Layout<S extends DeclarationSection> = {
	columns: MessageKey[];
	row: (item: Item<S>) => Cell[];
};

const LAYOUTS: { [S in DeclarationSection]: Layout<S> } = {
	post: {
		columns: ['item.title', 'item.organisation'],
		row: (i) => [text(i.title), party(i.organisation)]
	},
	income: {
		columns: ['item.payer', 'item.incomeType', 'common.amount'],
		row: (i) => [party(i.payer), incomeType(i.type), money(i.amount)]
	},
	'real-estate': {
		columns: ['item.type', 'item.location', 'item.holding'],
		row: (i) => [text(i.type), text(i.location), text(i.holding)]
	},
	vehicle: {
		columns: ['item.type', 'item.make', 'item.madeYear', 'item.registeredYear', 'item.holding'],
		row: (i) => [
			text(i.type),
			text(i.make),
			year(i.madeYear),
			year(i.registeredYear),
			text(i.holding)
		]
	},
	shares: {
		columns: ['item.company', 'item.type', 'item.sharesCount', 'item.value'],
		row: (i) => [party(i.company), text(i.type), num(i.count), money(i.value)]
	},
	savings: {
		columns: ['item.type', 'common.amount', 'item.holder'],
		row: (i) => [{ kind: 'message', key: `savings.${i.type}` }, money(i.amount), text(i.holder)]
	},
	debt: {
		columns: ['item.creditor', 'common.amount'],
		row: (i) => [text(i.creditor), money(i.amount)]
	},
	'loan-given': {
		columns: ['item.debtor', 'common.amount'],
		row: (i) => [text(i.debtor), money(i.amount)]
	},
	transaction: {
		columns: ['item.description', 'common.amount'],
		row: (i) => [text(i.description), money(i.amount)]
	},
	family: {
		columns: ['item.familyName', 'item.relation'],
		row: (i) => [text(i.name), text(i.relation)]
	},
	other: { columns: ['item.text'], row: (i) => [text(i.text)] }
};

function rowOf<S extends DeclarationSection>(section: S, item: Item<S>): Cell[] {
	return LAYOUTS[section].row(item);
}

/** One table per section that has items, in the form's order. */
export function declarationTables(items: readonly DeclarationItem[]): SectionTable[] {
	return SECTION_ORDER.flatMap((section) => {
		const rows = items
			.filter((item) => item.section === section)
			.map((item) => rowOf(section, item as Item<typeof section>));
		return rows.length > 0 ? [{ section, columns: LAYOUTS[section].columns, rows }] : [];
	});
}
