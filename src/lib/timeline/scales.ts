/** The timeline's scales: d3 does the maths, the component draws. */
import { max } from 'd3-array';
import { scaleSqrt, scaleUtc, type ScaleTime } from 'd3-scale';
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { Locale } from '../format/locale';
import type { Mark } from './marks';

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
	lv: [
		'janv.',
		'febr.',
		'marts',
		'apr.',
		'maijs',
		'jūn.',
		'jūl.',
		'aug.',
		'sept.',
		'okt.',
		'nov.',
		'dec.'
	],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

/**
 * Axis labels in the interface language (d3's own format is English only): the year on
 * 1 January, the month on the first of a month, else the day and month.
 */
export function axisTickFormat(locale: Locale): (tick: Date) => string {
	return (tick) => {
		const month = SHORT_MONTHS[locale][tick.getUTCMonth()] ?? '';
		const day = tick.getUTCDate();
		if (day !== 1) return locale === 'lv' ? `${day}. ${month}` : `${month} ${day}`;
		return tick.getUTCMonth() === 0 ? String(tick.getUTCFullYear()) : month;
	};
}

/** The time axis over the drawing's width, with room at both ends for the end ticks' labels. */
export function timeScale(
	domain: [number, number],
	width: number,
	pad = 24
): ScaleTime<number, number> {
	const range: [number, number] = width > 4 * pad ? [pad, width - pad] : [0, width];
	return scaleUtc()
		.domain([new Date(domain[0]), new Date(domain[1])])
		.range(range);
}

/**
 * Dot radius by amount within one lane, area proportional (sqrt): a ten times larger sum is
 * not ten times wider. Per lane, because a party's month and a person's gift differ in scale.
 */
export function radiusScale(marks: readonly Mark[], range: [number, number] = [3, 11]) {
	const weights = marks.map((m) => ('weight' in m ? m.weight : 0));
	return scaleSqrt()
		.domain([0, Math.max(1, max(weights) ?? 1)])
		.range(range)
		.clamp(true);
}

/** A party's colour by its index in the timeline's parties. */
export function partyColour(index: number): string {
	return schemeTableau10[index % schemeTableau10.length] ?? '#4e79a7';
}
