/**
 * VID declarations as the opendata.lv scraper saves them: one object (or an array of them)
 * with `type, name, workplace, workplace_role, date_added, date_published, year, sections[],
 * sectionData{title: [row objects keyed by the Latvian column headers]}`. A "row" here is one
 * declaration: rejections point at its 1-based place in the array.
 */
import { ValueError } from '../../model/errors';
import { forEachJsonElement } from '../sources/json-array';
import type {
	Adapter,
	AdapterResult,
	DeclarationRecord,
	SourceFile
} from '../sources/source-records';
import type { SectionRow } from './declaration-items';
import {
	buildDeclaration,
	VID_PROVENANCE,
	type DeclarationDraft,
	type DraftSection
} from './vid-declaration-build';
import { recordRef } from '../sources/record-ref';

export const vidDeclarationJson: Adapter = {
	format: 'vid-declaration-json',
	description: 'VID public officials’ declarations, opendata.lv scraper JSON (one or an array)',
	detect,
	read,
	provenance: VID_PROVENANCE
};

// The scraper writes these keys first; looking at the start keeps detection cheap on big arrays.
function detect(file: SourceFile): boolean {
	const head = file.text.slice(0, 64 * 1024);
	return (
		/^\s*[[{]/.test(head) && /"workplace_role"\s*:/.test(head) && /"date_added"\s*:/.test(head)
	);
}

function read(file: SourceFile, options: { dataset: string }): AdapterResult {
	const result: AdapterResult & { records: DeclarationRecord[] } = {
		records: [],
		rejected: [],
		warnings: [],
		rowsRead: 0
	};
	const readOne = (value: unknown, i: number) => {
		const line = i + 1;
		const label = `declaration #${line}`;
		if (!isObject(value)) {
			result.rejected.push({ line, reason: `${label}: not an object` });
			return;
		}
		const draft = toDraft(value, line, label, result.rejected);
		const built = buildDeclaration(draft, {
			dataset: options.dataset,
			record: recordRef(file.name, line, '#')
		});
		if (built.record) result.records.push(built.record);
		result.rejected.push(...built.rejected);
		result.warnings.push(...built.warnings);
	};
	try {
		// One declaration parsed at a time: a national file as one tree would be many times its size.
		result.rowsRead = forEachJsonElement(file.text, readOne);
	} catch (error) {
		if (!(error instanceof SyntaxError)) throw error;
		// A file that does not parse has no rows to reject: it is refused, saying why.
		throw new ValueError(`${file.name}: not valid JSON: ${error.message}`);
	}
	return result;
}

function toDraft(
	value: Record<string, unknown>,
	line: number,
	label: string,
	rejected: AdapterResult['rejected']
): DeclarationDraft {
	const data = isObject(value.sectionData) ? value.sectionData : {};
	const listed = Array.isArray(value.sections) ? value.sections.map(text) : [];
	// `sections` gives the order; a title only in sectionData is still read, never lost.
	const titles = [...new Set([...listed, ...Object.keys(data)])];
	const sections: DraftSection[] = titles.map((title) => {
		const rows = data[title] ?? [];
		if (!Array.isArray(rows)) {
			rejected.push({ line, reason: `${label}, "${title.slice(0, 40)}": rows are not a list` });
			return { title, rows: [] };
		}
		return {
			title,
			rows: rows.flatMap((row, r) => {
				if (isObject(row)) return [{ line, cells: cellsOf(row) }];
				rejected.push({
					line,
					reason: `${label}, "${title.slice(0, 40)}" row ${r + 1}: not an object`
				});
				return [];
			})
		};
	});
	return {
		line,
		label,
		kindText: optional(value.type),
		name: optional(value.name),
		institution: optional(value.workplace),
		post: optional(value.workplace_role),
		filed: optional(value.date_added),
		published: optional(value.date_published),
		year: optional(value.year),
		sections
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellsOf(row: Record<string, unknown>): SectionRow {
	return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)]));
}

// Scraped values are strings; anything else is kept as its JSON text rather than lost.
function text(value: unknown): string {
	if (value === null || value === undefined) return '';
	return (typeof value === 'string' ? value : JSON.stringify(value)).trim();
}

function optional(value: unknown): string | undefined {
	return text(value) || undefined;
}
