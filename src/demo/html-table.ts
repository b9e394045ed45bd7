/** Tables and headings in the portal's own indentation (cells on their own lines). */
import { amountText } from './decl-render';

export function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type Cell = string | { money: string };

export function table(columns: readonly string[], rows: Cell[][]): string {
	const th = columns.map((c) => `\t\t\t<th>\n\t\t\t\t${escape(c)}\n\t\t\t</th>\n`).join('');
	const body = rows
		.map((cells) => {
			const tds = cells
				.map((cell) =>
					typeof cell === 'string'
						? `\t\t\t<td>\n\t\t\t\t${escape(cell)}\n\t\t\t</td>\n`
						: `\t\t\t<td class="money">\n\t\t\t\t${cell.money}\n\t\t\t</td>\n`
				)
				.join('');
			return `\t\t\n\t\t<tr>\n${tds}\t\t</tr>\n`;
		})
		.join('');
	return `<table>\n\t<thead>\n\t\t<tr>\n${th}\t\t</tr>\n\t</thead>\n\t<tbody>\n${body}\t\t\n\t</tbody>\n</table>\n\n`;
}

export function section(title: string, ...tables: (string | false)[]): string {
	return `<h2>${title}</h2>\n\n${tables.filter((t): t is string => t !== false).join('')}`;
}

export const money = (cents: number) => ({ money: amountText(cents) });
