/**
 * "My deputies" and "posts now" on the real samples built together (issue 12, item 5), judged
 * on a fixed day after the 13th Saeima's term (it ended on 1 November 2022).
 */
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { REAL_FILES, readRecords } from '../../../src/builder/eval/run';
import { resolve, type ResolvedData } from '../../../src/builder/resolve/resolve';
import type { Profile } from '../../../src/lib/reads/profile';
import { foldText } from '../../../src/model/fold-name';
import type { EntityRef } from '../../../src/model/types';
import { electedBodyOf } from '../../../src/views/institution/elected-bodies';
import { membersByPeriod, openingGroup } from '../../../src/views/institution/members';
import {
	matchReason,
	possibleMatches,
	totalsByKind
} from '../../../src/views/person/possible-matches';
import { splitPosts } from '../../../src/views/person/posts';
import { describeRealData, isOnRow, REALDATA } from '../../fixtures/realdata';

const TODAY = '2026-12-06';
let data: ResolvedData;
let refs: Map<string, EntityRef>;

function profileOf(id: string): Profile {
	const entity = [...data.people, ...data.organisations].find((e) => e.id === id)!;
	const relations = data.relations.filter((r) => r.from === id || r.to === id);
	return {
		entity,
		kind: refs.get(id)!.kind,
		group: { entity: id, declarations: [], donations: [], taxTotals: [], relations, refs: [] },
		refs,
		companies: []
	};
}
/** The person a record (`file:line`, or a file of one declaration) was resolved to; people are
 * found by their row, never by a name written here, as the samples name real people. */
const personOn = (record: string) =>
	data.people.find((p) => p.sources.some((s) => isOnRow(s.record, record)))!;

describeRealData('deputies and their posts on the real samples', () => {
	beforeAll(() => {
		data = resolve(readRecords(REAL_FILES.map((f) => join(REALDATA, f))));
		refs = new Map<string, EntityRef>([
			...data.people.map((p): [string, EntityRef] => [p.id, { ...p, kind: 'person' }]),
			...data.organisations.map((o): [string, EntityRef] => [
				o.id,
				{ id: o.id, name: o.name, kind: o.kind, ...(o.regNo && { regNo: o.regNo }) }
			])
		]);
	}, 60_000);

	it('dates the list’s posts to the 13th Saeima, so they are no longer posts now', () => {
		const deputy = profileOf(personOn('groups.csv:100').id);
		const { now, before } = splitPosts(deputy, TODAY);
		expect(now.map((p) => p.role)).toEqual([]);
		const listed = before.find((p) => p.role === '13. Saeimas deputāts')!;
		expect(listed).toMatchObject({ start: '2018-11-06', end: '2022-11-01' });
		expect(Object.keys(listed.details ?? {}).sort()).toEqual([
			'email',
			'faction',
			'list',
			'mandate'
		]);
		expect(before.some((p) => p.details?.committees)).toBe(true);
	});

	it('counts a Saeima post declared for 2024 as a post now (the 14th Saeima)', () => {
		const declarant = profileOf(personOn('slesers-2024.html').id);
		const { now } = splitPosts(declarant, TODAY);
		expect(now.map((p) => refs.get(p.to)?.regNo)).toContain('90000028300');
	});

	it('lists the Saeima by term and opens on the 13th, which holds the list’s 100 deputies', () => {
		const groups = membersByPeriod(profileOf('o-90000028300'));
		expect(groups.map((g) => g.key).slice(0, 2)).toEqual(['term-14', 'term-13']);
		expect(groups[1]!.members).toHaveLength(100);
		expect(openingGroup(groups)?.key).toBe('term-13');
		expect(groups.some((g) => g.key === 'undated')).toBe(false);
	});

	it('offers elected bodies only, not the employers declarations name', () => {
		const bodies = data.organisations.filter((o) => electedBodyOf(o));
		const kinds = new Set(bodies.map((o) => electedBodyOf(o)));
		expect(kinds).toEqual(new Set(['saeima', 'cabinet', 'council']));
		const left = data.organisations.filter(
			(o) => (o.kind === 'institution' || o.kind === 'municipality') && !electedBodyOf(o)
		);
		expect(left.length).toBeGreaterThan(20);
		expect(
			left.map((o) => foldText(o.name)).filter((n) => /saeima$|dome$|pasvaldiba$/.test(n))
		).toEqual([]);
	});

	it('shows the deputy’s two same-year donors as possible matches, each one’s money apart', () => {
		const deputy = profileOf(personOn('groups.csv:100').id);
		const matches = possibleMatches(deputy).filter(
			(r) => r.evidence[0]?.values.reason === 'ambiguous'
		);
		expect(matches.map((r) => matchReason(r))).toEqual([
			{ key: 'person.match.ambiguousYear', vars: { count: '2', year: '1992' } },
			{ key: 'person.match.ambiguousYear', vars: { count: '2', year: '1992' } }
		]);
		// Each candidate's totals, read back from the rows of that name and code.
		for (const match of matches) {
			const donor = data.people.find((p) => p.id === match.to)!;
			const code = (c?: string) => c?.replace('-', '');
			const rows = data.donations.filter(
				(d) =>
					foldText(d.donorName) === foldText(donor.name) &&
					code(d.donorCode) === code(donor.maskedCodes[0])
			);
			const totals = totalsByKind(data.donations, donor.id);
			expect(totals.map((t) => t.kind)).toEqual(['money']);
			expect(totals[0]!.count + totals[0]!.refunds).toBe(rows.length);
			const net = rows.reduce((sum, d) => sum + d.amount.cents, 0);
			expect(totals[0]!.totals[0]!.cents + (totals[0]!.refundTotals[0]?.cents ?? 0)).toBe(net);
		}
	});
});
