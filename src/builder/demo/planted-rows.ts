/**
 * The planted donation rows and the machine-readable description of every planted case.
 * Dates are chosen with days above 12 where it matters, so a reader can decide the
 * day/month order of the KNAB export from the data.
 */
import type { DonationRow, DonationKind, LedgerFile } from './donation-types';
import type { PlantedCompanies, PlantedKey, PlantedPeople } from './planted';

export interface PlantedRow extends DonationRow {
	file: LedgerFile;
}

export interface PlantedCase {
	id: string;
	kind: string;
	description: string;
	people: { role: string; key: PlantedKey }[];
	companies: { role: string; key: keyof PlantedCompanies }[];
	/** Row tags whose rows belong to the case. */
	tags: string[];
}

type Row = readonly [
	file: LedgerFile,
	date: string,
	party: number,
	euros: number,
	kind?: DonationKind
];

const BY_PERSON: Partial<Record<PlantedKey, readonly Row[]>> = {
	janisDonor: [
		['donations', '2019-03-15', 1, 50],
		['donations', '2020-11-27', 1, 100],
		['donations', '2023-05-30', 1, 100],
		['donations', '2025-04-22', 1, 150],
		['api', '2026-03-18', 1, 200]
	],
	annaCouncil: [
		['donations', '2021-05-14', 2, 300],
		['donations', '2022-09-16', 2, 500],
		['donations', '2025-05-20', 2, 300]
	],
	annaDonor: [
		['donations', '2020-06-25', 4, 1000],
		['donations', '2022-09-28', 4, 2600],
		['donations', '2023-10-13', 4, 200],
		['donations', '2024-12-17', 4, 100]
	],
	marisDeputy: [
		['donations', '2019-09-26', 1, 500],
		['donations', '2021-05-28', 1, 1000],
		['donations', '2022-08-31', 1, 2000],
		['donations', '2022-09-23', 1, 1500],
		['donations', '2024-06-18', 1, 700],
		['donations', '2025-05-29', 1, 1000],
		...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year): Row => [
			'fees',
			`${year}-01-25`,
			1,
			600,
			'Biedra nauda'
		]),
		['api', '2026-01-23', 1, 600, 'Biedra nauda'],
		['api', '2026-07-20', 1, 1200]
	],
	janisDeputy: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year): Row => [
		'fees',
		`${year}-02-17`,
		0,
		600,
		'Biedra nauda'
	]),
	daceMinister: [['donations', '2023-03-21', 0, 1000]],
	edgarsCouncil: [2020, 2021, 2022, 2023, 2024, 2025].map((year): Row => [
		'fees',
		`${year}-03-13`,
		5,
		240,
		'Biedra nauda'
	]),
	raimondsBoard: [
		['donations', '2019-08-14', 5, 1000],
		['donations', '2021-05-21', 5, 2000],
		['donations', '2022-09-15', 5, 3000],
		['donations', '2025-05-16', 5, 1500],
		['api', '2026-09-14', 5, 2000]
	],
	guntaBoard: [
		['donations', '2021-05-26', 5, 500],
		['donations', '2022-09-20', 5, 1500],
		['donations', '2024-11-19', 5, 300]
	],
	ilzeDouble: [
		['donations', '2021-05-17', 3, 150],
		['donations', '2025-05-23', 3, 250],
		['fees', '2020-02-14', 3, 20, 'Iestāšanās maksa'],
		...[2020, 2021, 2022, 2023, 2024, 2025].map((year): Row => [
			'fees',
			`${year}-02-14`,
			3,
			120,
			'Biedra nauda'
		])
	],
	lindaDouble: [['donations', '2022-08-25', 2, 800]],
	valdisTypo: [
		['donations', '2019-05-22', 4, 20],
		['donations', '2023-12-28', 4, 25]
	]
};

function row(
	file: LedgerFile,
	date: string,
	party: number,
	euros: number,
	kind: DonationKind = 'Nauda'
) {
	return { file, date, party, cents: Math.round(euros * 100), kind };
}

export function plantedRows(p: PlantedPeople, c: PlantedCompanies): PlantedRow[] {
	const rows: PlantedRow[] = [];
	for (const [key, list] of Object.entries(BY_PERSON) as [PlantedKey, readonly Row[]][]) {
		for (const [file, date, party, euros, kind] of list) {
			rows.push({
				...row(file, date, party, euros, kind),
				donor: { type: 'person', person: p[key].id }
			});
		}
	}
	const person = (key: PlantedKey, extra: { name?: string; code?: string }) => ({
		type: 'person' as const,
		person: p[key].id,
		...extra
	});
	const tagged = (tag: string, r: ReturnType<typeof row>, donor: DonationRow['donor']) =>
		rows.push({ ...r, donor, tag });
	// The same donor typed without diacritics, as careless data entry produces.
	tagged(
		'no-diacritics',
		row('donations', '2022-08-19', 1, 250),
		person('janisDonor', { name: 'Janis Berzins' })
	);
	tagged('refund', row('donations', '2022-08-16', 3, 3000), person('artursRefund', {}));
	tagged('refund', row('donations', '2022-09-21', 3, -1000), person('artursRefund', {}));
	tagged('refund', row('donations', '2024-10-15', 3, 500), person('artursRefund', {}));
	tagged('refund', row('donations', '2024-10-29', 3, -500), person('artursRefund', {}));
	tagged(
		'typo-code',
		row('donations', '2020-12-14', 4, 25),
		person('valdisTypo', { code: '1101477-*****' })
	);
	tagged(
		'typo-code',
		row('donations', '2021-05-18', 4, 30),
		person('valdisTypo', { code: '110147- *****' })
	);
	tagged(
		'typo-code',
		row('donations', '2024-02-13', 4, 25),
		person('valdisTypo', { code: '11047-*****' })
	);
	tagged(
		'foreign-code',
		row('donations', '2019-02-22', 0, 100),
		person('karlisForeign', { code: 'DE7703152*****' })
	);
	tagged(
		'foreign-code',
		row('donations', '2023-06-16', 0, 200),
		person('karlisForeign', { code: 'DE770315*****' })
	);
	tagged('anonymous', row('donations', '2021-04-16', 0, 20), { type: 'anonymous' });
	tagged('anonymous', row('donations', '2022-09-27', 2, 50), { type: 'anonymous' });
	tagged('anonymous', row('donations', '2023-03-29', 4, -10), { type: 'anonymous' });
	tagged('legal-entity-donor', row('donations', '2019-10-10', 1, 500), {
		type: 'company',
		company: c.marisCompany.index
	});
	return rows;
}

