/**
 * VID tax totals per company from data.gov.lv: the annual file (`…komersantu_samaksato_nodoklu_kopsumas`,
 * current snake_case header or the older readable labels) and the quarterly one
 * (`pdb_samaksato_nodoklu_kopsummas_cet`). One row per company and year or quarter.
 */
import { ValueError } from '../../model/errors';
import { parseDecimalCents } from '../../model/parse-money';
import type { Money } from '../../model/types';
import { headerCells } from '../sources/csv';
import type {
	Adapter,
	OrganisationMention,
	SourceFile,
	TaxTotalRecord
} from '../sources/source-records';
import { foldHeader, type ColumnMatch, type ColumnSpec } from './columns';
import { collectRows, compact, headerProblem, openTable, optionalText, readRegNo } from './table';
import { recordRef } from '../sources/record-ref';

// The older readable labels; folded, they equal the current snake_case names (Taja_skaita_IIN).
const SPEC = {
	regNo: { names: ['Reģistrācijas kods'] },
	name: { names: ['Nosaukums'], optional: true },
	year: { names: ['Taksācijas gads'], optional: true },
	period: { names: ['Taksācijas gads ceturksnis'], optional: true },
	legalForm: { names: ['Uzņēmējdarbības forma'], optional: true },
	nace: { names: ['Pamatdarbības NACE kods', 'NACE kods'], optional: true },
	atvkCode: {
		names: ['Juridiskā adrese ATVK kods', 'Juridiskās adreses ATVK kods'],
		optional: true
	},
	municipality: {
		names: ['Juridiskā adrese ATVK nosaukums', 'Juridiskās adreses ATVK nosaukums'],
		optional: true
	},
	total: {
		names: [
			'Samaksāto VID administrēto nodokļu kopsumma, tūkst. EUR',
			'Samaksāto VID administrēto nodokļu kopsumma*',
			'Samaksāto nodokļu kopsumma*'
		],
		optional: true
	},
	iin: { names: ['Tajā skaitā, IIN', 'Tajā skaitā IIN*'], optional: true },
	vsaoi: { names: ['Tajā skaitā, VSAOI', 'Tajā skaitā VSAOI*'], optional: true },
	vat: { names: ['Tajā skaitā, PVN iemaksa', 'Tajā skaitā, PVN'], optional: true },
	employees: {
		names: ['Vidējais nodarbināto personu skaits, cilv.', 'Vidējais nodarbināto personu skaits*'],
		optional: true
	}
} as const satisfies ColumnSpec<string>;
type Column = keyof typeof SPEC;

const AMOUNTS = ['total', 'iin', 'vsaoi', 'vat'] as const;
type Amount = (typeof AMOUNTS)[number];
const FORMAT = 'vid-tax-totals-csv';
const QUARTER = /^(\d{4})\.\s*gada\s*([1-4])\.\s*ceturksnis$/i;

function periodAndAmount(columns: ColumnMatch<Column>): string[] {
	const missing: string[] = [];
	if (columns.index.year === undefined && columns.index.period === undefined) {
		missing.push(`${SPEC.year.names[0]}” or “${SPEC.period.names[0]}`);
	}
	if (AMOUNTS.every((column) => columns.index[column] === undefined)) {
		missing.push(SPEC.total.names[0]);
	}
	return missing;
}

/**
 * Why a file is not a VID tax-totals file, or undefined when it is. Derived tables (such as
 * joins of UR annual reports with VID figures) lack the year and the reg.-code column and are refused.
 */
export function vidTaxTotalsProblem(file: SourceFile): string | undefined {
	return headerProblem(headerCells(file.text), SPEC, periodAndAmount);
}

/**
 * The power of ten a column's figures are in, from its header: `tūkst. EUR` is thousands, a bare
 * `EUR` euros. The quarterly `Taja_skaita_IIN_summa`, `…_VSAOI_summa` and `…_PVN_iemaksa` name no
 * unit ("summa" is not "EUR"), so they take the unit of the file's own total column
 * (`…_kopsumma_tukst_EUR`): thousands, as the published quarterly tables and independent readers
 * of the file (e.g. saraksts.lv, which multiplies them by 1000) treat them.
 */
function columnScale(header: string | undefined, fallback: number): number {
	const key = foldHeader(header ?? '');
	if (key.includes('tukst')) return 3;
	if (key.endsWith('eur')) return 0;
	return fallback;
}

