/**
 * Assembles a profile's timeline: which lanes it has and which marks go in them. Pure: the
 * component only scales and draws. A person gets posts, declarations, donations, company
 * roles and the linked companies' taxes; a party the months' donations received and its
 * members' terms; a company (and any other organisation) its taxes, people's roles and gifts.
 */
import type { Profile } from '../reads/profile';
import type { EntityRef, Relation } from '../../model/types';
import { type Lane, type LaneId, type Mark, type SpanMark, type Timeline } from './marks';
import { dateRange } from './time';
import { declarationMarks, donationMarks, receivedMarks, taxMarks } from './point-marks';

export interface TimelineOptions {
	/** The data's date (UTC ms): spans with no end are drawn up to it. */
	asOf: number;
	/** For a party: its members' `holds-post` relations, read from the members' own groups. */
	terms?: readonly Relation[];
	/** Names for entities the profile's refs lack (the institutions of members' terms). */
	refs?: readonly EntityRef[];
	/** Show links that only a shared name supports (marked as possible). Off by default. */
	includePossible?: boolean;
}

const NOT_ROLES: ReadonlySet<Relation['kind']> = new Set(['donated-to', 'namesake']);
const LANES_OF: Record<'person' | 'party' | 'org', readonly LaneId[]> = {
	person: ['posts', 'declarations', 'donations', 'fees', 'roles', 'taxes'],
	party: ['received', 'terms', 'donations'],
	org: ['taxes', 'roles', 'donations', 'fees']
};

export function buildTimeline(profile: Profile, options: TimelineOptions): Timeline {
	const id = profile.entity.id;
	const refs = new Map([...(options.refs ?? []).map((r) => [r.id, r] as const), ...profile.refs]);
	const shape = profile.kind === 'person' ? 'person' : profile.kind === 'party' ? 'party' : 'org';
	const isShown = (r: Relation) => options.includePossible === true || r.confidence !== 'possible';
	const undated: Partial<Record<LaneId, number>> = {};
	let possibleLinks = 0;
	const spans = (lane: LaneId, list: readonly Relation[], other: (r: Relation) => string) =>
		list.flatMap((r) => {
			if (r.confidence === 'possible') possibleLinks++;
			if (!isShown(r)) return [];
			const mark = spanMark(refs, lane, r, other(r), options.asOf);
			if (!mark) undated[lane] = (undated[lane] ?? 0) + 1;
			return mark ? [mark] : [];
		});
	const marks: Mark[] = [];
	if (shape === 'person') {
		const own = profile.group.relations.filter((r) => r.from === id);
		marks.push(...spans('posts', own.filter(isPost), (r) => r.to));
		const roles = profile.companies.flatMap((c) =>
			c.relations.filter((r) => !NOT_ROLES.has(r.kind) && !isPost(r))
		);
		marks.push(...spans('roles', unique(roles), (r) => (r.from === id ? r.to : r.from)));
	} else if (shape === 'party') {
		marks.push(...spans('terms', unique(options.terms ?? []), (r) => r.to));
	} else {
		const incoming = profile.group.relations.filter(
			(r) => r.to === id && r.from !== id && !NOT_ROLES.has(r.kind)
		);
		marks.push(...spans('roles', incoming, (r) => r.from));
	}
	marks.push(...declarationMarks(profile));
	const donations = donationMarks(profile);
	marks.push(...donations.marks);
	if (shape === 'party') marks.push(...receivedMarks(profile));
	marks.push(...taxMarks(profile, shape === 'person'));

	const lanes: Lane[] = LANES_OF[shape]
		.map((lane) => packLane(lane, marks, undated[lane] ?? 0))
		.filter((lane) => lane.marks.length > 0 || lane.undated > 0);
	return {
		lanes,
		...domainOf(lanes),
		parties: donations.parties,
		possibleLinks
	};
}

function isPost(r: Relation): boolean {
	return r.kind === 'holds-post';
}

/** The same relation can be listed under several linked companies; keep it once. */
function unique(list: readonly Relation[]): Relation[] {
	return [...new Map(list.map((r) => [r.id, r])).values()];
}

