/**
 * The record part of a SourceRef (`<file>:<line>`, or `<file>#<n>` for an element or a page
 * row), and flat strings for it and for ids. A national build holds millions of them.
 */

/**
 * The parts as one flat string. `a + b` (and a template literal) of 13 characters or more
 * makes a rope that points at its parts; Array.join copies them into one string, so the
 * parts can go and the string costs its characters alone.
 */
export function flat(...parts: (string | number)[]): string {
	return parts.join('');
}

/** `<file>:<line>` (header = line 1), or with `mark` '#' `<file>#<n>`. */
export function recordRef(file: string, at: number | string, mark: ':' | '#' = ':'): string {
	return flat(file, mark, at);
}
