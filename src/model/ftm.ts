/**
 * Plainview entities as FollowTheMoney entities: pure mapping, no I/O, shared by the builder's
 * export and the app's graph download. Facts and relations are in builder/export/ftm-facts.ts;
 * the streaming driver that deduplicates is builder/export/ftm-export.ts.
 */
import type {
	Confidence,
	Evidence,
	Organisation,
	OrganisationKind,
	Person,
	SourceInfo,
	SourceRef
} from './types';

/** One FtM entity: every property value is a list of strings, as in FtM's JSON. */
export interface FtmEntity {
	id: string;
	schema: string;
	properties: Record<string, string[]>;
}

/** Namespaces our ids so they cannot collide with another dataset's in the same Aleph. */
export const FTM_ID_PREFIX = 'lv-plainview-';

export function ftmId(plainviewId: string): string {
	return FTM_ID_PREFIX + plainviewId;
}

/** What the mapping needs from the manifest: the provenance of each dataset. */
export interface MappingContext {
	sources: ReadonlyMap<string, SourceInfo>;
}

export function mappingContext(sources: readonly SourceInfo[]): MappingContext {
	return { sources: new Map(sources.map((s) => [s.id, s])) };
}

/** Collects property values, dropping empty ones and repeats, so no entity carries `[]` or `''`. */
export class Props {
	readonly values: Record<string, string[]> = {};

	add(name: string, ...values: readonly (string | undefined)[]): this {
		for (const raw of values) {
			const value = raw?.trim();
			if (!value) continue;
			const list = (this.values[name] ??= []);
			if (!list.includes(value)) list.push(value);
		}
		return this;
	}

	entity(id: string, schema: string): FtmEntity {
		return { id, schema, properties: this.values };
	}
}

/** `sourceUrl`, `publisher` and (for intervals) `recordId` of the records behind an entity. */
export function addProvenance(
	props: Props,
	refs: readonly SourceRef[],
	context: MappingContext,
	withRecordId: boolean
): Props {
	for (const ref of refs) {
		const info = context.sources.get(ref.dataset);
		// A deep link to the record beats the dataset's landing page.
		props.add('sourceUrl', ref.url ?? info?.url);
		props.add('publisher', info?.publisher);
		// Thing has no recordId in FtM: only intervals (links, payments) may carry it.
		if (withRecordId) props.add('recordId', ref.record);
	}
	return props;
}

/** The Plainview confidence and evidence rules, e.g. "confidence: probable; evidence: same-name-birth-year". */
export function describeEvidence(confidence: Confidence, evidence: readonly Evidence[]): string {
	const rules = [...new Set(evidence.map((e) => e.rule))].join(', ');
	return rules ? `confidence: ${confidence}; evidence: ${rules}` : `confidence: ${confidence}`;
}

/** FtM countries are lower-case ISO codes; anything else we hold is not a country code. */
export function ftmCountry(country: string | undefined): string | undefined {
	return country && /^[A-Za-z]{2}$/.test(country) ? country.toLowerCase() : undefined;
}

/**
 * Formats whose person names are "Surname Given" with no comma (UR officers and members). A
 * resolved person's shown name is given-name-first whenever any other source named them.
 */
const SURNAME_FIRST_FORMATS = new Set(['ur-officers-csv', 'ur-members-csv']);

/**
 * First and last name, only when the split is certain: exactly two words, and a source that
 * writes the given name first. One word, three words ("Anna Marija Liepa": a double given name
 * or a double surname?) or a register-only "Liepa Anna" give nothing.
 */
export function splitName(
	person: Pick<Person, 'name' | 'sources'>,
	context: MappingContext
): { firstName: string; lastName: string } | undefined {
	const words = person.name.trim().split(/\s+/);
	if (words.length !== 2 || person.name.includes(',')) return undefined;
	if (!words.every((w) => /\p{L}/u.test(w))) return undefined;
	const givenFirst = person.sources.some((ref) => {
		const format = context.sources.get(ref.dataset)?.format;
		return format !== undefined && !SURNAME_FIRST_FORMATS.has(format);
	});
	return givenFirst ? { firstName: words[0]!, lastName: words[1]! } : undefined;
}

export function personEntity(person: Person, context: MappingContext): FtmEntity {
	const props = new Props().add('name', person.name).add('alias', ...person.otherNames);
	props.add('birthDate', person.birthDate ?? person.birthYear?.toString());
	const split = splitName(person, context);
	props.add('firstName', split?.firstName).add('lastName', split?.lastName);
	props.add('country', ftmCountry(person.country));
	// Masked codes (DDMMYY-*****) are left out: as an idNumber they would make tools match
	// different people who share a birth date.
	return addProvenance(props, person.sources, context, false).entity(ftmId(person.id), 'Person');
}

/** FtM has no schema for political parties; they are Organizations. */
export const SCHEMA_OF_KIND: Record<OrganisationKind, string> = {
	party: 'Organization',
	company: 'Company',
	institution: 'PublicBody',
	municipality: 'PublicBody',
	ngo: 'Organization',
	other: 'Organization'
};

export function organisationEntity(org: Organisation, context: MappingContext): FtmEntity {
	const props = new Props().add('name', org.name).add('alias', ...org.otherNames);
	props.add('registrationNumber', org.regNo).add('legalForm', org.legalForm);
	props.add('country', ftmCountry(org.country));
	return addProvenance(props, org.sources, context, false).entity(
		ftmId(org.id),
		SCHEMA_OF_KIND[org.kind]
	);
}
