/** The shape of giving: rows per year, election months, amounts and the yearly limit. */
import type { LedgerFile } from './donation-types';

/** Share of a file's rows per year: election years (2021, 2022, 2025 …) see more giving. */
export const YEAR_WEIGHTS: Record<LedgerFile, Record<number, number>> = {
	donations: { 2019: 9, 2020: 8, 2021: 15, 2022: 22, 2023: 10, 2024: 12, 2025: 16 },
	fees: { 2019: 14, 2020: 14, 2021: 14, 2022: 15, 2023: 14, 2024: 14, 2025: 15 },
	api: { 2026: 1 }
};

/** Weight of each year before the exports' first year (the full set reaches back to 2002). */
export const EARLY_YEAR_WEIGHT = 6;

/** Months before an election draw more donations. */
export const ELECTION_MONTHS: Record<number, readonly number[]> = {
	2019: [4, 5],
	2021: [4, 5],
	2022: [8, 9],
	2024: [4, 5],
	2025: [4, 5],
	2026: [8, 9]
};

/** 5 × the minimum monthly wage: the yearly total above which Delna flags a donor. */
export const MIN_WAGE: Record<number, number> = {
	2002: 100,
	2003: 100,
	2004: 115,
	2005: 115,
	2006: 130,
	2007: 170,
	2008: 230,
	2009: 255,
	2010: 255,
	2011: 285,
	2012: 285,
	2013: 285,
	2014: 320,
	2015: 360,
	2016: 370,
	2017: 380,
	2018: 430,
	2019: 430,
	2020: 430,
	2021: 500,
	2022: 500,
	2023: 620,
	2024: 700,
	2025: 740,
	2026: 780
};

export const MONEY_AMOUNTS = [
	[5, 6],
	[10, 12],
	[15, 5],
	[20, 10],
	[25, 5],
	[30, 5],
	[40, 2],
	[50, 10],
	[100, 10],
	[150, 2],
	[200, 4],
	[300, 2],
	[500, 5],
	[1000, 4],
	[1500, 1],
	[2000, 1.5],
	[2500, 0.6],
	[3000, 0.5],
	[5000, 0.2]
] as const;
export const FEE_AMOUNTS = [
	[5, 10],
	[10, 12],
	[15, 4],
	[20, 8],
	[30, 4],
	[50, 6],
	[60, 4],
	[100, 5],
	[120, 5],
	[240, 3],
	[300, 2],
	[600, 2],
	[1200, 1]
] as const;
