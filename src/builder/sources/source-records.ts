/**
 * What adapters produce: facts as the source states them, with people and organisations
 * still as *mentions* (names, codes, birth dates as published). The resolver turns
 * mentions into entity ids; adapters never decide who is who.
 */
import type {
	DeclarationItem,
	DeclarationKind,
	DonationKind,
	Money,
	OrganisationKind,
	PartialDate,
	PartyStatement,
	PostDetails,
	RelationKind,
	SourceRef
} from '../../model/types';

export interface PersonMention {
	type: 'person';
	/** As published; "Surname, Name" is turned into "Name Surname" by the adapter. */
	name: string;
	/**
	 * 'surname-first' when the source writes "Surname Firstname" with no comma (UR officers):
	 * such a spelling is matched like any other but is not chosen as the name to show.
	 */
	nameOrder?: 'surname-first';
	/** The masked personal code exactly as published (either masking style). */
	maskedCode?: string;
	birthDate?: PartialDate;
	birthYear?: number;
	/** Corroborating context the source gives. */
	party?: string;
	institution?: string;
	/** An elected body the source says the person holds a mandate in (Delna's Mandate_status). */
	mandateIn?: string;
	municipality?: string;
	country?: string;
}

export interface OrganisationMention {
	type: 'organisation';
	name: string;
	regNo?: string;
	kind?: OrganisationKind;
	legalForm?: string;
	country?: string;
	nace?: string;
	municipality?: string;
}

export type Mention = PersonMention | OrganisationMention;

export type SourceRecord =
	| DonationRecord
	| PostRecord
	| DeclarationRecord
	| TaxTotalRecord
	| OrganisationRecord
	| CompanyRoleRecord
	| PartyFinanceRecord
	| PartyReportRecord;

export interface DonationRecord {
	type: 'donation';
	/** null for anonymous donors (`ANONĪMS`). */
	donor: Mention | null;
	donorName: string;
	donorCode?: string;
	party: OrganisationMention;
	date: PartialDate;
	amount: Money;
	kind: DonationKind;
	isRefund: boolean;
	flags: string[];
	source: SourceRef;
}

/** A post or membership from a list (Saeima deputies, council members, ministers). */
export interface PostRecord {
	type: 'post';
	person: PersonMention;
	organisation: OrganisationMention;
	relation: Extract<RelationKind, 'holds-post' | 'member-of'>;
	/** The post as published; absent where the source names none (a party membership). */
	role?: string;
	start?: PartialDate;
	end?: PartialDate;
	details?: PostDetails;
	source: SourceRef;
}

/** Items name counterparties by name and reg. no.; the resolver fills in their ids. */
export interface DeclarationRecord {
	type: 'declaration';
	person: PersonMention;
	year: number;
	kind: DeclarationKind;
	kindText?: string;
	institution?: OrganisationMention;
	post?: string;
	/** Saeima committees as the compiled extract lists them for that year. */
	committees?: string;
	filed?: PartialDate;
	published?: PartialDate;
	items: DeclarationItem[];
	source: SourceRef;
}

export interface TaxTotalRecord {
	type: 'tax-total';
	company: OrganisationMention;
	year: number;
	quarter?: number;
	total?: Money;
	personalIncomeTax?: Money;
	socialContributions?: Money;
	vat?: Money;
	employees?: number;
	nace?: string;
	source: SourceRef;
}

/** A register entry for an organisation (UR register.csv). */
export interface OrganisationRecord {
	type: 'organisation';
	organisation: OrganisationMention;
	registered?: PartialDate;
	terminated?: PartialDate;
	address?: string;
	source: SourceRef;
}

/** A register role: officer (board), member (shareholder) or beneficial owner. */
export interface CompanyRoleRecord {
	type: 'company-role';
	holder: Mention;
	company: OrganisationMention;
	relation: Extract<RelationKind, 'board-member' | 'shareholder' | 'beneficial-owner'>;
	role?: string;
	start?: PartialDate;
	end?: PartialDate;
	shares?: number;
	value?: Money;
	source: SourceRef;
}

/** One line of a party's finances for a year (a4 expenditure row, annual report line). */
export interface PartyFinanceRecord {
	type: 'party-finance';
	party: OrganisationMention;
	year: number;
	statement: PartyStatement;
	item: string;
	heading?: string;
	level?: number;
	isTotal?: true;
	amount: Money;
	source: SourceRef;
}

/** A report a party filed with KNAB (the list of annual reports). */
export interface PartyReportRecord {
	type: 'party-report';
	party: OrganisationMention;
	year: number;
	kind: string;
	filed?: PartialDate;
	source: SourceRef;
}

/** A row the adapter could not read: reported in the build report, never silently dropped. */
export interface RejectedRow {
	line: number;
	reason: string;
}

export interface AdapterResult {
	records: SourceRecord[];
	rejected: RejectedRow[];
	/** Things worth a look that did not stop a row (e.g. a foreign code, a decided date order). */
	warnings: string[];
	/** Data rows seen (not counting headers). */
	rowsRead: number;
	/** What this file holds, when it tells more than the adapter's default title (a sidecar still wins). */
	title?: string;
}

/** A source file, decoded to text (BOM removed), with its name for SourceRefs. */
export interface SourceFile {
	/** Base file name, used in SourceRef.record as `<name>:<line>`. */
	name: string;
	text: string;
}

export interface AdapterOptions {
	/** Dataset id for SourceRefs. */
	dataset: string;
	/** Day/month order override for ambiguous files. */
	dateOrder?: 'DMY' | 'MDY';
}

export interface Provenance {
	publisher: string;
	title: string;
	url?: string;
	licence: string;
}

export interface Adapter {
	/** Stable id, used by `--as` and in the manifest, e.g. `knab-donations-csv`. */
	format: string;
	description: string;
	/** True when the header or shape says this adapter reads the file. Cheap: looks at the start. */
	detect(file: SourceFile): boolean;
	read(file: SourceFile, options: AdapterOptions): AdapterResult;
	/** Defaults for the manifest when no sidecar provenance file is given. */
	provenance: Provenance;
}
