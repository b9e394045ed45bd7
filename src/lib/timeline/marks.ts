/** What a timeline is made of: lanes of marks, each mark one fact (or one month's sum) with its source. */
import type {
	Confidence,
	DeclarationKind,
	DonationKind,
	EntityRef,
	Money,
	PartialDate,
	RelationKind,
	SourceRef
} from '../../model/types';

/** Every lane, in the order they are drawn. */
export const LANES = [
	'posts',
	'terms',
	'declarations',
	'donations',
	'fees',
	'received',
	'roles',
	'taxes'
] as const;
export type LaneId = (typeof LANES)[number];

interface MarkBase {
	id: string;
	lane: LaneId;
	/** Row within the lane: marks that would overlap get rows of their own. */
	row: number;
	/** UTC milliseconds. A point has start === end. */
	start: number;
	end: number;
	source?: SourceRef;
	/** The entity the fact names besides the page's own; clicking the mark opens it. */
	target?: EntityRef;
	confidence?: Confidence;
}

/** A post, a company role or a member's term: from–to as published. */
export interface SpanMark extends MarkBase {
	kind: 'span';
	relation: RelationKind;
	role?: string;
	from?: PartialDate;
	to?: PartialDate;
	/** No end date: drawn up to the data's date. */
	isOpen: boolean;
	/** For a party's members' terms: the member (target is then the member too). */
	holder?: EntityRef;
	/** Where the post or role is held. */
	place: EntityRef;
}

export interface DeclarationMark extends MarkBase {
	kind: 'declaration';
	year: number;
	declarationKind: DeclarationKind;
	post?: string;
	/** Declared income summed per currency (LVL stays LVL). */
	income: Money[];
	properties: number;
	debts: Money[];
}

export interface DonationMark extends MarkBase {
	kind: 'donation';
	date: PartialDate;
	amount: Money;
	donationKind: DonationKind;
	isRefund: boolean;
	/** Index into the timeline's parties, for the colour. */
	colour: number;
	/** How big the mark is drawn: the amount's absolute cents. */
	weight: number;
}

export interface TaxMark extends MarkBase {
	kind: 'tax';
	year: number;
	company: EntityRef;
	total: Money[];
	employees?: number;
	weight: number;
}

export interface ReceivedMark extends MarkBase {
	kind: 'received';
	month: PartialDate;
	totals: Money[];
	count: number;
	weight: number;
}

export type Mark = SpanMark | DeclarationMark | DonationMark | TaxMark | ReceivedMark;

export interface Lane {
	id: LaneId;
	marks: Mark[];
	rows: number;
	/** Facts of this lane with no date at all: listed in the page's tables, not on the axis. */
	undated: number;
}

export interface Timeline {
	lanes: Lane[];
	/** UTC milliseconds; undefined when nothing has a date. */
	domain?: [number, number];
	/** The parties donations went to, in colour order. */
	parties: EntityRef[];
	/** Links only a shared name supports (shown or not): left out unless asked for. */
	possibleLinks: number;
}