const person = (role: string, key: PlantedKey) => ({ role, key });
const company = (role: string, key: keyof PlantedCompanies) => ({ role, key });

export const PLANTED_CASES: readonly PlantedCase[] = [
	{
		id: 'namesake-different-birth-dates',
		kind: 'namesake',
		description: 'A deputy and a donor with the same name, born 1971 and 1985: two people.',
		people: [person('Saeima deputy', 'janisDeputy'), person('donor', 'janisDonor')],
		companies: [
			company('deputy sits on the board', 'janisDeputyCompany'),
			company('donor holds shares', 'janisDonorCompany')
		],
		tags: []
	},
	{
		id: 'same-name-same-birth-year',
		kind: 'namesake-same-year',
		description: 'Two people with the same name and birth year (1979) but different birth dates.',
		people: [
			person('Daugavpils council member', 'annaCouncil'),
			person('donor and company chair', 'annaDonor')
		],
		companies: [
			company('board seat of the council member', 'annaCouncilCompany'),
			company('board seat of the donor', 'annaDonorCompany')
		],
		tags: []
	},
	{
		id: 'name-orders-across-files',
		kind: 'name-order',
		description:
			'One person written "Ozols, Māris" (Saeima), "Ozols Māris" (UR), "MĀRIS OZOLS" (VID, KNAB API) and "Māris Ozols" (KNAB export).',
		people: [person('Saeima deputy', 'marisDeputy')],
		companies: [],
		tags: []
	},
	{
		id: 'missing-diacritics',
		kind: 'diacritics',
		description:
			'A donation by the 1985 Jānis Bērziņš typed "Janis Berzins"; the code fragment is his.',
		people: [person('donor', 'janisDonor')],
		companies: [],
		tags: ['no-diacritics']
	},
	{
		id: 'refunds',
		kind: 'refund',
		description: 'Donations refunded in part and in full (negative amounts), plus random refunds.',
		people: [person('donor', 'artursRefund')],
		companies: [],
		tags: ['refund', 'refund-random']
	},
	{
		id: 'anonymous-donors',
		kind: 'anonymous',
		description: 'ANONĪMS rows with a blank code, including an anonymous refund.',
		people: [],
		companies: [],
		tags: ['anonymous', 'anonymous-random']
	},
	{
		id: 'shares-board-donors',
		kind: 'shares-board-donor',
		description:
			'A Rīga council member declares shares in a company whose two board members donate to his party.',
		people: [
			person('declares shares', 'edgarsCouncil'),
			person('chair of the board, donor', 'raimondsBoard'),
			person('board member, donor', 'guntaBoard')
		],
		companies: [company('the company', 'sharesCompany')],
		tags: []
	},
	{
		id: 'deputy-also-donor',
		kind: 'official-donor',
		description:
			'A deputy who donates to his party; the code fragment matches his birth year in the Saeima list and his UR birth date.',
		people: [person('Saeima deputy and donor', 'marisDeputy')],
		companies: [company('his company', 'marisCompany')],
		tags: []
	},
	{
		id: 'legal-entity-donors',
		kind: 'legal-entity-donor',
		description:
			"Companies as donors: an 11-digit reg. no. in the code column (one is the deputy's company).",
		people: [],
		companies: [company('donor company', 'marisCompany')],
		tags: ['legal-entity-donor', 'legal-entity-random']
	},
	{
		id: 'minister-on-board',
		kind: 'minister-board',
		description:
			'The economics minister sits on a company board (UR officer, declared in section 2).',
		people: [person('minister', 'daceMinister')],
		companies: [company('board seat', 'ministerBoard')],
		tags: []
	},
	{
		id: 'double-surnames',
		kind: 'double-surname',
		description: 'Hyphenated double surnames in every file.',
		people: [
			person('Jelgava council member', 'ilzeDouble'),
			person('Saeima deputy', 'lindaDouble')
		],
		companies: [company('board seat', 'ilzeCompany'), company('shares', 'lindaCompany')],
		tags: []
	},
	{
		id: 'dirty-codes',
		kind: 'dirty-code',
		description: 'Typo codes (extra digit, missing digit, stray space) and foreign DE codes.',
		people: [person('typo codes', 'valdisTypo'), person('foreign code', 'karlisForeign')],
		companies: [],
		tags: ['typo-code', 'foreign-code', 'typo-code-random', 'foreign-code-random']
	}
];
