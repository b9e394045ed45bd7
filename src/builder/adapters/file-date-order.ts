/**
 * The per-file day/month decision every date-bearing adapter makes: from the data, or from
 * the caller's override, and never a silent swap when neither can tell.
 */
import { decideDayMonthOrder, type DayMonthOrder } from '../../model/parse-date';

export type FileDateOrder =
	{ order: DayMonthOrder; note: string } | { order: undefined; reason: string };

const ORDER_NAMES: Record<DayMonthOrder, string> = {
	DMY: 'day-first (DMY)',
	MDY: 'month-first (MDY)'
};

/**
 * Decides how to read a file's `a/b/YYYY` dates. The override wins, but when the data
 * proves the other order the note says so, because every such row will then be rejected.
 */
export function decideFileDateOrder(
	dates: readonly string[],
	override: DayMonthOrder | undefined
): FileDateOrder {
	const decision = decideDayMonthOrder(dates);
	if (override) {
		const clash =
			decision.order && decision.order !== override
				? `; the data says ${ORDER_NAMES[decision.order]} (${decision.reason})`
				: '';
		return { order: override, note: `dates read ${ORDER_NAMES[override]} as told${clash}` };
	}
	if (decision.order) {
		return {
			order: decision.order,
			note: `dates read ${ORDER_NAMES[decision.order]}: ${decision.reason}`
		};
	}
	return { order: undefined, reason: `day/month order undecidable: ${decision.reason}` };
}
