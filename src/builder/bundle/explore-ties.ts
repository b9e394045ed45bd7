/**
 * Who counts as an official, the office they hold, and the companies they are tied to: the
 * rules the officials table and the rankings share. Only confirmed or probable relations
 * count; a possible namesake is another person and never adds to an official's figures.
 */
import type { Confidence, Organisation, Relation } from '../../model/types';
import type { Office } from '../../model/explore-officials';
import type { ResolvedData } from '../resolve/resolve';

const SURE: ReadonlySet<Confidence> = new Set(['confirmed', 'probable']);
const COMPANY_TIES: ReadonlySet<Relation['kind']> = new Set([
	'shareholder',
	'board-member',
	'beneficial-owner'
]);
/** Organisations that are not companies: a tie to one is not a company link. */
const NOT_COMPANIES: ReadonlySet<Organisation['kind']> = new Set([
	'party',
	'institution',
	'municipality',
	'ngo'
]);
const PUBLIC_BODIES: ReadonlySet<Organisation['kind']> = new Set(['institution', 'municipality']);

export interface Ties {
	orgs: Map<string, Organisation>;
	/** People with a declaration or a confirmed/probable post in an institution or council. */
	officials: Set<string>;
	/** Each person's latest confirmed/probable post in an institution or council. */
	office: Map<string, Office>;
	/** Each person's confirmed/probable company ties. */
	companyTies: Map<string, Relation[]>;
}

export function isSure(relation: Relation): boolean {
	return SURE.has(relation.confidence);
}

export function tiesOf(data: ResolvedData): Ties {
	const orgs = new Map(data.organisations.map((o) => [o.id, o]));
	const officials = new Set(data.declarations.map((d) => d.person));
	const office = new Map<string, Office>();
	const latest = new Map<string, Relation>();
	const companyTies = new Map<string, Relation[]>();
	for (const r of data.relations) {
		if (!isSure(r)) continue;
		const to = orgs.get(r.to);
		if (!to) continue;
		if (r.kind === 'holds-post' && PUBLIC_BODIES.has(to.kind)) {
			officials.add(r.from);
			const before = latest.get(r.from);
			if (!before || later(r, before)) {
				latest.set(r.from, r);
				office.set(r.from, {
					...(r.role && { role: r.role }),
					institution: to.name,
					institutionId: to.id
				});
			}
		} else if (COMPANY_TIES.has(r.kind) && !NOT_COMPANIES.has(to.kind)) {
			const list = companyTies.get(r.from) ?? [];
			list.push(r);
			companyTies.set(r.from, list);
		}
	}
	return { orgs, officials, office, companyTies };
}

/** By the last date it runs to, then the id: the same answer whatever the input order. */
function later(a: Relation, b: Relation): boolean {
	const at = (r: Relation) => r.end ?? r.start ?? '';
	return at(a) > at(b) || (at(a) === at(b) && a.id < b.id);
}

/**
 * Distinct companies among a person's ties, over all years: a relation's dates say when a source
 * saw the tie (a register row with no end date gets its start as its end), not how long it lasted.
 */
export function companiesIn(ties: readonly Relation[]): number {
	return new Set(ties.map((r) => r.to)).size;
}
