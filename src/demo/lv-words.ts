/**
 * Amounts in Latvian words, as declarations print cash and debts beside the figures:
 * 32500.00 → "trīsdesmit divi tūkstoši pieci simti eiro 00 centi".
 */

const UNITS = [
	'',
	'viens',
	'divi',
	'trīs',
	'četri',
	'pieci',
	'seši',
	'septiņi',
	'astoņi',
	'deviņi'
];
const TEENS = [
	'desmit',
	'vienpadsmit',
	'divpadsmit',
	'trīspadsmit',
	'četrpadsmit',
	'piecpadsmit',
	'sešpadsmit',
	'septiņpadsmit',
	'astoņpadsmit',
	'deviņpadsmit'
];
const TENS = [
	'',
	'',
	'divdesmit',
	'trīsdesmit',
	'četrdesmit',
	'piecdesmit',
	'sešdesmit',
	'septiņdesmit',
	'astoņdesmit',
	'deviņdesmit'
];

/** 1..999 in words. */
function belowThousand(n: number): string[] {
	const words: string[] = [];
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	if (hundreds === 1) words.push('viens simts');
	else if (hundreds > 1) words.push(`${UNITS[hundreds]} simti`);
	if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
	else {
		if (rest >= 20) words.push(TENS[Math.floor(rest / 10)] ?? '');
		if (rest % 10 > 0) words.push(UNITS[rest % 10] ?? '');
	}
	return words.filter((w) => w.length > 0);
}

/** "viens tūkstotis", "trīsdesmit viens tūkstotis", but "vienpadsmit tūkstoši". */
function scaleWord(n: number, singular: string, plural: string): string {
	return n % 10 === 1 && n % 100 !== 11 ? singular : plural;
}

export function integerWords(n: number): string {
	if (n === 0) return 'nulle';
	const words: string[] = [];
	const millions = Math.floor(n / 1_000_000);
	const thousands = Math.floor((n % 1_000_000) / 1000);
	const rest = n % 1000;
	if (millions > 0)
		words.push(...belowThousand(millions), scaleWord(millions, 'miljons', 'miljoni'));
	if (thousands > 0)
		words.push(...belowThousand(thousands), scaleWord(thousands, 'tūkstotis', 'tūkstoši'));
	if (rest > 0) words.push(...belowThousand(rest));
	return words.join(' ');
}

/** An amount in cents as the 2024 portal writes it in words. */
export function euroWords(cents: number): string {
	const abs = Math.abs(Math.round(cents));
	return `${integerWords(Math.floor(abs / 100))} eiro ${String(abs % 100).padStart(2, '0')} centi`;
}
