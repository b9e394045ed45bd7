/** Donation rows as the generator holds them before a writer prints them. */

export type DonationKind = 'Nauda' | 'Manta vai pakalpojums' | 'Biedra nauda' | 'Iestāšanās maksa';

/** KNAB API type ids of the kinds. */
export const KIND_IDS: Record<DonationKind, number> = {
	Nauda: 1,
	'Manta vai pakalpojums': 2,
	'Iestāšanās maksa': 4,
	'Biedra nauda': 5
};

/** Which published file a row goes to: the Delna a1/a2 exports or the 2026 API dump. */
export type LedgerFile = 'donations' | 'fees' | 'api';

export type Donor =
	| {
			type: 'person';
			person: number;
			/** Printed instead of the person's name (e.g. typed without diacritics). */
			name?: string;
			/** Printed instead of the person's code (typos, foreign codes). */
			code?: string;
	  }
	| { type: 'company'; company: number }
	| { type: 'anonymous' };

export interface DonationRow {
	/** ISO date. */
	date: string;
	party: number;
	kind: DonationKind;
	/** Negative for refunds. */
	cents: number;
	donor: Donor;
	/** Marks rows that belong to a planted case, for planted.json. */
	tag?: string;
}