function spanMark(
	refs: ReadonlyMap<string, EntityRef>,
	lane: LaneId,
	r: Relation,
	otherId: string,
	asOf: number
): SpanMark | undefined {
	const from = dateRange(r.start);
	const to = dateRange(r.end);
	const start = from?.[0] ?? to?.[0];
	if (start === undefined) return undefined;
	const isOpen = r.end === undefined;
	const end = to?.[1] ?? Math.max(asOf, from?.[1] ?? start);
	// An entity the bundle does not name is shown by its id, as an organisation (never a person).
	const other = refs.get(otherId) ?? { id: otherId, name: otherId, kind: 'other' as const };
	const holder = lane === 'terms' ? refs.get(r.from) : undefined;
	// The record that states the post, never one that only tells who the person is.
	const source = r.evidence.find((e) => e.rule === 'stated-in-source')?.sources[0];
	return {
		kind: 'span',
		id: `${lane}:${r.id}`,
		lane,
		row: 0,
		start,
		end,
		relation: r.kind,
		...(r.role !== undefined && { role: r.role }),
		...(r.start !== undefined && { from: r.start }),
		...(r.end !== undefined && { to: r.end }),
		isOpen,
		place: other,
		...(holder && { holder }),
		target: holder ?? other,
		confidence: r.confidence,
		...(source && { source })
	};
}

/**
 * Gives overlapping marks of a lane rows of their own (first row that is free), oldest first.
 * Points are almost a year wide for this purpose, so two declarations of one year do not sit
 * on each other. A party's members' terms get one row per member, members by name.
 */
function packLane(lane: LaneId, marks: readonly Mark[], undated: number): Lane {
	const own = marks
		.filter((m) => m.lane === lane)
		.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
	// Donation and month marks share one row: they are sized dots, overlap is their nature.
	if (lane === 'donations' || lane === 'fees' || lane === 'received')
		return { id: lane, marks: own, rows: 1, undated };
	// Keyed by id, never by name: two namesakes must not share a row.
	const holderOf = (mark: Mark) =>
		lane === 'terms' && mark.kind === 'span' ? mark.holder : undefined;
	const groups = new Map<string, Mark[]>();
	for (const mark of own) {
		const key = holderOf(mark)?.id ?? '';
		groups.set(key, [...(groups.get(key) ?? []), mark]);
	}
	const name = (key: string) => holderOf(groups.get(key)![0]!)?.name ?? '';
	const keys = [...groups.keys()].sort(
		(a, b) => name(a).localeCompare(name(b), 'lv') || (a < b ? -1 : 1)
	);
	const packed: Mark[] = [];
	let rows = 0;
	for (const key of keys) {
		if (key !== '') {
			// One row per member: their posts overlap often (a deputy and a committee post).
			packed.push(...groups.get(key)!.map((mark) => ({ ...mark, row: rows })));
			rows++;
			continue;
		}
		const rowEnds: number[] = [];
		for (const mark of groups.get(key)!) {
			const end = mark.kind === 'span' ? mark.end : mark.start + POINT_HALF;
			const begin = mark.kind === 'span' ? mark.start : mark.start - POINT_HALF;
			let row = rowEnds.findIndex((taken) => taken <= begin);
			if (row === -1) row = rowEnds.push(end) - 1;
			else rowEnds[row] = end;
			packed.push({ ...mark, row: rows + row });
		}
		rows += rowEnds.length;
	}
	return { id: lane, marks: packed, rows: Math.max(1, rows), undated };
}

const YEAR = 365 * 24 * 3600 * 1000;
// A little under half a year: points of consecutive years share a row.
const POINT_HALF = YEAR * 0.45;

function domainOf(lanes: readonly Lane[]): { domain?: [number, number] } {
	const marks = lanes.flatMap((lane) => lane.marks);
	if (marks.length === 0) return {};
	const start = Math.min(...marks.map((m) => m.start));
	const end = Math.max(...marks.map((m) => m.end));
	// Half a year either side, so a mark at either end is not cut in half by the edge.
	return { domain: [start - YEAR / 2, end + YEAR / 2] };
}

/** The ids of the earliest mark in each row: where a row's label is written. */
export function firstOfEachRow(marks: readonly Mark[]): ReadonlySet<string> {
	const first = new Map<number, Mark>();
	for (const mark of marks) {
		const seen = first.get(mark.row);
		if (!seen || mark.start < seen.start) first.set(mark.row, mark);
	}
	return new Set([...first.values()].map((mark) => mark.id));
}
