/**
 * Year over year: what appeared, disappeared or changed between two of a person's declarations.
 * Items are matched by what they are (payer and type, property and place, creditor, …), never by
 * position; amounts of the same item are summed per currency, and currencies are never mixed.
 * A payer or company is known by its registration number where given, else by its folded name
 * (payer-identity.ts).
 */
import { foldText } from '../../model/fold-name';
import type { Counterparty, Declaration, DeclarationItem, Money } from '../../model/types';
import { sumByCurrency } from '../format/money';
import { payerIdentities, type PayerIdentity } from './payer-identity';

export const DIFF_SECTIONS = [
	'income',
	'real-estate',
	'vehicle',
	'shares',
	'savings',
	'debt',
	'loan-given'
] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];
export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DiffSide {
	amounts: Money[];
	/** Share count, for shares. */
	count?: number;
	/** What else can change without the item changing: the holding, the holder. */
	detail?: string;
}

export interface DiffRow {
	section: DiffSection;
	key: string;
	status: DiffStatus;
	/** The item in words, as published in the newer declaration that has it. */
	label: string;
	/** The other party to the item (payer, company), to link it when known. */
	party?: Counterparty;
	before?: DiffSide;
	after?: DiffSide;
	/** After minus before, per currency, when the item is in both. */
	change?: Money[];
	/** Registration numbers as published on lines that were placed by their name instead (a slip). */
	regNosSetAside?: string[];
}

type Item<S extends DiffSection> = Extract<DeclarationItem, { section: S }>;
interface Keyed {
	key: string;
	label: string;
	party?: Counterparty;
	side: DiffSide;
	regNosSetAside?: string[];
}

const fold = (text: string | undefined) => foldText(text ?? '');
const join = (...parts: (string | number | undefined)[]) =>
	parts.filter((p) => p !== undefined && p !== '').join(', ');

/** Who a counterparty is: its key, and the reg. no. set aside when the name decided. */
const partyOf = (identity: PayerIdentity, p: Counterparty | undefined) => {
	const { key, setAside } = identity(p);
	return { key, ...(setAside && { regNosSetAside: [setAside] }) };
};

const keysFor = (identity: PayerIdentity): { [S in DiffSection]: (item: Item<S>) => Keyed } => ({
	income: (i) => {
		const party = partyOf(identity, i.payer);
		return {
			...party,
			key: `${party.key}|${fold(i.type)}`,
			label: join(i.payer?.name, i.type),
			...(i.payer && { party: i.payer }),
			side: { amounts: i.amount ? [i.amount] : [] }
		};
	},
	'real-estate': (i) => ({
		key: `${fold(i.type)}|${fold(i.location)}`,
		label: join(i.type, i.location),
		side: { amounts: [], ...(i.holding && { detail: i.holding }) }
	}),
	vehicle: (i) => ({
		key: `${fold(i.type)}|${fold(i.make)}|${i.madeYear ?? ''}`,
		label: join(i.type, i.make, i.madeYear),
		side: { amounts: [], ...(i.holding && { detail: i.holding }) }
	}),
	shares: (i) => {
		const party = partyOf(identity, i.company);
		return {
			...party,
			key: `${party.key}|${fold(i.type)}`,
			label: join(i.company.name, i.type),
			party: i.company,
			side: {
				amounts: i.value ? [i.value] : [],
				...(i.count !== undefined && { count: i.count })
			}
		};
	},
	savings: (i) => ({
		key: `${i.type}|${fold(i.holder)}`,
		label: join(i.holder),
		side: { amounts: [i.amount], detail: i.type }
	}),
	debt: (i) => ({
		key: fold(i.creditor),
		label: join(i.creditor),
		side: { amounts: [i.amount] }
	}),
	'loan-given': (i) => ({
		key: fold(i.debtor),
		label: join(i.debtor),
		side: { amounts: [i.amount] }
	})
});

function isDiffSection(section: string): section is DiffSection {
	return (DIFF_SECTIONS as readonly string[]).includes(section);
}

