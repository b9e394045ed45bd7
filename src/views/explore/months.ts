/** The months axis of the explorer: every month from the first to the last, gaps filled. Pure. */
import type { Bar } from '../../lib/explore/explore-protocol';

const EMPTY = { count: 0, cents: 0, refunds: 0, refundCents: 0, otherCurrency: 0 };

/** `YYYY-MM` one month on. */
export function nextMonth(month: string): string {
	const [year, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The bars for every month between the first and last given (at most `max`), empty ones added;
 * the months in `also` (a chosen period's ends) are within the range too.
 */
export function everyMonth(bars: readonly Bar[], also: readonly string[] = [], max = 600): Bar[] {
	const ends = [...bars.map((bar) => bar.key), ...also].sort();
	const first = ends[0];
	const last = ends.at(-1);
	if (first === undefined || last === undefined) return [];
	const byKey = new Map(bars.map((bar) => [bar.key, bar]));
	const months: Bar[] = [];
	for (let month = first; month <= last && months.length < max; month = nextMonth(month))
		months.push(byKey.get(month) ?? { key: month, label: month, ...EMPTY });
	return months;
}
