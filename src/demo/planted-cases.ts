/**
 * The machine-readable description of every planted case: which planted people and
 * companies it involves and which tagged rows belong to it (written to planted.json).
 */
import type { FlagKind } from '../model/flags';
import type { PlantedKey } from './planted';
import type { PlantedCompanies } from './planted-companies';

export interface PlantedCase {
	id: string;
	kind: string;
	description: string;
	people: { role: string; key: PlantedKey }[];
	companies: { role: string; key: keyof PlantedCompanies }[];
	/** Row tags whose rows belong to the case. */
	tags: string[];
	/** Red flags the builder must (or must not) give a planted person, or cite a tag's rows in. */
	flags?: FlagExpectation[];
}

export type FlagExpectation =
	| { flag: FlagKind; person: PlantedKey; year: number; flagged: boolean }
	| { flag: FlagKind; rowsOf: string; refundsOnly?: boolean };

const person = (role: string, key: PlantedKey) => ({ role, key });
const company = (role: string, key: keyof PlantedCompanies) => ({ role, key });
const flagged = (flag: FlagKind, key: PlantedKey, year: number, yes: boolean): FlagExpectation => ({
	flag,
	person: key,
	year,
	flagged: yes
});

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
			'A donation by the 1985 Jānis Krūmliņš typed "Janis Krumlins"; the code fragment is his.',
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
	},
	{
		id: 'flag-major-donor',
		kind: 'flag',
		description:
			'Major donor: the 1985 Jānis Krūmliņš gives EUR 3,100 in 2023, exactly five minimum wages (flagged); the 1971 deputy of that name pays EUR 600 in fees that year and is not flagged (summed together they would pass the mark); Gunta Eglīte gives EUR 2,499.99 in 2022, one cent under; the 1979-11-02 Anna Kalniņa gives EUR 2,600 in 2022 (flagged), her namesake born the same year is not.',
		people: [
			person('flagged donor', 'janisDonor'),
			person('namesake born 1971, not flagged', 'janisDeputy'),
			person('one cent under the mark', 'guntaBoard'),
			person('flagged donor', 'annaDonor'),
			person('namesake born 1979, not flagged', 'annaCouncil')
		],
		companies: [],
		tags: ['flag-major-donor', 'flag-major-donor-near-miss'],
		flags: [
			flagged('major-donor', 'janisDonor', 2023, true),
			flagged('major-donor', 'janisDeputy', 2023, false),
			flagged('major-donor', 'guntaBoard', 2022, false),
			flagged('major-donor', 'annaDonor', 2022, true),
			flagged('major-donor', 'annaCouncil', 2022, false)
		]
	},
	{
		id: 'flag-donations-over-income',
		kind: 'flag',
		description:
			"Donations above 30 % of the income declared the year before: Edgars Kļaviņš's 2023 gifts and fees are EUR 1 over 30 % of his 2022 declared income (flagged); Ilze Zariņa-Stūrīte's are exactly 30 % (not flagged).",
		people: [person('flagged official', 'edgarsCouncil'), person('exactly at 30 %', 'ilzeDouble')],
		companies: [],
		tags: ['flag-income', 'flag-income-near-miss'],
		flags: [
			flagged('donations-over-income', 'edgarsCouncil', 2023, true),
			flagged('donations-over-income', 'ilzeDouble', 2023, false)
		]
	},
	{
		id: 'flag-party-gifts',
		kind: 'flag',
		description:
			'Refunds and anonymous gifts: every planted refund (negative amount) is cited by a refunds flag of its party and year, every planted anonymous row (an anonymous refund too) by an anonymous-gifts flag.',
		people: [],
		companies: [],
		tags: ['refund', 'anonymous'],
		flags: [
			{ flag: 'refunds', rowsOf: 'refund', refundsOnly: true },
			{ flag: 'anonymous-gifts', rowsOf: 'anonymous' }
		]
	},
	{
		id: 'flag-declarations',
		kind: 'flag',
		description:
			"Declaration flags: Dace Liepa's 2023 savings and holdings grow by her 2023 income and EUR 1 (flagged), Linda Liepa-Krūmiņa's 2024 ones by exactly her income (not flagged); Māris Ozols declares assets of 10 × his 2022 income and EUR 1 (flagged), Anna Kalniņa (the council member) exactly 10 × her 2023 income (not flagged).",
		people: [
			person('savings grew by more than income', 'daceMinister'),
			person('savings grew by exactly the income', 'lindaDouble'),
			person('assets above 10 × income', 'marisDeputy'),
			person('assets exactly 10 × income', 'annaCouncil')
		],
		companies: [],
		tags: [],
		flags: [
			flagged('wealth-growth', 'daceMinister', 2023, true),
			flagged('wealth-growth', 'lindaDouble', 2024, false),
			flagged('assets-over-income', 'marisDeputy', 2022, true),
			flagged('assets-over-income', 'annaCouncil', 2023, false)
		]
	},
	{
		id: 'flag-companies',
		kind: 'flag',
		description:
			'Company flags: Edgars Kļaviņš declares shares in a company whose board members donate (shared company, flagged; his last declaration is 2025); the 1971 Jānis Krūmliņš sits on the board of a company with tax totals (flagged for 2024), his 1985 namesake holds shares but is no official (not flagged).',
		people: [
			person('declares a company tied to donors', 'edgarsCouncil'),
			person('official on a taxed company’s board', 'janisDeputy'),
			person('namesake, no official', 'janisDonor')
		],
		companies: [],
		tags: [],
		flags: [
			flagged('shared-company', 'edgarsCouncil', 2025, true),
			flagged('company-tax-overlap', 'janisDeputy', 2024, true),
			flagged('company-tax-overlap', 'janisDonor', 2024, false)
		]
	}
];
