/**
 * The key under which a party name meets the party register. Sources write one party many
 * ways: KNAB as "Current name (former names)", the Saeima list as a short name, registers with
 * the legal form before or after the name. The key folds case, diacritics, quotes and
 * punctuation, drops parenthesised parts and the legal-form words at either end, and nothing
 * else: "Jaunā konservatīvā partija" and "Konservatīvie" stay two keys; the register says they
 * are one party.
 */
import { foldText } from '../../model/fold-name';

/** Legal-form words as folded tokens, longest first: they are dropped only at the start or end. */
const AFFIXES: readonly (readonly string[])[] = [
	['politisko', 'partiju', 'apvieniba'],
	['politiska', 'partija'],
	['politiska', 'organizacija'],
	['partiju', 'apvieniba'],
	['partija']
];

/** Drops "(…)" groups, innermost first, so "A (B (C))" and "A (B) (likvidēta …)" both give "A". */
function dropParentheses(text: string): string {
	let out = text;
	for (let previous = ''; previous !== out;) {
		previous = out;
		out = out.replace(/\([^()]*\)/g, ' ');
	}
	return out;
}

function startsWith(tokens: readonly string[], affix: readonly string[]): boolean {
	return affix.every((word, i) => tokens[i] === word);
}

function endsWith(tokens: readonly string[], affix: readonly string[]): boolean {
	const offset = tokens.length - affix.length;
	return offset >= 0 && affix.every((word, i) => tokens[offset + i] === word);
}

/**
 * @example foldPartyName('Par Cilvēcīgu Latviju, Politiskā partija (KPV LV)') // 'par cilvecigu latviju'
 * @example foldPartyName('Politiskā partija "KOPĀ LATVIJAI"') // 'kopa latvijai'
 */
export function foldPartyName(name: string): string {
	let tokens = foldText(dropParentheses(name))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
	const isAffix = () => AFFIXES.some((a) => a.length === tokens.length && startsWith(tokens, a));
	for (let changed = true; changed && !isAffix();) {
		changed = false;
		for (const affix of AFFIXES) {
			// Never drop the whole name: "Politiskā partija" alone stays as it is.
			if (tokens.length > affix.length && startsWith(tokens, affix)) {
				tokens = tokens.slice(affix.length);
				changed = true;
			} else if (tokens.length > affix.length && endsWith(tokens, affix)) {
				tokens = tokens.slice(0, tokens.length - affix.length);
				changed = true;
			}
		}
	}
	return tokens.join(' ');
}
