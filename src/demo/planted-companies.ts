/**
 * The planted companies and the register roles that tie planted people to them: the
 * shares-and-board case, the minister's board seat and the namesakes' companies.
 */
import { officer, type Companies } from './companies';
import type { PlantedPeople } from './planted';
import type { Company, Officer, Person } from './types';

export interface PlantedCompanies {
	/** The company whose shares Edgars Kļaviņš declares and whose board donates. */
	sharesCompany: Company;
	/** The company on whose board minister Dace Liepa sits. */
	ministerBoard: Company;
	/** The companies the two Anna Kalniņas each sit on. */
	annaCouncilCompany: Company;
	annaDonorCompany: Company;
	marisCompany: Company;
	janisDeputyCompany: Company;
	janisDonorCompany: Company;
	ilzeCompany: Company;
	lindaCompany: Company;
}

/** Creates the planted companies and the UR roles that tie planted people to them. */
export function plantCompanies(p: PlantedPeople, companies: Companies): PlantedCompanies {
	const sia = (brand: string, nace: string, registered: string) => {
		const company = companies.create('SIA', { brand, nace });
		company.registered = registered;
		delete company.terminated;
		return company;
	};
	const sharesCompany = sia('Sudraba Loģistika', '4941', '2011-05-17');
	sharesCompany.officers.push(
		officer(p.raimondsBoard.id, 'CHAIR_OF_BOARD', '2014-02-03', true),
		officer(p.guntaBoard.id, 'BOARD_MEMBER', '2018-09-12', false)
	);
	sharesCompany.members.push(
		{
			holder: { kind: 'person', person: p.edgarsCouncil.id },
			shares: 4000,
			nominalCents: 100,
			since: '2017-06-01'
		},
		{
			holder: { kind: 'person', person: p.raimondsBoard.id },
			shares: 6000,
			nominalCents: 100,
			since: '2011-05-17'
		}
	);
	sharesCompany.owners.push(p.raimondsBoard.id, p.edgarsCouncil.id);

	const ministerBoard = sia('Vēja Enerģija', '3511', '2009-10-05');
	ministerBoard.officers.push(officer(p.daceMinister.id, 'BOARD_MEMBER', '2018-04-16', true));
	companies.staff(ministerBoard);

	const withBoard = (
		brand: string,
		nace: string,
		registered: string,
		person: Person,
		since: string,
		position: Officer['position'] = 'BOARD_MEMBER'
	) => {
		const company = sia(brand, nace, registered);
		company.officers.push(officer(person.id, position, since, true));
		companies.staff(company);
		return company;
	};
	const annaCouncilCompany = withBoard(
		'Latgales Dārzi',
		'0130',
		'2006-03-21',
		p.annaCouncil,
		'2012-07-02'
	);
	const annaDonorCompany = withBoard(
		'Jūras Zivis',
		'1020',
		'2013-08-08',
		p.annaDonor,
		'2015-01-19',
		'CHAIR_OF_BOARD'
	);
	annaDonorCompany.owners.push(p.annaDonor.id);
	const marisCompany = withBoard(
		'Zemgales Būvmateriāli',
		'4673',
		'2002-11-11',
		p.marisDeputy,
		'2008-03-04'
	);
	marisCompany.members.push({
		holder: { kind: 'person', person: p.marisDeputy.id },
		shares: 1500,
		nominalCents: 100,
		since: '2008-03-04'
	});
	const janisDeputyCompany = withBoard(
		'Rīta Konsultācijas',
		'7022',
		'2010-02-09',
		p.janisDeputy,
		'2016-05-30'
	);
	const janisDonorCompany = sia('Ozolu Projekti', '7112', '2019-06-14');
	janisDonorCompany.members.push({
		holder: { kind: 'person', person: p.janisDonor.id },
		shares: 2800,
		nominalCents: 100,
		since: '2019-06-14'
	});
	janisDonorCompany.owners.push(p.janisDonor.id);
	companies.staff(janisDonorCompany);
	const ilzeCompany = withBoard('Kalnu Serviss', '4520', '2015-09-01', p.ilzeDouble, '2015-09-01');
	const lindaCompany = sia('Gaujas Tūrisms', '7911', '2012-04-24');
	lindaCompany.members.push({
		holder: { kind: 'person', person: p.lindaDouble.id },
		shares: 2800,
		nominalCents: 100,
		since: '2012-04-24'
	});
	lindaCompany.owners.push(p.lindaDouble.id);
	companies.staff(lindaCompany);
	return {
		sharesCompany,
		ministerBoard,
		annaCouncilCompany,
		annaDonorCompany,
		marisCompany,
		janisDeputyCompany,
		janisDonorCompany,
		ilzeCompany,
		lindaCompany
	};
}
