/**
 * Money as published: integer cents in, text out, the currency always shown and never converted.
 * No floats touch an amount, so sums of many donations stay exact.
 */
import type { Currency, Money } from '../../model/types';
import type { Locale } from './locale';
import { groupDigits, separatorsOf } from './number';

/**
 * Formats an amount with its currency in the locale's style.
 * @example formatMoney({ cents: 110202, currency: 'EUR' }, 'lv') // '1 102,02 EUR'
 * @example formatMoney({ cents: 110202, currency: 'EUR' }, 'en') // 'EUR 1,102.02'
 */
export function formatMoney(money: Money, locale: Locale): string {
	const amount = formatCents(money.cents, locale);
	return locale === 'lv' ? `${amount} ${money.currency}` : `${money.currency} ${amount}`;
}

/** Formats integer cents as a grouped decimal with two places: 110202 → "1 102,02" (lv). */
export function formatCents(cents: number, locale: Locale): string {
	if (!Number.isSafeInteger(cents)) return String(cents);
	const { group, decimal } = separatorsOf(locale);
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	const whole = groupDigits(String(Math.floor(abs / 100)), group);
	return `${sign}${whole}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Sums amounts per currency, exactly; currencies are never mixed (LVL stays LVL).
 * Returns one Money per currency, in the order each currency first appears.
 */
export function sumByCurrency(amounts: Iterable<Money | undefined>): Money[] {
	const totals = new Map<Currency, number>();
	for (const amount of amounts) {
		if (!amount) continue;
		totals.set(amount.currency, (totals.get(amount.currency) ?? 0) + amount.cents);
	}
	return [...totals].map(([currency, cents]) => ({ cents, currency }));
}

/** Formats per-currency totals as one string: "1 000,00 EUR + 200,00 LVL". */
export function formatMoneyList(amounts: readonly Money[], locale: Locale): string {
	return amounts.map((amount) => formatMoney(amount, locale)).join(' + ');
}
