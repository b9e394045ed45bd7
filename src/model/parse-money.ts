import { ValueError } from './errors';
import type { Currency, Money } from './types';

export interface MoneyOptions {
	/** Which mark separates decimals when a value alone cannot tell (`1,102` is ambiguous). */
	decimal?: '.' | ',';
	/** Currency when the text names none. */
	currency?: Currency;
	/** Power of ten the published figure is in: 3 for "thousands of EUR". */
	scale?: number;
}

const SYMBOLS: Record<string, Currency> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
/** One string per common code: a code cut from each amount's text would be a copy per amount. */
const CODES = new Map(['EUR', 'USD', 'GBP', 'SEK', 'NOK', 'DKK', 'PLN', 'CHF'].map((c) => [c, c]));

/**
 * Parses a published amount exactly into integer cents, keeping the currency.
 * @example parseMoney('  1,204.06 € ') // { cents: 120406, currency: 'EUR' }
 * @example parseMoney('2 622,5', { decimal: ',', currency: 'EUR', scale: 3 }) // { cents: 262250000, … }
 */
export function parseMoney(raw: string, options: MoneyOptions = {}): Money {
	let text = raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
	let currency = options.currency;
	const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(text);
	if (code) {
		currency = code[1] ?? code[2];
		text = text.replace(code[0], '');
	}
	for (const [symbol, iso] of Object.entries(SYMBOLS)) {
		if (text.includes(symbol)) {
			currency = iso;
			text = text.replace(symbol, '').trim();
		}
	}
	if (!currency) throw new ValueError(`no currency in amount ${JSON.stringify(raw)}`);
	const cents = parseDecimalCents(text, options.decimal, options.scale ?? 0, raw);
	return { cents, currency: CODES.get(currency) ?? currency };
}

/** Parses a plain decimal (`"36000.00"`, `"-30"`, `"2 622,5"`) into integer cents. */
export function parseDecimalCents(
	raw: string,
	decimal: '.' | ',' | undefined,
	scale = 0,
	original = raw
): number {
	let text = raw.replace(/[\s\u00a0\u202f]+/g, '');
	const negative = /^-|^\(.*\)$/.test(text);
	text = text.replace(/^[-+]|^\(|\)$/g, '');
	const mark = decimal ?? inferDecimalMark(text, original);
	const thousands = mark === '.' ? ',' : '.';
	if (
		!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})*(\\${mark}\\d+)?$|^\\d+(\\${mark}\\d+)?$`).test(
			text
		)
	) {
		throw new ValueError(`not an amount: ${JSON.stringify(original)}`);
	}
	const [whole = '', fraction = ''] = text.split(thousands).join('').split(mark);
	const digits = whole + fraction.padEnd(2 + scale, '0');
	const exponent = fraction.length - 2 - scale;
	if (exponent > 0 && /[1-9]/.test(digits.slice(-exponent))) {
		throw new ValueError(`amount finer than a cent: ${JSON.stringify(original)}`);
	}
	const cents = Number(exponent > 0 ? digits.slice(0, -exponent) : digits);
	if (!Number.isSafeInteger(cents))
		throw new ValueError(`amount too large: ${JSON.stringify(original)}`);
	return negative ? -cents : cents;
}

function inferDecimalMark(text: string, original: string): '.' | ',' {
	const dot = text.lastIndexOf('.');
	const comma = text.lastIndexOf(',');
	if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
	const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : '.';
	// "1,102" or "1.102" alone could be either; refuse rather than guess ("0.005" cannot be grouping).
	if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) {
		throw new ValueError(`ambiguous decimal mark in ${JSON.stringify(original)}; say which`);
	}
	return mark;
}

/** Adds amounts of one currency exactly. */
export function sumMoney(amounts: readonly Money[], currency: Currency): Money {
	let cents = 0;
	for (const amount of amounts) {
		if (amount.currency === currency) cents += amount.cents;
	}
	return { cents, currency };
}

export const LVL_PER_EUR = 0.702804;

/** Formats cents as a plain decimal string: 120406 → "1204.06". */
export function centsToDecimal(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