/** VID writes `2 622,5`; a file whose amounts hold points but no commas is read with points, and says so. */
function decideDecimalMark(cells: readonly string[]): { mark: '.' | ','; warning?: string } {
	const hasComma = cells.some((cell) => cell.includes(','));
	const hasPoint = cells.some((cell) => cell.includes('.'));
	if (hasPoint && !hasComma) {
		return { mark: '.', warning: 'amounts use a decimal point, not the usual comma; read so' };
	}
	return { mark: ',' };
}

function readAmount(
	raw: string | undefined,
	column: string,
	mark: '.' | ',',
	scale: number
): Money | undefined {
	const text = optionalText(raw);
	if (text === undefined) return undefined;
	try {
		return { cents: parseDecimalCents(text, mark, scale), currency: 'EUR' };
	} catch (error) {
		if (error instanceof ValueError) throw new ValueError(`${column}: ${error.message}`);
		throw error;
	}
}

function readPeriod(values: Partial<Record<Column, string>>): { year: number; quarter?: number } {
	if (values.period !== undefined) {
		const quarter = QUARTER.exec(values.period);
		if (!quarter) {
			throw new ValueError(
				`${SPEC.period.names[0]}: not a quarter: ${JSON.stringify(values.period)}`
			);
		}
		const year = Number(quarter[1]);
		if (!isModelYear(year)) {
			throw new ValueError(
				`${SPEC.period.names[0]}: year out of range: ${JSON.stringify(values.period)}`
			);
		}
		return { year, quarter: Number(quarter[2]) };
	}
	if (!/^\d{4}$/.test(values.year ?? '') || !isModelYear(Number(values.year))) {
		throw new ValueError(`${SPEC.year.names[0]}: not a year: ${JSON.stringify(values.year ?? '')}`);
	}
	return { year: Number(values.year) };
}

/** The years a bundle can hold (src/model/validate.ts); a 4-digit figure outside them is not a year. */
function isModelYear(year: number): boolean {
	return year >= 1900 && year <= 2100;
}

/** Average head count, which VID may give with a fraction (`12,5`). */
function readEmployees(raw: string | undefined, mark: '.' | ','): number | undefined {
	const text = optionalText(raw)?.replace(/[\s\u00a0\u202f]+/g, '');
	if (text === undefined) return undefined;
	const pattern = mark === ',' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
	if (!pattern.test(text)) {
		throw new ValueError(`${SPEC.employees.names[0]}: not a head count: ${JSON.stringify(raw)}`);
	}
	return Number(text.replace(',', '.'));
}

export const vidTaxTotalsCsv: Adapter = {
	format: FORMAT,
	description:
		'VID tax totals per company (data.gov.lv CSV; annual, older-label and quarterly headers)',
	detect: (file) => vidTaxTotalsProblem(file) === undefined,
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC, periodAndAmount);
		const { index, header } = table.columns;
		const amountCells = table.rows.flatMap(({ cells }) =>
			AMOUNTS.flatMap((column) => {
				const at = index[column];
				return at === undefined ? [] : [cells[at] ?? ''];
			})
		);
		const decimal = decideDecimalMark(amountCells);
		const fileScale = columnScale(header.total, 3);
		const scales = Object.fromEntries(
			AMOUNTS.map((column) => [column, columnScale(header[column], fileScale)])
		) as Record<Amount, number>;
		const warnings = decimal.warning ? [decimal.warning] : [];
		if (index.name === undefined) warnings.push('no Nosaukums column: company names left empty');
		return collectRows(
			table,
			({ values, line }) => {
				const regNo = readRegNo(values.regNo, SPEC.regNo.names[0]);
				const { year, quarter } = readPeriod(values);
				const amount = (column: Amount) =>
					readAmount(values[column], header[column] ?? column, decimal.mark, scales[column]);
				const nace = optionalText(values.nace);
				const company: OrganisationMention = compact({
					type: 'organisation',
					name: values.name ?? '',
					regNo,
					kind: 'company',
					country: 'LV',
					legalForm: optionalText(values.legalForm),
					nace,
					municipality: optionalText(values.municipality)
				});
				return compact<TaxTotalRecord>({
					type: 'tax-total',
					company,
					year,
					quarter,
					total: amount('total'),
					personalIncomeTax: amount('iin'),
					socialContributions: amount('vsaoi'),
					vat: amount('vat'),
					employees: readEmployees(values.employees, decimal.mark),
					nace,
					source: { dataset: options.dataset, record: recordRef(file.name, line) }
				});
			},
			warnings
		);
	},
	provenance: {
		publisher: 'Valsts ieņēmumu dienests (VID)',
		title: 'Komersantu samaksāto nodokļu kopsummas',
		url: 'https://data.gov.lv/dati/lv/dataset/pdb_nm_komersantu_samaksato_nodoklu_kopsumas',
		licence: 'CC0 1.0'
	}
};
