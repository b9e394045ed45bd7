/**
 * The minimum monthly wage per year, from the reviewed data/minimum-wage.json (each figure
 * with its Cabinet regulation). Read once per build; a year not in the file has no wage, and
 * then the rules that need it flag nothing for that year.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const MINIMUM_WAGE_FILE = resolve(import.meta.dirname, '../../../data/minimum-wage.json');

export interface MinimumWages {
	/** Year → monthly minimum wage in EUR cents. */
	monthlyCents: ReadonlyMap<number, number>;
	/** How many monthly wages make a major donor. */
	majorDonorMultiple: number;
}

interface WageFile {
	years: { year: number; monthlyCents: number; source: string }[];
	majorDonorRule: { multiple: number };
}

let cached: MinimumWages | undefined;

export function minimumWages(file = MINIMUM_WAGE_FILE): MinimumWages {
	if (cached && file === MINIMUM_WAGE_FILE) return cached;
	const parsed = JSON.parse(readFileSync(file, 'utf8')) as WageFile;
	const monthlyCents = new Map<number, number>();
	for (const { year, monthlyCents: cents, source } of parsed.years) {
		if (!Number.isSafeInteger(cents) || cents <= 0 || !source)
			throw new Error(`${file}: ${year} needs whole cents above 0 and a source`);
		monthlyCents.set(year, cents);
	}
	const wages = { monthlyCents, majorDonorMultiple: parsed.majorDonorRule.multiple };
	if (file === MINIMUM_WAGE_FILE) cached = wages;
	return wages;
}
