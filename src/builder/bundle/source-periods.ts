/** The years each source's facts cover, for the manifest (the home page says how recent data is). */
import { yearOf } from '../../model/parse-date';
import type { SourceInfo } from '../../model/types';
import type { ResolvedData } from '../resolve/resolve';

/** First and last year of the facts read from each dataset. */
export function sourcePeriods(data: ResolvedData): Map<string, [number, number]> {
	const periods = new Map<string, [number, number]>();
	const see = (dataset: string, year: number) => {
		if (!Number.isInteger(year)) return;
		const period = periods.get(dataset);
		if (!period) periods.set(dataset, [year, year]);
		else {
			period[0] = Math.min(period[0], year);
			period[1] = Math.max(period[1], year);
		}
	};
	for (const d of data.declarations) see(d.source.dataset, d.year);
	for (const d of data.donations) see(d.source.dataset, yearOf(d.date));
	for (const t of data.taxTotals) see(t.source.dataset, t.year);
	for (const r of data.relations) {
		// Only the records that state the relation: linking evidence cites other sources' rows.
		const stated = r.evidence.filter((e) => e.rule === 'stated-in-source');
		const datasets = new Set(stated.flatMap((e) => e.sources.map((s) => s.dataset)));
		for (const date of [r.start, r.end]) {
			if (!date) continue;
			for (const dataset of datasets) see(dataset, yearOf(date));
		}
	}
	return periods;
}

/** The sources with the years their facts cover, where they have dated facts. */
export function withPeriods(sources: readonly SourceInfo[], data: ResolvedData): SourceInfo[] {
	const periods = sourcePeriods(data);
	return sources.map((source) => {
		const period = periods.get(source.id);
		return period ? { ...source, period } : source;
	});
}
