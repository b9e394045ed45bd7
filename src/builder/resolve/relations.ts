/** Collects relations, merging repeats of the same tie (same ends, kind and role) into one. */
import { createHash } from 'node:crypto';
import type {
	Confidence,
	Evidence,
	Money,
	PartialDate,
	PostDetails,
	Relation,
	RelationKind,
	SourceRef
} from '../../model/types';
import { exact, withItem } from './exact';
import { factId } from './ids';
import { withSource } from './order';

/** How many source refs one piece of evidence keeps; `facts` lists every fact behind the relation. */
const MAX_EVIDENCE_SOURCES = 2;
/** Identity evidence cites a record on each side of a link (three within one cluster): keep them all. */
const MAX_IDENTITY_SOURCES = 4;

export interface RelationInput {
	from: string;
	to: string;
	kind: RelationKind;
	role?: string;
	start?: PartialDate;
	end?: PartialDate;
	amount?: Money;
	shares?: number;
	details?: PostDetails;
	fact?: string;
	source: SourceRef;
	/** Identity evidence of the ends (how a mention was tied to its person). */
	identity: Evidence[];
	/** How sure the person end is; a relation is as sure as its weakest fact. */
	confidence?: Confidence;
}

const CONFIDENCE_ORDER: Confidence[] = ['possible', 'probable', 'confirmed'];

export class RelationIndex {
	#relations = new Map<string, Relation>();
	#sharesAt = new Map<string, { at: string; shares: number }>();
	#detailsAt = new Map<string, { at: string; text: string }>();

	add(input: RelationInput): void {
		const currency = input.amount?.currency ?? '';
		const id = factId('r', input.kind, input.from, input.to, input.role ?? '', currency);
		let relation = this.#relations.get(id);
		if (!relation) {
			relation = {
				id,
				from: input.from,
				to: input.to,
				kind: input.kind,
				...(input.role !== undefined && { role: input.role }),
				confidence: 'confirmed',
				evidence: [{ rule: 'stated-in-source', values: {}, sources: [] }],
				facts: []
			};
			this.#relations.set(id, relation);
		}
		const confidence = input.confidence ?? 'confirmed';
		if (CONFIDENCE_ORDER.indexOf(confidence) < CONFIDENCE_ORDER.indexOf(relation.confidence)) {
			relation.confidence = confidence;
		}
		widen(relation, input.start, input.end);
		if (input.amount) {
			relation.amount = { cents: (relation.amount?.cents ?? 0) + input.amount.cents, currency };
		}
		// The share count of the latest record wins (a later declaration supersedes an earlier one).
		const at = input.start ?? input.end ?? '';
		if (input.shares !== undefined) {
			const previous = this.#sharesAt.get(id);
			if (!previous || at > previous.at || (at === previous.at && input.shares > previous.shares)) {
				this.#sharesAt.set(id, { at, shares: input.shares });
				relation.shares = input.shares;
			}
		}
		if (input.details) this.#addDetails(relation, input.details, at);
		if (input.fact) relation.facts = withItem(relation.facts, input.fact);
		const stated = relation.evidence.find((e) => e.rule === 'stated-in-source')!;
		stated.sources = withSource(stated.sources, input.source, MAX_EVIDENCE_SOURCES);
		for (const evidence of input.identity) {
			if (evidence.rule === 'stated-in-source') continue;
			// Keyed by rule and values: a party and an institution are two pieces of evidence, not one.
			const key = evidenceKey(evidence);
			let same = relation.evidence.find((e) => evidenceKey(e) === key);
			if (!same) {
				same = {
					rule: evidence.rule,
					values: { ...evidence.values },
					sources: [],
					...(evidence.published && { published: [] })
				};
				relation.evidence = exact([...relation.evidence, same]).sort((a, b) =>
					evidenceKey(a) < evidenceKey(b) ? -1 : 1
				);
			}
			evidence.sources.forEach((source, i) =>
				addCited(same, source, evidence.published?.[i], MAX_IDENTITY_SOURCES)
			);
		}
	}

