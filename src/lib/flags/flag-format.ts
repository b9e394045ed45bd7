/**
 * How a red flag's figures read: money keys (ending in `Cents`) as EUR, years as years, the
 * rest as counts; each kind's headline figure for a one-line summary. No translation here:
 * labels come from the message catalogue (`flagFigure.*`).
 */
import type { Flag, FlagKind } from '../../model/flags';
import type { Locale } from '../format/locale';
import { formatMoney } from '../format/money';
import { formatInteger } from '../format/number';

const YEAR_KEYS = new Set(['incomeYear', 'firstYear', 'lastYear']);

export function formatFigure(key: string, value: number, locale: Locale): string {
	if (key.endsWith('Cents')) return formatMoney({ cents: value, currency: 'EUR' }, locale);
	if (YEAR_KEYS.has(key)) return String(value);
	if (key === 'percent') return `${formatInteger(value, locale)} %`;
	return formatInteger(value, locale);
}

/** The figure a list shows for each kind, and the one it is set against, where one is. */
const HEADLINE: Record<FlagKind, readonly [string, string?]> = {
	'major-donor': ['totalCents', 'thresholdCents'],
	'donations-over-income': ['totalCents', 'limitCents'],
	'anonymous-gifts': ['giftCents'],
	refunds: ['donationRefundCents', 'feeRefundCents'],
	'wealth-growth': ['growthCents', 'incomeCents'],
	'private-debt': ['debtCents'],
	'assets-over-income': ['assetsCents', 'incomeCents'],
	'shared-company': ['otherOfficials', 'otherDonors'],
	'company-tax-overlap': ['years']
};

/** Parts of a headline that say nothing when zero (no fees returned), unless all are zero. */
const LEFT_OUT_WHEN_ZERO = new Set(['donationRefundCents', 'feeRefundCents']);

export function headlineKeys(flag: Pick<Flag, 'kind' | 'figures'>): string[] {
	const keys = HEADLINE[flag.kind].filter((k): k is string => k !== undefined && k in flag.figures);
	const telling = keys.filter((k) => !LEFT_OUT_WHEN_ZERO.has(k) || flag.figures[k] !== 0);
	return telling.length > 0 ? telling : keys;
}
