/**
 * How much to generate. The demo set is small enough to commit and to read; the national
 * set approximates Latvia's real volumes (about a million records in all); the full set
 * (`--scale full`, or any multiplier above 1) has the shape of the whole country: every
 * official's declarations for ten years, the full register, ten years of tax totals and
 * every donation since 2002.
 */

export interface Sizes {
	label: 'demo' | 'national' | 'full';
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
	/** The country-shaped extras; absent for the demo and national sets. */
	full?: FullShape;
}

/**
 * What the full shape adds. The world above stays in memory (officials and the companies
 * they are tied to); the bulk below is derived from its index whenever a writer needs it,
 * so the generator never holds it.
 */
export interface FullShape {
	/** Declaration years, one file per year (VID publishes per year). */
	declarationYears: readonly number[];
	/** Largest number of declarations in one JSON file (a year is split into parts). */
	declarationsPerFile: number;
	/** Tax-total years, one file per year. */
	taxYears: readonly number[];
	/** First year of the donations export (KNAB's records start in 2002). */
	donationsFrom: number;
	/** Register companies beyond the world's, with their own officers, members and owners. */
	bulkCompanies: number;
	/** Donors beyond the world's, derived like the bulk companies' people. */
	bulkDonors: number;
	/** Planted namesake pairs (elected official and donor) on top of the fixed cases. */
	namesakes: number;
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

const YEARS = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The full shape at `factor` times the national set's records (10 = the whole country). */
export function fullSizes(factor = 10): Sizes {
	if (!(factor > 0)) throw new Error(`--scale needs a positive multiplier, got ${factor}`);
	const share = factor / 10;
	const scaled = (n: number) => Math.max(1, Math.round(n * share));
	return {
		label: 'full',
		counties: Math.min(36, Math.max(1, Math.round(36 * share * 4))),
		countySeats: 19,
		// About 55,000 officials file each year: ministries, municipalities and state companies.
		civilServants: scaled(54_000),
		companies: scaled(24_000),
		ngos: scaled(600),
		donations: scaled(1_500_000),
		fees: scaled(150_000),
		api: scaled(12_000),
		donors: scaled(20_000),
		full: {
			declarationYears: YEARS(2016, 2025),
			declarationsPerFile: 20_000,
			taxYears: YEARS(2016, 2025),
			donationsFrom: 2002,
			bulkCompanies: scaled(520_000),
			bulkDonors: scaled(230_000),
			namesakes: scaled(1_000)
		}
	};
}
