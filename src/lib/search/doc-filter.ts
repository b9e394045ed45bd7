/** Filter columns (kind, roles, parties, years) packed per doc, and the filter test. */
import { ORGANISATION_KINDS, ROLES, type EntityKind, type SearchDoc } from '../../model/types';
import type { SearchFilters } from './search-types';

const KINDS: readonly EntityKind[] = ['person', ...ORGANISATION_KINDS];

export interface FilterColumns {
	kind: Uint8Array;
	/** Bit i set when the doc has ROLES[i]. */
	roles: Uint8Array;
	firstYear: Uint16Array;
	lastYear: Uint16Array;
	/** Party numbers of doc d: partyList[partyStarts[d] .. partyStarts[d + 1]). */
	partyStarts: Uint32Array;
	partyList: Uint32Array;
	partyNumbers: Map<string, number>;
}

const bit = (index: number) => 1 << index;

export function buildFilterColumns(docs: readonly SearchDoc[]): FilterColumns {
	const columns: FilterColumns = {
		kind: new Uint8Array(docs.length),
		roles: new Uint8Array(docs.length),
		firstYear: new Uint16Array(docs.length),
		lastYear: new Uint16Array(docs.length),
		partyStarts: new Uint32Array(docs.length + 1),
		partyList: new Uint32Array(0),
		partyNumbers: new Map()
	};
	const parties: number[] = [];
	docs.forEach((doc, d) => {
		columns.kind[d] = Math.max(0, KINDS.indexOf(doc.kind));
		columns.roles[d] = doc.roles.reduce((mask, role) => mask | bit(ROLES.indexOf(role)), 0);
		columns.firstYear[d] = doc.years?.[0] ?? 0;
		columns.lastYear[d] = doc.years?.[1] ?? 0;
		columns.partyStarts[d] = parties.length;
		for (const party of doc.parties) {
			let number = columns.partyNumbers.get(party);
			if (number === undefined) {
				number = columns.partyNumbers.size;
				columns.partyNumbers.set(party, number);
			}
			parties.push(number);
		}
	});
	columns.partyStarts[docs.length] = parties.length;
	columns.partyList = Uint32Array.from(parties);
	return columns;
}

/** True when the filters leave nothing out. */
export function isUnfiltered(filters: SearchFilters | undefined): boolean {
	return (
		!filters ||
		(!filters.kinds?.length && !filters.roles?.length && !filters.party && !filters.year)
	);
}

/** Compiles filters into a test on doc numbers; a party nobody has matches no doc. */
export function compileFilters(
	columns: FilterColumns,
	filters: SearchFilters | undefined
): (doc: number) => boolean {
	if (!filters || isUnfiltered(filters)) return () => true;
	const kindMask = (filters.kinds ?? []).reduce((mask, kind) => mask | bit(KINDS.indexOf(kind)), 0);
	const roleMask = (filters.roles ?? []).reduce((mask, role) => mask | bit(ROLES.indexOf(role)), 0);
	const party = filters.party ? (columns.partyNumbers.get(filters.party) ?? -1) : undefined;
	const year = filters.year;
	return (doc) => {
		if (kindMask && !(kindMask & bit(columns.kind[doc] ?? 0))) return false;
		if (roleMask && !(roleMask & (columns.roles[doc] ?? 0))) return false;
		if (year) {
			const first = columns.firstYear[doc] ?? 0;
			if (first === 0 || year < first || year > (columns.lastYear[doc] ?? 0)) return false;
		}
		if (party !== undefined) {
			const end = columns.partyStarts[doc + 1] ?? 0;
			for (let p = columns.partyStarts[doc] ?? 0; p < end; p++) {
				if (columns.partyList[p] === party) return true;
			}
			return false;
		}
		return true;
	};
}

/** Parties and the year span present in the docs, for the filter controls. */
export function describeFacets(docs: readonly SearchDoc[]): {
	parties: string[];
	years?: [number, number];
} {
	const parties = new Set<string>();
	let first = Infinity;
	let last = -Infinity;
	for (const doc of docs) {
		for (const party of doc.parties) parties.add(party);
		if (doc.years) {
			first = Math.min(first, doc.years[0]);
			last = Math.max(last, doc.years[1]);
		}
	}
	const sorted = [...parties].sort((a, b) => a.localeCompare(b, 'lv'));
	return Number.isFinite(first) ? { parties: sorted, years: [first, last] } : { parties: sorted };
}
