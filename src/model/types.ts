/**
 * The one typed model shared by the builder (Node) and the app (browser).
 * No DOM, no Dexie, no Node APIs here.
 */

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': sources rarely give full dates. */
export type PartialDate = string;

/** ISO 4217 code as published (EUR, LVL, USD, …). */
export type Currency = string;

/**
 * An exact amount: integer minor units (cents), never a binary float, so sums stay exact.
 * LVL amounts stay LVL; conversion happens only where a view marks it.
 */
export interface Money {
	cents: number;
	currency: Currency;
}

/** Where a fact came from: a dataset, the record in it, and the official page when known. */
export interface SourceRef {
	/** Dataset id, as listed in the manifest's sources. */
	dataset: string;
	/** For a CSV row `<file name>:<line>` (header is line 1); otherwise the source's own record id. */
	record: string;
	url?: string;
}

export type Country = 'LV' | 'EE' | 'FI' | (string & {});

export interface Person {
	id: string;
	name: string;
	otherNames: string[];
	/** From a birth-date field or the birth-date part of a masked personal code. */
	birthDate?: PartialDate;
	birthYear?: number;
	/** Masked personal codes exactly as published, e.g. `230562-*****`. */
	maskedCodes: string[];
	country?: Country;
	sources: SourceRef[];
}

export const ORGANISATION_KINDS = [
	'party',
	'company',
	'institution',
	'municipality',
	'ngo',
	'other'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
	id: string;
	name: string;
	otherNames: string[];
	kind: OrganisationKind;
	/** Registration number (LV: 11 digits) where known. */
	regNo?: string;
	country?: Country;
	/** Legal form as published (SIA, AS, Biedrība, …). */
	legalForm?: string;
	nace?: string;
	municipality?: string;
	/** A party name the party register could not place: kept as published, never merged by guess. */
	isUnplaced?: boolean;
	sources: SourceRef[];
}

export type Entity = Person | Organisation;

