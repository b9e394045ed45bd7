/** Search documents: one per entity, with what a result line shows and what filters need. */
import type { Flag } from '../../model/flags';
import type { Relation, Role, SearchDoc } from '../../model/types';
import { yearOf } from '../../model/parse-date';
import type { ResolvedData } from '../resolve/resolve';
import { entityRefs } from './group-facts';

const SAEIMA = /saeima/i;
const MINISTER = /\bministr(s|e|u prezident)/i;
const MUNICIPAL = /dom(e|es)|pašvaldīb|novada|valstspilsēt/i;

export function searchDocs(data: ResolvedData, flags: readonly Flag[] = []): SearchDoc[] {
	const refs = entityRefs(data);
	const flagCount = new Map<string, number>();
	for (const flag of flags) flagCount.set(flag.entity, (flagCount.get(flag.entity) ?? 0) + 1);
	// A running span, not a list: a party is the end of hundreds of thousands of relations.
	const facts = new Map<string, { relations: Relation[]; first: number; last: number }>();
	const of = (id: string) => {
		let found = facts.get(id);
		if (!found) facts.set(id, (found = { relations: [], first: Infinity, last: -Infinity }));
		return found;
	};
	const see = (id: string, year: number) => {
		const entry = of(id);
		entry.first = Math.min(entry.first, year);
		entry.last = Math.max(entry.last, year);
	};
	for (const r of data.relations) {
		of(r.from).relations.push(r);
		if (r.kind === 'namesake') continue;
		for (const date of [r.start, r.end]) {
			if (!date) continue;
			see(r.from, yearOf(date));
			see(r.to, yearOf(date));
		}
	}
	for (const d of data.declarations) see(d.person, d.year);
	for (const t of data.taxTotals) see(t.company, t.year);
	for (const f of data.partyFinances ?? []) see(f.party, f.year);
	for (const r of data.partyReports ?? []) see(r.party, r.year);

	const docs: SearchDoc[] = [];
	for (const entity of [...data.people, ...data.organisations]) {
		const { relations = [], first = Infinity, last = -Infinity } = facts.get(entity.id) ?? {};
		const posts = relations
			.filter((r) => r.kind === 'holds-post')
			.sort(
				(a, b) =>
					compareText(b.end ?? b.start ?? '', a.end ?? a.start ?? '') || compareText(a.id, b.id)
			)
			.map((r) => [r.role, refs.get(r.to)?.name].filter(Boolean).join(', '));
		const parties = relations
			.filter(
				(r) =>
					(r.kind === 'member-of' || r.kind === 'donated-to') && refs.get(r.to)?.kind === 'party'
			)
			.map((r) => refs.get(r.to)!.name);
		const kind = refs.get(entity.id)!.kind;
		const codes = 'maskedCodes' in entity ? codeFragments(entity.maskedCodes) : [];
		const birthYear =
			'maskedCodes' in entity
				? (entity.birthYear ?? (entity.birthDate ? yearOf(entity.birthDate) : undefined))
				: undefined;
		docs.push({
			id: entity.id,
			kind,
			name: entity.name,
			otherNames: entity.otherNames,
			...('regNo' in entity && entity.regNo && { regNo: entity.regNo }),
			...(codes.length > 0 && { codes }),
			...(birthYear !== undefined && { birthYear }),
			roles: rolesOf(relations, refs),
			posts: [...new Set(posts)].slice(0, 3),
			parties: [...new Set(parties)].sort(),
			...(first <= last && { years: [first, last] as [number, number] }),
			...(flagCount.has(entity.id) && { flags: flagCount.get(entity.id)! })
		});
	}
	return docs.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function rolesOf(relations: readonly Relation[], refs: ReturnType<typeof entityRefs>): Role[] {
	const roles = new Set<Role>();
	for (const r of relations) {
		if (r.kind === 'donated-to') roles.add('donor');
		if (r.kind === 'board-member' || r.kind === 'beneficial-owner' || r.kind === 'shareholder')
			roles.add('company-officer');
		if (r.kind !== 'holds-post') continue;
		const where = refs.get(r.to);
		const text = `${r.role ?? ''} ${where?.name ?? ''}`;
		roles.add('official');
		if (SAEIMA.test(text)) roles.add('saeima-deputy');
		if (MINISTER.test(r.role ?? '')) roles.add('minister');
		if (
			where?.kind === 'municipality' ||
			(MUNICIPAL.test(where?.name ?? '') && /deputāt/i.test(r.role ?? ''))
		)
			roles.add('municipal-deputy');
	}
	return [...roles].sort();
}

/** The DDMMYY parts of masked codes (`230562-*****` → `230562`); the masked rest is never kept. */
function codeFragments(masked: readonly string[]): string[] {
	const fragments = masked.flatMap((code) => /^(\d{6})\s*-?\s*\*/.exec(code)?.[1] ?? []);
	return [...new Set(fragments)].sort();
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
