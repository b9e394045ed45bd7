/**
 * Assembles a DeclarationRecord from a VID declaration as both VID layouts give it (the
 * portal page and the opendata.lv scraper JSON): header fields, then titled sections of
 * rows keyed by column headers. The two adapters differ only in how they find these.
 */
import { ValueError } from '../../model/errors';
import { displayName, foldText } from '../../model/fold-name';
import { parseDate } from '../../model/parse-date';
import type { DeclarationItem, DeclarationKind, PartialDate, SourceRef } from '../../model/types';
import type { DeclarationRecord, Provenance, RejectedRow } from '../sources/source-records';
import { readItem, type SectionRow } from './declaration-items';
import { cleanName, institutionKind, matchSection, sectionLabel } from './declaration-sections';

export const VID_PROVENANCE: Provenance = {
	publisher: 'Valsts ieņēmumu dienests (VID)',
	title: 'Valsts amatpersonu deklarācijas',
	url: 'https://www6.vid.gov.lv/VAD',
	licence: 'Public information (Law on Prevention of Conflict of Interest)'
};

export interface DraftRow {
	/** The line rejections of this row point at. */
	line: number;
	cells: SectionRow;
}

export interface DraftSection {
	title: string;
	rows: DraftRow[];
}

/** A declaration as published, before any interpretation; all values are raw text. */
export interface DeclarationDraft {
	/** Where the declaration starts (for its own rejection) and how messages name it. */
	line: number;
	label: string;
	kindText?: string;
	name?: string;
	institution?: string;
	post?: string;
	filed?: string;
	published?: string;
	/** A separate year field (the scraper JSON has one). */
	year?: string;
	sections: DraftSection[];
}

export interface DraftResult {
	record?: DeclarationRecord;
	rejected: RejectedRow[];
	warnings: string[];
}

/** Reads a draft into a record; rows that cannot be read are rejected, the rest kept. */
export function buildDeclaration(draft: DeclarationDraft, source: SourceRef): DraftResult {
	const rejected: RejectedRow[] = [];
	const warnings: string[] = [];
	const name = draft.name && cleanName(draft.name);
	if (!name) return reject(draft, 'no name of the official', rejected, warnings);
	const filed = date(draft.filed, 'filed', draft.label, warnings);
	let year = declarationYear(draft.kindText, draft.year);
	if (year === undefined && filed) {
		// Taking-office declarations name no year; the filing date is the best period there is.
		year = Number(filed.slice(0, 4));
		warnings.push(`${draft.label}: no year in the declaration; the filing year ${year} is used`);
	}
	const field = draft.year?.trim();
	if (year !== undefined && field && /^\d{4}$/.test(field) && Number(field) !== year) {
		warnings.push(
			`${draft.label}: the type says ${year}, the year field ${field}; ${year} is used`
		);
	}
	if (year === undefined) {
		const found = JSON.stringify(draft.kindText ?? draft.year ?? '');
		return reject(draft, `no year (type ${found})`, rejected, warnings);
	}
	// The bundle holds years 1900–2100; anything else is a misread, not a declaration year.
	if (year < 1900 || year > 2100) {
		return reject(draft, `year ${year} out of range`, rejected, warnings);
	}
	const items: DeclarationItem[] = [];
	for (const section of draft.sections) {
		const { section: kind, isKnown } = matchSection(section.title);
		const where = `${draft.label}, ${sectionLabel(section.title)}`;
		if (!isKnown && section.rows.length > 0) {
			warnings.push(
				`${where}: unknown section title; ${section.rows.length} row(s) kept as 'other'`
			);
		}
		if (kind === 'ignore') continue;
		section.rows.forEach((row, i) => {
			const outcome = readItem(kind, row.cells);
			if ('error' in outcome) {
				rejected.push({ line: row.line, reason: `${where} row ${i + 1}: ${outcome.error}` });
				return;
			}
			items.push(outcome.item);
			for (const warning of outcome.warnings) warnings.push(`${where} row ${i + 1}: ${warning}`);
		});
	}
	const institution = draft.institution && cleanName(draft.institution);
	const record: DeclarationRecord = {
		type: 'declaration',
		person: { type: 'person', name: displayName(name), institution: institution || undefined },
		year,
		kind: declarationKind(draft.kindText ?? ''),
		kindText: draft.kindText,
		institution: institution
			? { type: 'organisation', name: institution, kind: institutionKind(institution) }
			: undefined,
		post: draft.post,
		filed,
		published: date(draft.published, 'published', draft.label, warnings),
		items,
		source
	};
	return { record, rejected, warnings };
}

function reject(
	draft: DeclarationDraft,
	reason: string,
	rejected: RejectedRow[],
	warnings: string[]
): DraftResult {
	rejected.push({ line: draft.line, reason: `${draft.label}: ${reason}` });
	return { rejected, warnings };
}

/**
 * The declaration kind from its published type text.
 * @example declarationKind('Kārtējā gada deklarācija - par 2024. gadu') // 'annual'
 */
export function declarationKind(kindText: string): DeclarationKind {
	const text = foldText(kindText);
	if (text.includes('karteja gada')) return 'annual';
	if (text.includes('stajoties amata')) return 'taking-office';
	if (/beidzot pildit|atstajot amatu/.test(text)) return 'leaving-office';
	return 'other';
}

/** The year from "… par 2024. gadu", else from a separate year field. */
export function declarationYear(kindText?: string, yearField?: string): number | undefined {
	const fromText = /par\s+(\d{4})\.?\s*gad/i.exec(kindText ?? '');
	if (fromText) return Number(fromText[1]);
	const field = (yearField ?? '').trim();
	return /^\d{4}$/.test(field) ? Number(field) : undefined;
}

function date(
	raw: string | undefined,
	what: string,
	label: string,
	warnings: string[]
): PartialDate | undefined {
	if (!raw?.trim()) return undefined;
	try {
		return parseDate(raw, 'DMY');
	} catch (error) {
		if (!(error instanceof ValueError)) throw error;
		warnings.push(`${label}: ${what} date ${JSON.stringify(raw)} unreadable; left out`);
		return undefined;
	}
}
