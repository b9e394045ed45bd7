/**
 * Finding CSV columns by header name rather than position: exports get reordered, and
 * hand-made headers drift in spelling (`Izglitība`/`Izglītība`, `Politiska`/`Politiskā`).
 */
import { foldHeader } from './columns';

/** A header folded to bare letters and digits: `Dāvinātājs` → `davinatajs`, `Deputāts/e` → `deputatse`. */
export const columnKey = foldHeader;

/** The first header whose folded key matches one of the patterns, in pattern order. */
export function findColumn(
	header: readonly string[],
	patterns: readonly RegExp[]
): string | undefined {
	for (const pattern of patterns) {
		const found = header.find((name) => pattern.test(columnKey(name)));
		if (found !== undefined) return found;
	}
	return undefined;
}

/** A short list of line numbers for a warning: the first few, then how many more. */
export function previewLines(lines: readonly number[], shown = 10): string {
	const head = lines.slice(0, shown).join(', ');
	return lines.length > shown ? `${head} and ${lines.length - shown} more` : head;
}
