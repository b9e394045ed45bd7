/**
 * Donations and member payments are different facts in Latvian law (Politisko organizāciju
 * (partiju) finansēšanas likums): a gift of money or goods is a donation; a membership fee
 * (biedra nauda) and an entry fee (iestāšanās nauda) are what members pay. Entry fees are
 * grouped with membership fees as "fees": both come from members, neither is a donation.
 * No total may sum the two groups.
 */
import type { DonationKind, MoneyTally, Relation } from './types';

export type MoneyGroup = 'donations' | 'fees';

export const FEE_KINDS: ReadonlySet<DonationKind> = new Set(['membership-fee', 'entry-fee']);

export function isFeeKind(kind: DonationKind): boolean {
	return FEE_KINDS.has(kind);
}

export function moneyGroupOf(kind: DonationKind): MoneyGroup {
	return FEE_KINDS.has(kind) ? 'fees' : 'donations';
}

/** The role a fee payer's `member-of` relation carries: the a2.csv column naming the payer. */
export const FEE_MEMBER_ROLE = 'biedrs';

/**
 * A `member-of` relation made from fees paid (it sums them); a register's or a list's
 * membership carries no amount.
 */
export function isFeeRelation(relation: Pick<Relation, 'kind' | 'amount' | 'role'>): boolean {
	return (
		relation.kind === 'member-of' &&
		relation.role === FEE_MEMBER_ROLE &&
		relation.amount !== undefined
	);
}

export function emptyTally(): MoneyTally {
	return { count: 0, cents: 0, refunds: 0, refundCents: 0 };
}

/** Adds one amount to a tally: a refund (negative amount) to the refunds, a gift to the gifts. */
export function addToTally(tally: MoneyTally, cents: number, isRefund: boolean): void {
	if (isRefund) {
		tally.refunds++;
		tally.refundCents += cents;
	} else {
		tally.count++;
		tally.cents += cents;
	}
}
