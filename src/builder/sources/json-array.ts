/**
 * A big JSON array read one element at a time: the text is split at its top-level commas
 * (outside strings) and each element parsed on its own, so a file of many records never
 * becomes one tree of every record at once. Any other JSON value is parsed whole.
 */

/** Calls `visit` with each element in order and returns their number; throws SyntaxError on invalid JSON. */
export function forEachJsonElement(
	text: string,
	visit: (value: unknown, index: number) => void
): number {
	let at = skipSpace(text, 0);
	if (text.charCodeAt(at) !== 0x5b /* [ */) {
		visit(JSON.parse(text), 0);
		return 1;
	}
	at = skipSpace(text, at + 1);
	let index = 0;
	if (text.charCodeAt(at) === 0x5d /* ] */) return end(text, at + 1, 0);
	for (;;) {
		const stop = elementEnd(text, at);
		visit(JSON.parse(text.slice(at, stop)), index++);
		const next = text.charCodeAt(stop);
		if (next === 0x5d) return end(text, stop + 1, index);
		// elementEnd stops only at a top-level comma or bracket, or at the end of the text.
		if (next !== 0x2c /* , */) throw new SyntaxError('Unexpected end of JSON input');
		at = skipSpace(text, stop + 1);
	}
}

/** Where the element starting at `at` ends: the top-level `,` or `]` after it (or the text's end). */
function elementEnd(text: string, at: number): number {
	let depth = 0;
	for (let i = at; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22 /* " */) {
			for (i++; i < text.length; i++) {
				const s = text.charCodeAt(i);
				if (s === 0x5c /* \ */) i++;
				else if (s === 0x22) break;
			}
		} else if (c === 0x7b || c === 0x5b) depth++;
		else if (c === 0x7d || c === 0x5d) {
			if (depth === 0) return i;
			depth--;
		} else if (c === 0x2c && depth === 0) return i;
	}
	return text.length;
}

function end(text: string, at: number, count: number): number {
	const rest = skipSpace(text, at);
	if (rest < text.length)
		throw new SyntaxError(`Unexpected non-whitespace character after JSON at position ${rest}`);
	return count;
}

function skipSpace(text: string, at: number): number {
	while (at < text.length && /[ \t\n\r]/.test(text[at]!)) at++;
	return at;
}
