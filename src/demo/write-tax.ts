/**
 * VID tax totals per company and year, as data.gov.lv publishes them: UTF-8 with a BOM,
 * every field quoted, amounts in thousands of euros with a decimal comma and space
 * grouping, NACE codes padded to six characters, `?` where there is no value. The 2021
 * file uses the older, readable header and NBSP grouping.
 */
import { allCompanies } from './bulk-companies';
import { BOM, NBSP, quoteAll, vidThousands } from './format';
import { registeredName } from './orgs';
import { Rng } from './random';
import { FileSink, type Tracker } from './sink';
import type { Company } from './types';
import type { World } from './world';

export const TAX_CSV = 'vid-tax/tax-totals.csv';
export const TAX_2021_CSV = 'vid-tax/tax-totals-2021.csv';
export const TAX_YEARS = [2022, 2023, 2024] as const;

export const TAX_HEADER = [
	'Registracijas_kods',
	'Nosaukums',
	'Taksacijas_gads',
	'Uznemejdarbibas_forma',
	'Pamatdarbibas_NACE_kods',
	'Juridiska_adrese_ATVK_kods',
	'Juridiska_adrese_ATVK_nosaukums',
	'Samaksato_VID_administreto_nodoklu_kopsumma_tukst_EUR',
	'Taja_skaita_IIN',
	'Taja_skaita_VSAOI',
	'Videjais_nodarbinato_personu_skaits_cilv'
] as const;

export const TAX_2021_HEADER = [
	'Reģistrācijas kods',
	'Nosaukums',
	'Taksācijas gads',
	'Uzņēmējdarbības forma',
	'Pamatdarbības NACE kods',
	'Juridiskās adreses ATVK kods',
	'Juridiskās adreses ATVK nosaukums',
	'Samaksāto VID administrēto nodokļu kopsumma, tūkst. EUR',
	'Tajā skaitā, IIN',
	'Tajā skaitā, VSAOI',
	'Vidējais nodarbināto personu skaits, cilv.'
] as const;

function activeIn(company: Company, year: number): boolean {
	const from = Number(company.registered.slice(0, 4));
	const to = company.terminated ? Number(company.terminated.slice(0, 4)) : 9999;
	return from <= year && year <= to;
}

/** One company-year; amounts drift around the company's typical level. */
function taxRow(world: World, company: Company, year: number, separator: string): string[] {
	const rng = new Rng(world.seed).fork(`tax-${company.index}-${year}`);
	const total = Math.round(
		company.taxBaseCents * (1 + 0.05 * (year - 2021)) * (0.7 + rng.next() * 0.6)
	);
	const employees = Math.max(0, Math.round(company.employees * (0.8 + rng.next() * 0.4)));
	const hasStaff = employees > 0;
	return [
		company.regNo,
		registeredName(company.form, company.brand),
		String(year),
		company.form,
		company.nace ? company.nace.padEnd(6, ' ') : '?',
		company.address.city.atvk,
		company.address.city.name,
		vidThousands(total, separator),
		hasStaff ? vidThousands(Math.round(total * (0.2 + rng.next() * 0.15)), separator) : '?',
		hasStaff ? vidThousands(Math.round(total * (0.3 + rng.next() * 0.2)), separator) : '?',
		hasStaff ? String(employees) : '?'
	];
}

function writeFile(
	world: World,
	root: string,
	relative: string,
	header: readonly string[],
	years: readonly number[],
	separator: string,
	tracker: Tracker
): number {
	const sink = new FileSink(root, relative);
	sink.write(`${BOM}${header.map(quoteAll).join(',')}\n`);
	const ordered = [...world.companies].sort((a, b) => (a.regNo < b.regNo ? -1 : 1));
	let line = 1;
	for (const company of allCompanies(world, ordered)) {
		for (const year of years) {
			if (!activeIn(company, year)) continue;
			sink.write(`${taxRow(world, company, year, separator).map(quoteAll).join(',')}\n`);
			line++;
			tracker.company(company.index, { file: relative, line });
		}
	}
	sink.close();
	return line - 1;
}

/** The full set's file of one tax year: the older header up to 2021, as VID published it. */
export const taxYearCsv = (year: number) => `vid-tax/tax-totals-${year}.csv`;

export function writeTaxTotals(
	world: World,
	root: string,
	tracker: Tracker
): Record<string, number> {
	const years = world.sizes.full?.taxYears;
	if (years) {
		const counts: Record<string, number> = {};
		for (const year of years) {
			const older = year <= 2021;
			const header = older ? TAX_2021_HEADER : TAX_HEADER;
			const file = taxYearCsv(year);
			counts[file] = writeFile(world, root, file, header, [year], older ? NBSP : ' ', tracker);
		}
		return counts;
	}
	return {
		[TAX_CSV]: writeFile(world, root, TAX_CSV, TAX_HEADER, TAX_YEARS, ' ', tracker),
		[TAX_2021_CSV]: writeFile(world, root, TAX_2021_CSV, TAX_2021_HEADER, [2021], NBSP, tracker)
	};
}
