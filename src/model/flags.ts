/**
 * Red flags: what stands out, computed by the builder from the data, each with its rule, the
 * figures it compared and every source record it rests on. A flag is a reason to look closer,
 * never an accusation, and it reaches a person only through a confirmed or probable link:
 * never through a possible one, so a namesake never gets another person's flag.
 * Each kind's title, explanation, threshold, legal source and known false positives live in
 * the message catalogue (`flag.<kind>.*`) and in `flag-rules.ts`.
 */
import type { Confidence, EntityKind, SourceRef } from './types';

export const FLAG_KINDS = [
	/** Money donations and fees of one donor in a calendar year reach 5 minimum monthly wages. */
	'major-donor',
	/** An official's donations and fees in year Y exceed 30 % of the income declared for Y−1. */
	'donations-over-income',
	/** A party's anonymous gifts in a year. */
	'anonymous-gifts',
	/** A party's refunds (negative amounts) in a year, with what was returned. */
	'refunds',
	/** Savings, cash or holdings grew by more than the year's declared income (and ≥ EUR 10,000). */
	'wealth-growth',
	/** Money owed to private persons, not banks or leasing companies. */
	'private-debt',
	/** Declared assets more than 10 × declared income. */
	'assets-over-income',
	/** A declared company that also appears among donors' or other officials' companies. */
	'shared-company',
	/** An official holds shares or a board post in a company whose tax totals are in the data. */
	'company-tax-overlap'
] as const;

/** The orders the flags page offers: newest year first (the default), by name, by kind. */
export const FLAG_SORTS = ['year', 'name', 'kind'] as const;
export type FlagSort = (typeof FLAG_SORTS)[number];
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface Flag {
	/** Unique in the bundle: `<kind>:<entity>:<year>`, plus `:<n>` where one entity has several. */
	id: string;
	kind: FlagKind;
	/** The flagged entity (person, party or company). */
	entity: string;
	/** Its name as the profile shows it. */
	name: string;
	/** Its kind, so a list of flags links each to the right page (optional: added with the rules). */
	entityKind?: EntityKind;
	year?: number;
	/**
	 * The figures the rule compared, as whole numbers: money in cents under a key ending in
	 * `Cents` (EUR), counts otherwise, e.g. `{ totalCents, thresholdCents, rows }`.
	 */
	figures: Record<string, number>;
	/** Every source record the flag rests on (`<file>:<line>`, header = line 1). */
	sources: SourceRef[];
	/** Other entities the flag names (the party, the company, the institution), for links. */
	related: string[];
	/** For the flags page's filters: the party and the institution involved, where one is. */
	party?: string;
	institution?: string;
	/** The party's and the institution's names, for the flags page's filters (optional). */
	partyName?: string;
	institutionName?: string;
	/** The weakest link the flag rests on; `confirmed` where it rests on no person link. */
	confidence: Exclude<Confidence, 'possible'>;
}
