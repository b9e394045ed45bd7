/**
 * Keeps fictional rows from repeating a real one by chance. A KNAB row prints a donor's name
 * and birth-date code fragment beside the day of the payment; with tens of thousands of rows
 * on each side, a few fictional (fragment, day) or (common name, day) pairs fall on the same
 * pair as a row of the real sample, with another party and amount. Those days are moved
 * within their month.
 *
 * Only 32-bit hashes of `key|yyyy-mm-dd` are kept here (the key is a fragment, or a name in
 * lower case), never the values. The list is checked against the real sample at test time
 * (tests/unit/demo/real-formats.test.ts), which prints the hash to add when a change to the
 * generator makes a new clash.
 */
import { daysIn, isoDate } from './format';
import { hashString } from './random';

const REAL_PAIRS: ReadonlySet<number> = new Set([
	0x2af02d12, 0x840a0d72, 0xdb39e96d, 0xc9b4740d, 0x4307d4e5
]);

/** The hash a (key, ISO day) pair is listed under; a name key is in lower case. */
export function pairHash(key: string, day: string): number {
	return hashString(`${key}|${day}`);
}

/** The nearest day in the same month, the day itself first, that no key pairs with in the list. */
export function clearOfReal(keys: readonly string[], day: string, listed = REAL_PAIRS): string {
	const isClear = (candidate: string) => keys.every((key) => !listed.has(pairHash(key, candidate)));
	if (isClear(day)) return day;
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const last = daysIn(year, month);
	for (let step = 1; step < last; step++) {
		for (const candidate of [date + step, date - step]) {
			if (candidate < 1 || candidate > last) continue;
			const moved = isoDate(year, month, candidate);
			if (isClear(moved)) return moved;
		}
	}
	throw new Error(
		`every day of ${day.slice(0, 7)} clashes for key hashes ${keys.map((key) => pairHash(key, day))}`
	);
}
