/**
 * A VID portal declaration page (www6.vid.gov.lv/VAD, VADData) saved as HTML: a header table
 * (`Deklarācijas veids`, `Vārds, uzvārds`, institution, post, `Iesniegta VID`, `Publicēta`),
 * then `<h2>` section titles, each followed by none, one or two tables (section 6 has a cash
 * table and a bank table). A "row" is one table row; rejections point at its line in the file.
 */
import { load } from 'cheerio';
import { foldText } from '../../model/fold-name';
import type { Adapter, AdapterResult, RejectedRow, SourceFile } from '../sources/source-records';
import type { SectionRow } from './declaration-items';
import { sectionLabel } from './declaration-sections';
import {
	buildDeclaration,
	VID_PROVENANCE,
	type DeclarationDraft,
	type DraftSection
} from './vid-declaration-build';

export const vidDeclarationHtml: Adapter = {
	format: 'vid-declaration-html',
	description: 'VID public official’s declaration, portal page saved as HTML',
	detect,
	read,
	provenance: VID_PROVENANCE
};

function detect(file: SourceFile): boolean {
	const head = file.text.slice(0, 64 * 1024);
	return /<table/i.test(head) && /<h2/i.test(head) && /Deklarācijas\s+veids\s*:/.test(head);
}

type HeaderField = Exclude<keyof DeclarationDraft, 'line' | 'label' | 'sections' | 'year'>;

// Folded label beginnings; the institution label mentions "amatpersonu", so it goes first.
const HEADER_FIELDS: [RegExp, HeaderField][] = [
	[/^deklaracijas veids/, 'kindText'],
	[/^vards/, 'name'],
	[/darbavieta|institucija/, 'institution'],
	[/amats/, 'post'],
	[/^iesniegta/, 'filed'],
	[/^publiceta/, 'published']
];

// Tables met before any <h2> still get a title, so classification warns instead of skipping them.
const UNTITLED = '(table without a section title)';

function read(file: SourceFile, options: { dataset: string }): AdapterResult {
	const $ = load(file.text, { sourceCodeLocationInfo: true });
	const rejected: RejectedRow[] = [];
	const warnings: string[] = [];
	const header = $('table')
		.filter((_, table) => /deklaracijas veids/.test(foldText($(table).text())))
		.first();
	const draft: DeclarationDraft = {
		line: header.get(0)?.sourceCodeLocation?.startLine ?? 1,
		label: file.name,
		sections: []
	};
	header.find('tr').each((_, tr) => {
		const cells = $(tr).children('td, th');
		const label = clean(cells.eq(0).text()).replace(/:$/, '');
		const value = clean(cells.slice(1).text());
		const field = HEADER_FIELDS.find(([pattern]) => pattern.test(foldText(label)))?.[1];
		if (field) draft[field] = value || undefined;
		else warnings.push(`${file.name}: header field ${JSON.stringify(label)} not read`);
	});
	let rowsRead = 0;
	let current: DraftSection | undefined;
	$('h2, table').each((_, element) => {
		if (element === header.get(0)) return;
		if (element.tagName === 'h2') {
			current = { title: clean($(element).text()), rows: [] };
			draft.sections.push(current);
			return;
		}
		if (!current) {
			current = { title: UNTITLED, rows: [] };
			draft.sections.push(current);
		}
		const table: TableText = {
			headers: $(element)
				.find('tr')
				.first()
				.children('th')
				.map((_, th) => clean($(th).text()))
				.get(),
			body: $(element)
				.find('tr')
				.filter((_, tr) => $(tr).children('td').length > 0)
				.map((_, tr) => ({
					line: tr.sourceCodeLocation?.startLine ?? 0,
					cells: $(tr)
						.children('td')
						.map((_, td) => clean($(td).text()))
						.get()
				}))
				.get()
		};
		rowsRead += table.body.length;
		current.rows.push(
			...readTable(table, `${file.name}, ${sectionLabel(current.title)}`, rejected)
		);
	});
	const built = buildDeclaration(draft, { dataset: options.dataset, record: file.name });
	return {
		records: built.record ? [built.record] : [],
		rejected: [...rejected, ...built.rejected],
		warnings: [...warnings, ...built.warnings],
		rowsRead
	};
}

interface TableText {
	headers: string[];
	body: { line: number; cells: string[] }[];
}

/** Keys each body row by the table's own headers; a row that does not fit them is rejected. */
function readTable(
	{ headers, body }: TableText,
	where: string,
	rejected: RejectedRow[]
): DraftSection['rows'] {
	return body.flatMap(({ line, cells }) => {
		if (cells.length !== headers.length) {
			const count = `${cells.length} cells where the table header has ${headers.length}`;
			rejected.push({ line, reason: `${where}: ${count}` });
			return [];
		}
		const row: SectionRow = {};
		headers.forEach((name, i) => (row[name] = cells[i] ?? ''));
		return [{ line, cells: row }];
	});
}

/** Page text collapsed: the portal indents cells with tabs, newlines and `&nbsp;`. */
function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
