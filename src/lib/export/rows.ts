/**
 * The rows a profile exports, from the same data the page draws: a person's declarations,
 * donations and links, and the donations a party received (search hits: search-export.ts). Pure.
 */
import type { Profile } from '../reads/profile';
import type { Relation, SourceRef } from '../../model/types';
import { money, partyLedger } from './party-ledger';
import type { ExportRow, ExportTable } from './table';

const FACT_COLUMNS = [
	'fact',
	'id',
	'date',
	'kind',
	'counterparty',
	'role',
	'amount',
	'currency',
	'refund',
	'confidence'
];

/** A person's declarations, the donations they made, and every link with its evidence. */
export function personTable(profile: Profile): ExportTable {
	const { group } = profile;
	const name = (id: string, fallback = '') => profile.refs.get(id)?.name ?? fallback;
	const declarations: ExportRow[] = group.declarations.map((d) => ({
		values: {
			fact: 'declaration',
			id: d.id,
			date: d.filed ?? String(d.year),
			kind: d.kindText ?? d.kind,
			counterparty: d.institution?.name,
			role: d.post
		},
		sources: [d.source]
	}));
	const donations: ExportRow[] = group.donations
		.filter((d) => d.donor === profile.entity.id)
		.map((d) => ({
			values: {
				fact: 'donation',
				id: d.id,
				date: d.date,
				kind: d.kind,
				counterparty: d.partyName,
				...money(d.amount),
				refund: d.isRefund
			},
			sources: [d.source]
		}));
	const relations = group.relations.map((r) =>
		relationRow(r, name(r.from === profile.entity.id ? r.to : r.from))
	);
	return { columns: FACT_COLUMNS, rows: [...declarations, ...donations, ...relations] };
}

/**
 * What a party's own group holds, in the full export's shape (party-ledger.ts): its anonymous
 * gifts, and its payers' rows where a non-hub group lists them. The page exports through
 * party-export.ts, which reads every payer's group; this is the fallback with no worker.
 */
export function partyTable(profile: Profile): ExportTable {
	return partyLedger(profile.entity.id, [profile.group]);
}

function relationRow(r: Relation, other: string): ExportRow {
	return {
		values: {
			fact: 'relation',
			id: r.id,
			date: r.start && r.end && r.end !== r.start ? `${r.start}/${r.end}` : r.start,
			kind: r.kind,
			counterparty: other,
			role: r.role,
			...(r.amount && money(r.amount)),
			confidence: r.confidence
		},
		sources: uniqueSources(citedBy(r).flatMap((e) => e.sources))
	};
}

/** The records a relation was read from; identity evidence only when none states it (a namesake). */
function citedBy(r: Relation): Relation['evidence'] {
	const stated = r.evidence.filter((e) => e.rule === 'stated-in-source');
	return stated.length > 0 ? stated : r.evidence;
}

function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
	const seen = new Map<string, SourceRef>();
	for (const s of sources) seen.set(`${s.dataset}\u0000${s.record}`, s);
	return [...seen.values()];
}
