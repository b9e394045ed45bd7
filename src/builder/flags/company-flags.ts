/**
 * Company flags of officials (methodological: links across the data, not a judgement).
 * - shared-company: a company an official declares (shares or a post) that is also tied to
 *   another official, tied to a donor, or itself a donor. One flag per official and company.
 * - company-tax-overlap: an official holds shares or a post in a company whose tax totals are
 *   in the data, in the same years; the flag lists the years of overlap.
 * An official is a person with a declaration Plainview reads; every tie used rests on a
 * confirmed or probable link (company-ties.ts).
 */
import type { Flag } from '../../model/flags';
import type { SourceRef } from '../../model/types';
import { companyTies, tieCovers, type CompanyTie } from './company-ties';
import { sortedSources, weakest, type FlagContext, type SureConfidence } from './flag-context';

/** How many other people a shared-company flag names and cites; the count says the rest. */
const MAX_OTHERS = 10;

export function companyFlags(ctx: FlagContext): Flag[] {
	const ties = companyTies(ctx);
	const officials = new Set(
		ctx.data.declarations.filter((d) => ctx.sureOf(d.id)).map((d) => d.person)
	);
	const donorRow = new Map<string, { source: SourceRef; id: string }>();
	for (const d of ctx.data.donations) {
		if (!d.donor || d.amount.cents <= 0 || donorRow.has(d.donor) || !ctx.sureOf(d.id)) continue;
		donorRow.set(d.donor, { source: d.source, id: d.id });
	}
	const byCompany = group(ties, (t) => t.company);
	const flags: Flag[] = [];
	for (const company of [...byCompany.keys()].sort()) {
		const companyTies = byCompany.get(company)!;
		const byPerson = group(companyTies, (t) => t.person);
		for (const person of [...byPerson.keys()].sort()) {
			if (!officials.has(person)) continue;
			const own = byPerson.get(person)!.filter((t) => t.viaDeclaration);
			const shared =
				own.length > 0 && sharedCompany(ctx, person, company, own, byPerson, officials, donorRow);
			if (shared) flags.push(shared);
			const overlap = taxOverlap(ctx, person, company, byPerson.get(person)!);
			if (overlap) flags.push(overlap);
		}
	}
	return flags;
}

function sharedCompany(
	ctx: FlagContext,
	person: string,
	company: string,
	own: CompanyTie[],
	byPerson: Map<string, CompanyTie[]>,
	officials: ReadonlySet<string>,
	donorRow: ReadonlyMap<string, { source: SourceRef; id: string }>
): Flag | undefined {
	const others = [...byPerson.keys()]
		.filter((p) => p !== person && (officials.has(p) || donorRow.has(p)))
		.sort();
	const companyGave = donorRow.get(company);
	if (others.length === 0 && !companyGave) return undefined;
	let confidence = weakestOf(own);
	const sources = own.flatMap((t) => t.sources);
	for (const other of others.slice(0, MAX_OTHERS)) {
		for (const t of byPerson.get(other)!) {
			confidence = weakest(confidence, t.confidence);
			sources.push(...t.sources);
		}
		const gave = donorRow.get(other);
		if (gave && !officials.has(other)) sources.push(gave.source);
	}
	if (companyGave) sources.push(companyGave.source);
	const year = Math.max(...own.flatMap((t) => t.years));
	return {
		id: ctx.id('shared-company', person, year),
		kind: 'shared-company',
		entity: person,
		name: ctx.nameOf(person) ?? person,
		year,
		figures: {
			otherOfficials: others.filter((p) => officials.has(p)).length,
			otherDonors: others.filter((p) => !officials.has(p)).length,
			companyDonated: companyGave ? 1 : 0
		},
		sources: sortedSources(sources),
		related: [company, ...others.slice(0, MAX_OTHERS)],
		...institutionOf(own),
		confidence
	};
}

function taxOverlap(
	ctx: FlagContext,
	person: string,
	company: string,
	ties: CompanyTie[]
): Flag | undefined {
	const taxes = ctx.taxByCompany.get(company) ?? [];
	const years = [...new Set(taxes.map((t) => t.year))]
		.filter((y) => ties.some((t) => tieCovers(t, y)))
		.sort((a, b) => a - b);
	if (years.length === 0) return undefined;
	const used = ties.filter((t) => years.some((y) => tieCovers(t, y)));
	const rows = taxes.filter((t) => years.includes(t.year) && t.quarter === undefined);
	const taxCents = rows.reduce((s, t) => s + (t.total?.currency === 'EUR' ? t.total.cents : 0), 0);
	const year = years.at(-1)!;
	return {
		id: ctx.id('company-tax-overlap', person, year),
		kind: 'company-tax-overlap',
		entity: person,
		name: ctx.nameOf(person) ?? person,
		year,
		figures: { firstYear: years[0]!, lastYear: year, years: years.length, taxCents },
		sources: sortedSources([
			...used.flatMap((t) => t.sources),
			...taxes.filter((t) => years.includes(t.year)).map((t) => t.source)
		]),
		related: [company],
		...institutionOf(ties),
		confidence: weakestOf(used)
	};
}

/** The institution of the latest declaration among the ties, for the flags page's filter. */
function institutionOf(ties: readonly CompanyTie[]): { institution?: string } {
	const latest = [...ties]
		.filter((t) => t.institution)
		.sort((a, b) => Math.max(...b.years) - Math.max(...a.years))[0];
	return latest?.institution ? { institution: latest.institution } : {};
}

function weakestOf(ties: readonly CompanyTie[]): SureConfidence {
	let sure: SureConfidence = 'confirmed';
	for (const t of ties) sure = weakest(sure, t.confidence);
	return sure;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = out.get(k);
		if (list) list.push(item);
		else out.set(k, [item]);
	}
	return out;
}
