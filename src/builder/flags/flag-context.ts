/**
 * What every flag rule needs besides the data: how sure each fact's person link is, entity
 * names, and unique flag ids. A fact reached only through a `possible` link yields no flag.
 */
import { foldText } from '../../model/fold-name';
import type { Flag, FlagKind } from '../../model/flags';
import type {
	Confidence,
	EntityKind,
	Organisation,
	Person,
	SourceRef,
	TaxTotal
} from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';

export type SureConfidence = Flag['confidence'];

const ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];

export function weakest(a: SureConfidence, b: SureConfidence): SureConfidence {
	return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

export class FlagContext {
	/** Each person and organisation by id: one map for names and kinds alike. */
	readonly #entities = new Map<string, Person | Organisation>();
	readonly taxByCompany = new Map<string, TaxTotal[]>();
	/** Folded names of every party: a "company" of the same name is the party, not a firm. */
	readonly #partyNames = new Set<string>();
	/**
	 * Fact id → the weakest confidence of a relation made from it, kept only where that is
	 * below `confirmed` (absent: confirmed), so not every donation id has an entry.
	 */
	readonly #factConfidence = new Map<string, Confidence>();
	readonly #taken = new Map<string, number>();

	constructor(readonly data: ResolvedData) {
		for (const p of data.people) this.#entities.set(p.id, p);
		for (const o of data.organisations) {
			this.#entities.set(o.id, o);
			if (o.kind === 'party')
				for (const n of [o.name, ...o.otherNames]) this.#partyNames.add(foldText(n));
		}
		for (const t of data.taxTotals) {
			const list = this.taxByCompany.get(t.company);
			if (list) list.push(t);
			else this.taxByCompany.set(t.company, [t]);
		}
		for (const r of data.relations) {
			if (r.kind === 'namesake' || r.confidence === 'confirmed') continue;
			for (const fact of r.facts) {
				const known = this.#factConfidence.get(fact);
				if (!known || ORDER.indexOf(r.confidence) < ORDER.indexOf(known))
					this.#factConfidence.set(fact, r.confidence);
			}
		}
	}

	/** The name of a person or organisation, as the data shows it. */
	nameOf(id: string): string | undefined {
		return this.#entities.get(id)?.name;
	}

	/** 'person', or an organisation's kind. */
	kindOf(id: string): EntityKind | undefined {
		const entity = this.#entities.get(id);
		return entity && ('kind' in entity ? entity.kind : 'person');
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
			this.kindOf(id) === 'company' &&
			!this.#partyNames.has(foldText(this.nameOf(id) ?? ''))
		);
	}

	isPerson(id: string | undefined): id is string {
		return id !== undefined && this.kindOf(id) === 'person';
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
