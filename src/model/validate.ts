/**
 * Runtime validators for every record kind in a bundle. The app refuses a record that
 * fails them; the builder runs them on its own output before writing.
 */
import * as v from 'valibot';
import {
	CONFIDENCES,
	DECLARATION_KINDS,
	DONATION_KINDS,
	EVIDENCE_RULES,
	ORGANISATION_KINDS,
	PARTY_STATEMENTS,
	RELATION_KINDS,
	ROLES
} from './types';

/**
 * The longest text a field may hold: far above any real one (a declaration's free text runs to a
 * few hundred characters) and above the hostile tests' million-character name, which the page
 * still draws; a giant field past it is refused at ingest instead of stalling the page.
 */
export const MAX_FIELD_LENGTH = 2_000_000;
const text = v.pipe(
	v.string(),
	v.maxLength(MAX_FIELD_LENGTH, `at most ${MAX_FIELD_LENGTH} characters`)
);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const partialDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a YYYY[-MM[-DD]] date')
);
const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const regNo = v.pipe(v.string(), v.minLength(1), v.maxLength(40));

export const MoneySchema = v.strictObject({
	cents: v.pipe(v.number(), v.safeInteger()),
	currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code'))
});

export const SourceRefSchema = v.strictObject({
	dataset: id,
	record: text,
	url: v.optional(text)
});

const sources = v.array(SourceRefSchema);

export const PersonSchema = v.strictObject({
	id,
	name: text,
	otherNames: v.array(text),
	birthDate: v.optional(partialDate),
	birthYear: v.optional(year),
	maskedCodes: v.array(text),
	country: v.optional(text),
	sources
});

export const OrganisationSchema = v.strictObject({
	id,
	name: text,
	otherNames: v.array(text),
	kind: v.picklist(ORGANISATION_KINDS),
	regNo: v.optional(regNo),
	country: v.optional(text),
	legalForm: v.optional(text),
	nace: v.optional(text),
	municipality: v.optional(text),
	isUnplaced: v.optional(v.boolean()),
	sources
});

const CounterpartySchema = v.strictObject({
	name: text,
	regNo: v.optional(regNo),
	id: v.optional(id)
});

const itemSource = v.optional(SourceRefSchema);

export const DeclarationItemSchema = v.variant('section', [
	v.strictObject({
		section: v.literal('post'),
		source: itemSource,
		title: text,
		organisation: v.optional(CounterpartySchema)
	}),
	v.strictObject({
		section: v.literal('income'),
		source: itemSource,
		payer: v.optional(CounterpartySchema),
		type: text,
		amount: v.optional(MoneySchema)
	}),
	v.strictObject({
		section: v.literal('real-estate'),
		source: itemSource,
		type: text,
		location: text,
		holding: v.optional(text)
	}),
	v.strictObject({
		section: v.literal('vehicle'),
		source: itemSource,
		type: text,
		make: text,
		madeYear: v.optional(v.number()),
		registeredYear: v.optional(v.number()),
		holding: v.optional(text)
	}),
	v.strictObject({
		section: v.literal('shares'),
		source: itemSource,
		company: CounterpartySchema,
		type: v.optional(text),
		count: v.optional(v.number()),
		value: v.optional(MoneySchema)
	}),
	v.strictObject({
		section: v.literal('savings'),
		source: itemSource,
		type: v.picklist(['cash', 'bank', 'other']),
		amount: MoneySchema,
		holder: v.optional(text)
	}),
	v.strictObject({
		section: v.literal('debt'),
		source: itemSource,
		creditor: v.optional(text),
		amount: MoneySchema
	}),
	v.strictObject({
		section: v.literal('loan-given'),
		source: itemSource,
		debtor: v.optional(text),
		amount: MoneySchema
	}),
	v.strictObject({
		section: v.literal('transaction'),
		source: itemSource,
		description: text,
		amount: v.optional(MoneySchema)
	}),
	v.strictObject({ section: v.literal('family'), source: itemSource, name: text, relation: text }),
	v.strictObject({ section: v.literal('other'), source: itemSource, text })
]);

export const DeclarationSchema = v.strictObject({
	id,
	person: id,
	personName: text,
	year,
	kind: v.picklist(DECLARATION_KINDS),
	kindText: v.optional(text),
	institution: v.optional(CounterpartySchema),
	post: v.optional(text),
	filed: v.optional(partialDate),
	published: v.optional(partialDate),
	items: v.array(DeclarationItemSchema),
	source: SourceRefSchema
});

