/**
 * The planted donation rows and the machine-readable description of every planted case.
 * Dates are chosen with days above 12 where it matters, so a reader can decide the
 * day/month order of the KNAB export from the data.
 */
import type { DonationRow, DonationKind, LedgerFile } from './donation-types';
import type { PlantedKey, PlantedPeople } from './planted';
import type { PlantedCompanies } from './planted-companies';

export interface PlantedRow extends DonationRow {
	file: LedgerFile;
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
		['donations', '2021-05-27', 5, 500],
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
		person('janisDonor', { name: 'Janis Krumlins' })
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
