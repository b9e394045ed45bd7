/**
 * How much to generate. The demo set is small enough to commit and to read; the national
 * set approximates Latvia's real volumes (about a million records in all).
 */

export interface Sizes {
	label: 'demo' | 'national';
	/** County councils beyond the five demo cities (national scale only). */
	counties: number;
	countySeats: number;
	civilServants: number;
	/** All register entries that are companies, banks included; NGOs come on top. */
	companies: number;
	ngos: number;
	/** Rows of the Delna donations export (a1 layout). */
	donations: number;
	/** Rows of the membership-fee export (a2 layout). */
	fees: number;
	/** Rows of the 2026 KNAB API dump. */
	api: number;
	/** Distinct people who donate at random (planted donors come on top). */
	donors: number;
}

export const DEMO_SIZES: Sizes = {
	label: 'demo',
	counties: 0,
	countySeats: 0,
	civilServants: 15,
	companies: 2000,
	ngos: 40,
	donations: 8000,
	fees: 900,
	api: 300,
	donors: 2600
};

/** National volumes times `factor` (1 ≈ one million records). */
export function nationalSizes(factor = 1): Sizes {
	if (!(factor > 0)) throw new Error(`--scale needs a positive multiplier, got ${factor}`);
	const scaled = (n: number) => Math.max(1, Math.round(n * factor));
	return {
		label: 'national',
		counties: Math.min(36, Math.round(36 * factor)),
		countySeats: 19,
		civilServants: scaled(4000),
		companies: scaled(38_000),
		ngos: scaled(400),
		donations: scaled(630_000),
		fees: scaled(60_000),
		api: scaled(10_000),
		donors: scaled(150_000)
	};
}