export const DonationSchema = v.strictObject({
	id,
	donor: v.optional(id),
	donorName: text,
	donorCode: v.optional(text),
	party: id,
	partyName: text,
	date: partialDate,
	amount: MoneySchema,
	kind: v.picklist(DONATION_KINDS),
	isRefund: v.boolean(),
	flags: v.array(text),
	source: SourceRefSchema
});

export const TaxTotalSchema = v.strictObject({
	id,
	company: id,
	year,
	quarter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
	total: v.optional(MoneySchema),
	personalIncomeTax: v.optional(MoneySchema),
	socialContributions: v.optional(MoneySchema),
	vat: v.optional(MoneySchema),
	employees: v.optional(v.number()),
	nace: v.optional(text),
	source: SourceRefSchema
});

export const PartyFinanceLineSchema = v.strictObject({
	id,
	party: id,
	partyName: text,
	year,
	statement: v.picklist(PARTY_STATEMENTS),
	item: text,
	heading: v.optional(text),
	level: v.optional(v.pipe(count, v.maxValue(9))),
	isTotal: v.optional(v.literal(true)),
	amount: MoneySchema,
	source: SourceRefSchema
});

export const PartyReportSchema = v.strictObject({
	id,
	party: id,
	partyName: text,
	year,
	kind: text,
	filed: v.optional(partialDate),
	source: SourceRefSchema
});

export const EvidenceSchema = v.pipe(
	v.strictObject({
		rule: v.picklist(EVIDENCE_RULES),
		values: v.record(v.string(), v.string()),
		sources,
		published: v.optional(v.array(v.record(v.string(), v.string())))
	}),
	v.check(
		(e) => e.published === undefined || e.published.length === e.sources.length,
		'published values, one per cited source'
	)
);

export const RelationSchema = v.strictObject({
	id,
	from: id,
	to: id,
	kind: v.picklist(RELATION_KINDS),
	role: v.optional(text),
	start: v.optional(partialDate),
	end: v.optional(partialDate),
	amount: v.optional(MoneySchema),
	shares: v.optional(v.number()),
	details: v.optional(
		v.strictObject({
			faction: v.optional(text),
			list: v.optional(text),
			mandate: v.optional(text),
			committees: v.optional(text),
			email: v.optional(text)
		})
	),
	confidence: v.picklist(CONFIDENCES),
	evidence: v.array(EvidenceSchema),
	facts: v.array(id)
});

export const SourceInfoSchema = v.strictObject({
	id,
	format: text,
	file: text,
	publisher: text,
	title: text,
	url: v.optional(text),
	licence: text,
	retrievedAt: v.optional(partialDate),
	period: v.optional(v.tuple([partialDate, partialDate])),
	records: count
});

const entityKind = v.picklist(['person', ...ORGANISATION_KINDS]);

export const EntityRefSchema = v.strictObject({
	id,
	name: text,
	kind: entityKind,
	regNo: v.optional(regNo)
});

export const SearchDocSchema = v.strictObject({
	id,
	kind: entityKind,
	name: text,
	otherNames: v.array(text),
	regNo: v.optional(regNo),
	codes: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d{6}$/, 'a DDMMYY fragment')))),
	birthYear: v.optional(year),
	roles: v.array(v.picklist(ROLES)),
	posts: v.array(text),
	parties: v.array(text),
	years: v.optional(v.tuple([year, year])),
	flags: v.optional(v.pipe(count, v.minValue(1)))
});

const cents = v.pipe(v.number(), v.safeInteger());

const moneyTally = { count, cents, refunds: count, refundCents: cents };
const payerTally = v.strictObject({ id: v.optional(id), name: text, ...moneyTally });

export const DonationSummarySchema = v.strictObject({
	byYear: v.array(
		v.strictObject({ year, kind: v.picklist(DONATION_KINDS), currency: v.string(), ...moneyTally })
	),
	byMonth: v.optional(
		v.array(
			v.strictObject({
				month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a YYYY-MM month')),
				kind: v.picklist(DONATION_KINDS),
				currency: v.string(),
				count,
				cents
			})
		)
	),
	donors: count,
	feePayers: count,
	anonymous: v.strictObject(moneyTally),
	topDonors: v.array(payerTally),
	topFeePayers: v.array(payerTally),
	officialDonors: v.array(
		v.strictObject({ id, name: text, ...moneyTally, confidence: v.picklist(CONFIDENCES) })
	),
	refunds: v.array(DonationSchema),
	relationsNotListed: count,
	feeRelationsNotListed: count
});

/** Formats a valibot failure as "field.path: message" for error reports. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
	return issues
		.slice(0, 3)
		.map((issue) => {
			const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}