	/** Each detail from the latest record that gives it (ties: the larger text), whatever the row order. */
	#addDetails(relation: Relation, details: PostDetails, at: string): void {
		for (const [field, text] of Object.entries(details) as [keyof PostDetails, string][]) {
			const key = `${relation.id}|${field}`;
			const previous = this.#detailsAt.get(key);
			if (previous && (at < previous.at || (at === previous.at && text <= previous.text))) continue;
			this.#detailsAt.set(key, { at, text });
			relation.details = { ...relation.details, [field]: text };
		}
	}

	/** A possible namesake: its own evidence, never a stated fact. */
	addNamesake(from: string, to: string, evidence: Evidence): void {
		const id = factId('r', 'namesake', from, to);
		this.#relations.set(id, {
			id,
			from,
			to,
			kind: 'namesake',
			confidence: 'possible',
			evidence: [evidence],
			facts: []
		});
	}

	/** The relations, sorted, under their final ids. Uses the index up: it is empty afterwards. */
	list(rename: (id: string) => string): Relation[] {
		const relations = [...this.#relations.values()];
		this.#relations.clear();
		this.#sharesAt.clear();
		this.#detailsAt.clear();
		const shared = new SharedEvidence();
		// In place, so each relation's old object can go as its renamed copy is made.
		for (const [i, relation] of relations.entries()) {
			relations[i] = {
				...relation,
				from: rename(relation.from),
				to: rename(relation.to),
				evidence: relation.evidence.map((e) => shared.of(exactEvidence(e))),
				facts: exact([...new Set(relation.facts)].sort())
			};
		}
		return relations.sort((a, b) => (a.id < b.id ? -1 : 1));
	}
}

/**
 * One object for each distinct piece of identity evidence. A person's link evidence (the
 * rule, the values and the records on each side) is the same on each of their relations, and
 * a national build holds over a hundred thousand such copies. Nothing changes evidence once
 * the relations are listed, so sharing it changes no byte of the output. Stated evidence cites
 * the relation's own records and is left alone. Keyed by a hash of the JSON, not the JSON
 * itself (which would hold as much as the copies it saves); a hit is compared in full.
 */
class SharedEvidence {
	#byHash = new Map<string, Evidence>();

	of(evidence: Evidence): Evidence {
		if (evidence.rule === 'stated-in-source') return evidence;
		const json = JSON.stringify(evidence);
		const hash = createHash('sha1').update(json).digest('base64');
		const found = this.#byHash.get(hash);
		if (found && JSON.stringify(found) === json) return found;
		if (!found) this.#byHash.set(hash, evidence);
		return evidence;
	}
}

function exactEvidence(evidence: Evidence): Evidence {
	return {
		...evidence,
		sources: exact(evidence.sources),
		...(evidence.published && { published: exact(evidence.published) })
	};
}

function evidenceKey(evidence: Evidence): string {
	const values = Object.entries(evidence.values).sort(([a], [b]) => (a < b ? -1 : 1));
	return `${evidence.rule}\u0000${JSON.stringify(values)}`;
}

/** Adds a cited record and what it says, keeping `published` in step with `sources`. */
function addCited(
	evidence: Evidence,
	source: SourceRef,
	published: Record<string, string> | undefined,
	max: number
): void {
	const sources = withSource(evidence.sources, source, max);
	if (sources === evidence.sources) return;
	const at = sources.indexOf(source);
	if (evidence.published) {
		const kept = evidence.sources.filter((s) => sources.includes(s));
		const publishedOf = new Map(
			kept.map((s) => [s, evidence.published![evidence.sources.indexOf(s)]!])
		);
		if (at >= 0) publishedOf.set(source, published ?? {});
		evidence.published = sources.map((s) => publishedOf.get(s)!);
	}
	evidence.sources = sources;
}

function widen(relation: Relation, start?: PartialDate, end?: PartialDate): void {
	const first = start ?? end;
	const last = end ?? start;
	if (first && (!relation.start || first < relation.start)) relation.start = first;
	if (last && (!relation.end || last > relation.end)) relation.end = last;
}