/** One entry per section and key; the same thing listed twice (two incomes from one payer) is summed. */
function index(
	declaration: Declaration,
	keys: ReturnType<typeof keysFor>
): Map<string, Keyed & { section: DiffSection }> {
	const byKey = new Map<string, Keyed & { section: DiffSection }>();
	for (const item of declaration.items) {
		if (!isDiffSection(item.section)) continue;
		const section = item.section;
		const keyed = (keys[section] as (i: DeclarationItem) => Keyed)(item);
		const key = `${section}|${keyed.key}`;
		const seen = byKey.get(key);
		if (!seen) {
			byKey.set(key, { ...keyed, key, section, side: { ...keyed.side } });
			continue;
		}
		if (keyed.regNosSetAside)
			seen.regNosSetAside = [...new Set([...(seen.regNosSetAside ?? []), ...keyed.regNosSetAside])];
		// Things without amounts (a second flat in the same place) are counted, not summed.
		const count =
			seen.side.amounts.length === 0 && keyed.side.amounts.length === 0 && section !== 'shares'
				? (seen.side.count ?? 1) + 1
				: addCounts(seen.side.count, keyed.side.count);
		seen.side = {
			...seen.side,
			amounts: sumByCurrency([...seen.side.amounts, ...keyed.side.amounts]),
			...(count !== undefined && { count })
		};
	}
	return byKey;
}

function addCounts(a: number | undefined, b: number | undefined): number | undefined {
	return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

function sameSide(a: DiffSide, b: DiffSide): boolean {
	const money = (side: DiffSide) =>
		side.amounts
			.map((m) => `${m.currency}:${m.cents}`)
			.sort()
			.join(',');
	return money(a) === money(b) && a.count === b.count && fold(a.detail) === fold(b.detail);
}

/** After minus before, per currency; a currency on one side only counts as zero on the other. */
export function moneyChange(before: readonly Money[], after: readonly Money[]): Money[] {
	return sumByCurrency([...after, ...before.map((m) => ({ ...m, cents: -m.cents }))]);
}

/**
 * The items of `before` and `after` side by side, in the form's section order, changes first
 * within a section (added, removed, changed, then unchanged), then by label.
 */
export function diffDeclarations(before: Declaration, after: Declaration): DiffRow[] {
	const keys = keysFor(payerIdentities([before, after]));
	const old = index(before, keys);
	const now = index(after, keys);
	const rows: DiffRow[] = [];
	for (const key of new Set([...now.keys(), ...old.keys()])) {
		const a = old.get(key);
		const b = now.get(key);
		const shown = (b ?? a)!;
		const setAside = [...new Set([...(a?.regNosSetAside ?? []), ...(b?.regNosSetAside ?? [])])];
		const status: DiffStatus = !a
			? 'added'
			: !b
				? 'removed'
				: sameSide(a.side, b.side)
					? 'unchanged'
					: 'changed';
		rows.push({
			section: shown.section,
			key,
			status,
			label: shown.label,
			...(shown.party && { party: shown.party }),
			...(a && { before: a.side }),
			...(b && { after: b.side }),
			...(a && b && { change: moneyChange(a.side.amounts, b.side.amounts) }),
			...(setAside.length > 0 && { regNosSetAside: setAside.sort() })
		});
	}
	const order: DiffStatus[] = ['added', 'removed', 'changed', 'unchanged'];
	return rows.sort(
		(x, y) =>
			DIFF_SECTIONS.indexOf(x.section) - DIFF_SECTIONS.indexOf(y.section) ||
			order.indexOf(x.status) - order.indexOf(y.status) ||
			x.label.localeCompare(y.label, 'lv')
	);
}

/** The two declarations a diff starts with: the newest two years (latest filing of each year). */
export function defaultPair(
	declarations: readonly Declaration[]
): [Declaration, Declaration] | undefined {
	const sorted = [...declarations].sort(
		(a, b) => b.year - a.year || (b.filed ?? '').localeCompare(a.filed ?? '')
	);
	const newest = sorted[0];
	const older = sorted.find((d) => newest !== undefined && d.year < newest.year) ?? sorted[1];
	return newest && older ? [older, newest] : undefined;
}
