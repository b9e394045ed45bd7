/**
 * Donations and relations as FtM intervals (Payment, Membership, Occupancy, Directorship,
 * Ownership, Employment, Family). Pure mapping; ftm-export.ts decides what to export.
 */
import { centsToDecimal } from '../../model/parse-money';
import type { Donation, DonationKind, Relation, RelationKind } from '../../model/types';
import { shortHash } from '../resolve/ids';
import { isA, propertyOf } from './ftm-schema';
import {
	addProvenance,
	describeEvidence,
	ftmId,
	Props,
	type FtmEntity,
	type MappingContext
} from '../../model/ftm';

/** The FtM schema and name of every entity already mapped, by Plainview id. */
export type EntityIndex = ReadonlyMap<string, { schema: string; name: string }>;

/** The `donated-to` (or fee `member-of`) relation a payment is summed up in: how sure the payer link is. */
export type DonorLink = Pick<Relation, 'confidence' | 'evidence'>;

const PURPOSE: Record<DonationKind, string> = {
	money: 'donation (money)',
	'goods-services': 'donation (goods or services)',
	'membership-fee': 'membership fee',
	'entry-fee': 'entry fee'
};

/**
 * A donation as a Payment from the donor to the party. The payer is left out when the donor is
 * anonymous, or when the link to a donor entity is only a possible namesake and those are not
 * exported; the donor's name as published is always in `description`.
 */
export function paymentEntity(
	donation: Donation,
	link: DonorLink | undefined,
	context: MappingContext,
	includePossible: boolean
): FtmEntity {
	const isLinked =
		donation.donor !== undefined && (link?.confidence !== 'possible' || includePossible);
	const props = new Props()
		.add('payer', isLinked ? ftmId(donation.donor!) : undefined)
		.add('beneficiary', ftmId(donation.party))
		.add('date', donation.date)
		.add('amount', centsToDecimal(donation.amount.cents))
		.add('currency', donation.amount.currency)
		.add('purpose', PURPOSE[donation.kind])
		.add('description', `donor as published: ${donation.donorName}`);
	const summary = [
		!donation.donor
			? 'donor not identified (anonymous, or no entity in the source)'
			: !isLinked
				? 'donor link left out: possible namesake only (see --include-possible)'
				: link && describeEvidence(link.confidence, link.evidence),
		donation.isRefund ? 'refund' : undefined,
		donation.flags.length > 0 ? `flags: ${donation.flags.join(', ')}` : undefined
	];
	props.add('summary', summary.filter(Boolean).join('; '));
	return addProvenance(props, [donation.source], context, true).entity(
		ftmId(donation.id),
		'Payment'
	);
}

/**
 * How a link is named when it falls back to FtM's UnknownLink ("Other link"). `namesake` (two
 * people who only share a name) arrives with the evidence resolver; it is never a Similar or a
 * merge in FtM, where tools would take it as a match.
 */
const KIND_ROLE: Partial<Record<RelationKind | 'namesake', string>> = {
	'donated-to': 'donor',
	'member-of': 'member',
	'holds-post': 'post',
	'board-member': 'board member',
	shareholder: 'shareholder',
	'beneficial-owner': 'beneficial owner',
	'employed-by': 'employee',
	family: 'family',
	namesake: 'possible namesake (same name only, not the same person)'
};

/** Which FtM schema each relation kind becomes, and which property holds each end. */
const LINKS: Partial<Record<RelationKind, { schema: string; from: string; to: string }>> = {
	'member-of': { schema: 'Membership', from: 'member', to: 'organization' },
	'board-member': { schema: 'Directorship', from: 'director', to: 'organization' },
	shareholder: { schema: 'Ownership', from: 'owner', to: 'asset' },
	'beneficial-owner': { schema: 'Ownership', from: 'owner', to: 'asset' },
	'employed-by': { schema: 'Employment', from: 'employee', to: 'employer' },
	family: { schema: 'Family', from: 'person', to: 'relative' }
};

/**
 * A relation as FtM entities: none for `donated-to` (its donations are Payments), a Position
 * and an Occupancy for `holds-post`, one interval otherwise. An end whose schema is outside the
 * property's range (a share in an association: FtM's Ownership takes only Assets, and
 * Organization is not one) falls back to UnknownLink rather than bending the schema.
 */
export function relationEntities(
	relation: Relation,
	entities: EntityIndex,
	context: MappingContext
): FtmEntity[] {
	const from = entities.get(relation.from);
	const to = entities.get(relation.to);
	if (!from || !to || relation.kind === 'donated-to') return [];
	const fits = (schema: string, prop: string, end: { schema: string }) =>
		isA(end.schema, propertyOf(schema, prop)?.range ?? 'Thing');
	const id = ftmId(relation.id);
	if (relation.kind === 'holds-post') {
		if (fits('Occupancy', 'holder', from) && fits('Position', 'organization', to)) {
			const post = positionEntity(relation, to.name);
			const occupancy = intervalProps(relation, context)
				.add('holder', ftmId(relation.from))
				.add('post', post.id);
			return [post, occupancy.entity(id, 'Occupancy')];
		}
	} else {
		const link = LINKS[relation.kind];
		if (link && fits(link.schema, link.from, from) && fits(link.schema, link.to, to)) {
			const props = intervalProps(relation, context)
				.add(link.from, ftmId(relation.from))
				.add(link.to, ftmId(relation.to));
			if (relation.kind === 'family') props.add('relationship', relation.role);
			else props.add('role', relation.role);
			if (relation.kind === 'beneficial-owner') props.add('role', 'beneficial owner');
			if (relation.kind === 'shareholder') addShares(props, relation);
			return [props.entity(id, link.schema)];
		}
		// Family links only people; between anything else it is not a family tie.
		if (relation.kind === 'family') return [];
	}
	const props = intervalProps(relation, context)
		.add('subject', ftmId(relation.from))
		.add('object', ftmId(relation.to))
		.add('role', KIND_ROLE[relation.kind] ?? relation.kind, relation.role);
	return [props.entity(id, 'UnknownLink')];
}

/** One Position per (organisation, role as published): everyone who held it points to it. */
function positionEntity(relation: Relation, organisationName: string): FtmEntity {
	const role = relation.role?.trim();
	const name = role ? `${role} (${organisationName})` : `${organisationName} (post not named)`;
	const id = ftmId(`pos-${shortHash(`${relation.to}|${role ?? ''}`, 12)}`);
	return new Props()
		.add('name', name)
		.add('organization', ftmId(relation.to))
		.entity(id, 'Position');
}

/**
 * Dates, evidence and provenance every interval carries. Plainview's start and end are the
 * first and last dates the sources show, not a stated end, so one date is a start only.
 */
function intervalProps(relation: Relation, context: MappingContext): Props {
	const props = new Props().add('startDate', relation.start);
	if (relation.end !== relation.start) props.add('endDate', relation.end);
	props.add('summary', describeEvidence(relation.confidence, relation.evidence));
	return addProvenance(
		props,
		relation.evidence.flatMap((e) => e.sources),
		context,
		true
	);
}

function addShares(props: Props, relation: Relation): void {
	props.add('sharesCount', relation.shares?.toString());
	if (relation.amount) {
		props.add('sharesValue', centsToDecimal(relation.amount.cents));
		props.add('sharesCurrency', relation.amount.currency);
	}
}
