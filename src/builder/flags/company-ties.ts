/**
 * Who is tied to which company, with the rows that say so: a declared holding or post (from
 * the person's own declaration, linked as the declaration is) and company roles from the
 * Enterprise Register (board member, shareholder, beneficial owner). Ties through a
 * `possible` link are left out, so a namesake is never tied to another person's company.
 */
import type { PartialDate, SourceRef } from '../../model/types';
import type { FlagContext, SureConfidence } from './flag-context';

export interface CompanyTie {
	person: string;
	company: string;
	/** Declaration years, or the register role's first and last year (open end: undefined). */
	years: number[];
	from?: number;
	to?: number;
	confidence: SureConfidence;
	sources: SourceRef[];
	viaDeclaration: boolean;
	/** The institution of the declaration that states the tie. */
	institution?: string;
}

const ROLE_KINDS = new Set(['board-member', 'shareholder', 'beneficial-owner']);

export function companyTies(ctx: FlagContext): CompanyTie[] {
	const ties: CompanyTie[] = [];
	const isCompany = (id: string | undefined): id is string => ctx.isCompany(id);
	for (const d of ctx.data.declarations) {
		const confidence = ctx.sureOf(d.id);
		if (!confidence || !ctx.isPerson(d.person)) continue;
		const byCompany = new Map<string, SourceRef[]>();
		for (const item of d.items) {
			const company =
				item.section === 'shares'
					? item.company.id
					: item.section === 'post'
						? item.organisation?.id
						: undefined;
			if (!isCompany(company)) continue;
			byCompany.set(company, [...(byCompany.get(company) ?? []), item.source ?? d.source]);
		}
		for (const [company, sources] of byCompany)
			ties.push({
				person: d.person,
				company,
				years: [d.year],
				confidence,
				sources,
				viaDeclaration: true,
				...(d.institution?.id && { institution: d.institution.id })
			});
	}
	for (const r of ctx.data.relations) {
		if (!ROLE_KINDS.has(r.kind) || r.confidence === 'possible') continue;
		if (!ctx.isPerson(r.from) || !isCompany(r.to)) continue;
		// Declared holdings were read from the declarations above.
		if (r.facts.some((f) => f.startsWith('decl-'))) continue;
		const sources = r.evidence
			.filter((e) => e.rule === 'stated-in-source')
			.flatMap((e) => e.sources);
		ties.push({
			person: r.from,
			company: r.to,
			years: [],
			...(r.start && { from: yearOf(r.start) }),
			...(r.end && { to: yearOf(r.end) }),
			confidence: r.confidence,
			sources,
			viaDeclaration: false
		});
	}
	return ties;
}

/** Whether the tie covers the year: a declaration year, or within the role's span. */
export function tieCovers(tie: CompanyTie, year: number): boolean {
	if (tie.viaDeclaration) return tie.years.includes(year);
	return (tie.from ?? -Infinity) <= year && year <= (tie.to ?? Infinity);
}

function yearOf(date: PartialDate): number {
	return Number(date.slice(0, 4));
}
