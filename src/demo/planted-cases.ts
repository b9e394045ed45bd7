/**
 * The machine-readable description of every planted case: which planted people and
 * companies it involves and which tagged rows belong to it (written to planted.json).
 */
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