export const DECLARATION_KINDS = ['annual', 'taking-office', 'leaving-office', 'other'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** A company or other party to a declared item: the name as published, the reg. no. when given. */
export interface Counterparty {
	name: string;
	regNo?: string;
	/** Entity id once resolved. */
	id?: string;
}

/** Where one item was read, when not the declaration's own record (a row of a flattened extract). */
export interface ItemSource {
	source?: SourceRef;
}

export type DeclarationItem = (
	| { section: 'post'; title: string; organisation?: Counterparty }
	| { section: 'income'; payer?: Counterparty; type: string; amount?: Money }
	| { section: 'real-estate'; type: string; location: string; holding?: string }
	| {
			section: 'vehicle';
			type: string;
			make: string;
			madeYear?: number;
			registeredYear?: number;
			holding?: string;
	  }
	| { section: 'shares'; company: Counterparty; type?: string; count?: number; value?: Money }
	| { section: 'savings'; type: 'cash' | 'bank' | 'other'; amount: Money; holder?: string }
	| { section: 'debt'; creditor?: string; amount: Money }
	| { section: 'loan-given'; debtor?: string; amount: Money }
	| { section: 'transaction'; description: string; amount?: Money }
	| { section: 'family'; name: string; relation: string }
	| { section: 'other'; text: string }
) &
	ItemSource;

export type DeclarationSection = DeclarationItem['section'];

export interface Declaration {
	id: string;
	person: string;
	/** The name as printed on the declaration. */
	personName: string;
	year: number;
	kind: DeclarationKind;
	/** The declaration type as published, e.g. "Kārtējā gada deklarācija - par 2024. gadu". */
	kindText?: string;
	institution?: Counterparty;
	post?: string;
	filed?: PartialDate;
	published?: PartialDate;
	items: DeclarationItem[];
	source: SourceRef;
}

export const DONATION_KINDS = ['money', 'goods-services', 'membership-fee', 'entry-fee'] as const;
export type DonationKind = (typeof DONATION_KINDS)[number];

export interface Donation {
	id: string;
	/** Entity id of the donor; absent for anonymous donations. */
	donor?: string;
	/** The donor as published (`ANONĪMS` included). */
	donorName: string;
	/** The code as published: masked personal code, registration number, or a dirty value. */
	donorCode?: string;
	party: string;
	partyName: string;
	date: PartialDate;
	amount: Money;
	kind: DonationKind;
	isRefund: boolean;
	/** Flags added by the publisher, e.g. `above_yearly_limit`. */
	flags: string[];
	source: SourceRef;
}

export interface TaxTotal {
	id: string;
	company: string;
	year: number;
	/** 1–4 for the quarterly file. */
	quarter?: number;
	/** All VID-administered taxes, net of refunds. */
	total?: Money;
	personalIncomeTax?: Money;
	socialContributions?: Money;
	vat?: Money;
	employees?: number;
	nace?: string;
	source: SourceRef;
}

export const RELATION_KINDS = [
	'donated-to',
	'member-of',
	'holds-post',
	'board-member',
	'shareholder',
	'beneficial-owner',
	'employed-by',
	'family',
	/** Same name, not merged: shown as a possible namesake with the reason, never as the same person. */
	'namesake'
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const CONFIDENCES = ['confirmed', 'probable', 'possible'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const EVIDENCE_RULES = [
	/** Both records name the same organisation registration number. */
	'same-reg-no',
	/** Same folded name and the same birth date (from a code fragment or a date field). */
	'same-name-birth-date',
	/** Same folded name and the same birth year, nothing conflicting. */
	'same-name-birth-year',
	/** Same folded name and the same party / institution / municipality. */
	'same-name-context',
	/** The name alone. Never merged. */
	'same-name-only',
	/** Stated by a single source record (e.g. a register row naming both ends). */
	'stated-in-source',
	/** A person checked it by hand (overrides file). */
	'manual'
] as const;
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];

export interface Evidence {
	rule: EvidenceRule;
	/** The attribute that matched, e.g. { birthYear: '1971' } or { institution: 'Saeima' }. */
	values: Record<string, string>;
	/** The records that say it: each holds the matched value. */
	sources: SourceRef[];
	/**
	 * What each cited record says, as published (the name as printed, the code, the party), in
	 * the order of `sources`; absent where the rule cites no person's record.
	 */
	published?: Record<string, string>[];
}

/** What a deputies list or a deputy's declaration says about the post beside its title. */
export const POST_DETAILS = ['faction', 'list', 'mandate', 'committees', 'email'] as const;
export type PostDetail = (typeof POST_DETAILS)[number];
export type PostDetails = Partial<Record<PostDetail, string>>;

export interface Relation {
	id: string;
	from: string;
	to: string;
	kind: RelationKind;
	/** The role as published ("Valdes loceklis", "Saeimas deputāts", "Sieva"). */
	role?: string;
	start?: PartialDate;
	end?: PartialDate;
	amount?: Money;
	/** Share count, for shareholders. */
	shares?: number;
	/** What the source says about a post, as published (a deputies list's faction, list, …). */
	details?: PostDetails;
	confidence: Confidence;
	evidence: Evidence[];
	/** Ids of the facts (donations, declarations) this relation was derived from. */
	facts: string[];
}

/** Provenance of one source file, as listed in the manifest. */
export interface SourceInfo {
	id: string;
	/** The adapter that read it, e.g. `knab-donations-csv`. */
	format: string;
	file: string;
	publisher: string;
	title: string;
	url?: string;
	licence: string;
	/** ISO date; absent when not known. */
	retrievedAt?: string;
	/** The first and last date its facts carry (donation dates, declaration and tax years, terms). */
	period?: [PartialDate, PartialDate];
	records: number;
}

/** The kind of an entity as the app shows it: a person, or an organisation's kind. */
export type EntityKind = 'person' | OrganisationKind;

/** Just enough of another entity to name and link it without reading its profile. */
export interface EntityRef {
	id: string;
	name: string;
	kind: EntityKind;
	/** An organisation's registration number, where known (fact group refs; see group-facts.ts). */
	regNo?: string;
}

export const ROLES = [
	'saeima-deputy',
	'minister',
	'municipal-deputy',
	'official',
	'donor',
	'company-officer'
] as const;
/** Roles a search can filter on. */
export type Role = (typeof ROLES)[number];

/** One searchable entity, precomputed by the builder. */
export interface SearchDoc {
	id: string;
	kind: EntityKind;
	name: string;
	otherNames: string[];
	/** Organisations: the registration number, so a search by number finds them. */
	regNo?: string;
	/**
	 * People: the birth-date parts (`DDMMYY`) of their masked personal codes, so a search by
	 * that fragment finds them. Never a full code: only masked codes are published.
	 */
	codes?: string[];
	/** People: the birth year, when a source gives it (tells namesakes apart). */
	birthYear?: number;
	roles: Role[];
	/** Posts as published, most recent first (at most three). */
	posts: string[];
	/** Parties the person donated to or is a member of; for organisations, empty. */
	parties: string[];
	/** First and last year the entity appears in any fact. */
	years?: [number, number];
	/** How many red flags the entity has (model/flags.ts), for a marker; absent when none. */
	flags?: number;
}

/**
 * One payer's or one year's figures: gifts and refunds apart, never netted. `count`/`cents`
 * are the gifts (positive amounts); `refunds`/`refundCents` the refunds (negative amounts, so
 * `refundCents` ≤ 0). EUR unless a `currency` says otherwise.
 */
export interface MoneyTally {
	count: number;
	cents: number;
	refunds: number;
	refundCents: number;
}

/** A donor or fee payer of a party, with what they gave (see MoneyTally). */
export interface PayerTally extends MoneyTally {
	id?: string;
	name: string;
}

/**
 * What a recipient (a party) received, summed at build time: a hub's profile stays one small
 * read. Donations (money, goods and services) and fees (membership and entry fees) are summed
 * apart (src/model/money-kinds.ts), and gifts apart from refunds.
 */
export interface DonationSummary {
	/** Per year, kind and currency: gifts and refunds apart. */
	byYear: ({ year: number; kind: DonationKind; currency: Currency } & MoneyTally)[];
	/**
	 * The same sums per month ('YYYY-MM'), for the party's timeline, refunds netted in their
	 * month; donations dated to the year only are left out. Optional: older bundles lack it.
	 */
	byMonth?: {
		month: string;
		kind: DonationKind;
		currency: Currency;
		count: number;
		cents: number;
	}[];
	/** How many named donors gave donations (fee payers not counted). */
	donors: number;
	/** How many named people or organisations paid fees. */
	feePayers: number;
	/** Donations with no donor named (EUR); fees are never anonymous in the sources. */
	anonymous: MoneyTally;
	/** The largest donors by net donations (EUR), at most 50; fees not included. */
	topDonors: PayerTally[];
	/** The largest fee payers by net fees (EUR), at most 50. */
	topFeePayers: PayerTally[];
	/** Donors who hold or held a public post, with how sure the link is (donations only). */
	officialDonors: (PayerTally & { id: string; confidence: Confidence })[];
	/** Refunds (negative amounts) of donations and fees, newest first, at most 100. */
	refunds: Donation[];
	/** How many `donated-to` relations to this entity are not listed in its group (hub rule). */
	relationsNotListed: number;
	/** How many fee `member-of` relations to this entity are not listed in its group (hub rule). */
	feeRelationsNotListed: number;
}

/**
 * The statements a party's finances are published in: a KNAB annual report's balance sheet
 * (assets, liabilities), its income and expense statement (income, expense, and the result
 * line), its cash flow and its account of state funding; Delna's a4 extract gives expense only.
 */
export const PARTY_STATEMENTS = [
	'income',
	'expense',
	'result',
	'assets',
	'liabilities',
	'cash-flow',
	'state-funding'
] as const;
export type PartyStatement = (typeof PARTY_STATEMENTS)[number];

/** One line of a party's finances for one year, as published, with the record it was read from. */
export interface PartyFinanceLine {
	id: string;
	party: string;
	/** The party as the source names it. */
	partyName: string;
	year: number;
	statement: PartyStatement;
	/** The line item as published, e.g. "Reklāmas pakalpojumi" or "V. Valsts budžeta finansējums.". */
	item: string;
	/** The heading the line stands under in the report, as published ("VIII. Izdevumi."). */
	heading?: string;
	/** How far the report indents the line (0 when not at all). */
	level?: number;
	/** A total the source states ("X. Izdevumi kopā."): shown as published, never added to lines. */
	isTotal?: boolean;
	amount: Money;
	source: SourceRef;
}

/** A report a party filed with KNAB, as the list of reports gives it. */
export interface PartyReport {
	id: string;
	party: string;
	partyName: string;
	/** The year the report is for. */
	year: number;
	/** The kind as published: "Gada pārskats", "Vēlēšanu deklarācija". */
	kind: string;
	/** When KNAB lists it as filed. */
	filed?: PartialDate;
	source: SourceRef;
}
