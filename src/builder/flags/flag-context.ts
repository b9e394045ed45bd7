/**
 * What every flag rule needs besides the data: how sure each fact's person link is, entity
 * names, and unique flag ids. A fact reached only through a `possible` link yields no flag.
 */
import { foldText } from '../../model/fold-name';
import type { Flag, FlagKind } from '../../model/flags';
import type { Confidence, SourceRef, TaxTotal } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';

export type SureConfidence = Flag['confidence'];

const ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];

export function weakest(a: SureConfidence, b: SureConfidence): SureConfidence {
	return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

export class FlagContext {
	readonly names = new Map<string, string>();
	readonly kinds = new Map<string, string>();
	readonly taxByCompany = new Map<string, TaxTotal[]>();
	/** Folded names of every party: a "company" of the same name is the party, not a firm. */
	readonly #partyNames = new Set<string>();
	/** Fact id → the weakest confidence of a relation made from it (absent: stated, confirmed). */
	readonly #factConfidence = new Map<string, Confidence>();
	readonly #taken = new Map<string, number>();

	constructor(readonly data: ResolvedData) {
		for (const p of data.people) {
			this.names.set(p.id, p.name);
			this.kinds.set(p.id, 'person');
		}
		for (const o of data.organisations) {
			this.names.set(o.id, o.name);
			this.kinds.set(o.id, o.kind);
			if (o.kind === 'party')
				for (const n of [o.name, ...o.otherNames]) this.#partyNames.add(foldText(n));
		}
		for (const t of data.taxTotals) {
			const list = this.taxByCompany.get(t.company);
			if (list) list.push(t);
			else this.taxByCompany.set(t.company, [t]);
		}
		for (const r of data.relations) {
			if (r.kind === 'namesake') continue;
			for (const fact of r.facts) {
				const known = this.#factConfidence.get(fact);
				if (!known || ORDER.indexOf(r.confidence) < ORDER.indexOf(known))
					this.#factConfidence.set(fact, r.confidence);
			}
		}
	}

	/** How sure the fact's person link is; undefined when it is only `possible`. */
	sureOf(factId: string): SureConfidence | undefined {
		const c = this.#factConfidence.get(factId) ?? 'confirmed';
		return c === 'possible' ? undefined : c;
	}

	/** The weakest link of several facts; undefined when any is only `possible`. */
	sureOfAll(factIds: readonly string[]): SureConfidence | undefined {
		let sure: SureConfidence = 'confirmed';
		for (const id of factIds) {
			const c = this.sureOf(id);
			if (!c) return undefined;
			sure = weakest(sure, c);
		}
		return sure;
	}

	/** A company proper: kind `company`, and not a party's name read from a declaration's post. */
	isCompany(id: string | undefined): id is string {
		return (
			id !== undefined &&
			this.kinds.get(id) === 'company' &&
			!this.#partyNames.has(foldText(this.names.get(id) ?? ''))
		);
	}

	isPerson(id: string | undefined): id is string {
		return id !== undefined && this.kinds.get(id) === 'person';
	}

	/** `<kind>:<entity>:<year>`, plus `:<n>` from the second flag of one kind, entity and year. */
	id(kind: FlagKind, entity: string, year?: number): string {
		const base = `${kind}:${entity}${year === undefined ? '' : `:${year}`}`;
		const n = (this.#taken.get(base) ?? 0) + 1;
		this.#taken.set(base, n);
		return n === 1 ? base : `${base}:${n}`;
	}
}

/** Sources in a stable order, each once: by dataset, then by line number where the record has one. */
export function sortedSources(sources: readonly SourceRef[]): SourceRef[] {
	const seen = new Map<string, SourceRef>();
	for (const s of sources) seen.set(`${s.dataset}\u0000${s.record}`, s);
	return [...seen.values()].sort(
		(a, b) => compare(a.dataset, b.dataset) || lineOf(a) - lineOf(b) || compare(a.record, b.record)
	);
}

function lineOf(s: SourceRef): number {
	const m = /:(\d+)$/.exec(s.record);
	return m ? Number(m[1]) : 0;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar year of a partial date ('2022-05-01' → 2022). */
export function yearOfDate(date: string): number {
	return Number(date.slice(0, 4));
}
