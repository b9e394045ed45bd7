import { within } from '@testing-library/svelte';

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of each cell of each row (header row included), whitespace collapsed. */
export function rowsOf(table: HTMLElement): string[][] {
	return within(table)
		.getAllByRole('row')
		.map((row) => [...row.querySelectorAll('th, td')].map((cell) => clean(cell.textContent)));
}

/** Rows as one string each, cells joined by " | ". */
export function rowLines(table: HTMLElement): string[] {
	return rowsOf(table).map((cells) => cells.join(' | '));
}
