/**
 * Folding for search: foldText, but fast on many names, and remembering where each folded
 * character came from so ranges found in folded text can be marked in the published name.
 */
import { foldText } from '../../model/fold-name';
import type { MatchRanges } from './search-types';

const BLANK = ' ';
/** Folding of this character depends on its neighbours (final sigma, letters with spaces). */
const CONTEXTUAL = '\0';

const pieces = new Map<string, string>();

/** foldText for one code point, without collapsing spaces; cached, since names reuse letters. */
function foldPiece(char: string): string {
	let piece = pieces.get(char);
	if (piece === undefined) {
		piece = char.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
		if (/^\s+$/u.test(piece)) piece = BLANK;
		else if (/\s/u.test(piece) || char === 'Σ' || piece.includes(CONTEXTUAL)) piece = CONTEXTUAL;
		pieces.set(char, piece);
	}
	return piece;
}

/**
 * The same string as foldText, a cached code point at a time: folding is most of the index
 * build, and names reuse a few dozen letters.
 * @example foldName('  Jānis  BĒLDIŅŠ') // 'janis beldins'
 */
export function foldName(raw: string): string {
	let folded = '';
	let isSpaced = false;
	for (const char of raw) {
		const piece = foldPiece(char);
		if (piece === CONTEXTUAL) return foldText(raw);
		if (piece === BLANK) isSpaced = folded.length > 0;
		else if (piece.length > 0) {
			folded += isSpaced ? BLANK + piece : piece;
			isSpaced = false;
		}
	}
	return folded;
}

export interface FoldedText {
	/** The same string foldText() returns for the input (bar Greek final sigma). */
	folded: string;
	/** For each folded UTF-16 unit: first and last source index it came from. */
	starts: number[];
	ends: number[];
}

/**
 * Folds and keeps the way back: Latvian letters keep their length (ā→a), ß→ss and
 * ligatures (ﬁ→fi) grow, combining marks shrink; the maps absorb all three.
 * @example foldWithMap(' Bērziņš') // { folded: 'berzins', starts: [1, 2, …], … }
 */
export function foldWithMap(raw: string): FoldedText {
	let folded = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let space = -1;
	let index = 0;
	for (const char of raw) {
		const at = index;
		const last = at + char.length - 1;
		index += char.length;
		const piece = foldPiece(char);
		if (piece === BLANK) {
			if (folded.length > 0 && space < 0) space = at;
		} else if (piece.length === 0) {
			// A combining mark belongs to the letter before it.
			if (ends.length > 0 && space < 0) ends[ends.length - 1] = last;
		} else {
			if (space >= 0) {
				folded += BLANK;
				starts.push(space);
				ends.push(space);
				space = -1;
			}
			const text = piece === CONTEXTUAL ? char.toLowerCase() : piece;
			for (let i = 0; i < text.length; i++) {
				starts.push(at);
				ends.push(last);
			}
			folded += text;
		}
	}
	return { folded, starts, ends };
}

/** Maps ranges in folded text to the source string, merging ranges that touch. */
export function mapRanges(map: FoldedText, ranges: readonly (readonly [number, number])[]) {
	const mapped: MatchRanges = [];
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	for (const [from, to] of sorted) {
		const start = map.starts[from];
		const end = map.ends[Math.min(to, map.ends.length - 1)];
		if (start === undefined || end === undefined || end < start) continue;
		const previous = mapped[mapped.length - 1];
		if (previous && start <= previous[1] + 1) previous[1] = Math.max(previous[1], end);
		else mapped.push([start, end]);
	}
	return mapped;
}
