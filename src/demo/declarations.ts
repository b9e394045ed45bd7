/**
 * Builds one annual declaration per official and year (2020–2025). Company posts and
 * shareholdings come from the register roles in the world, so what an official declares
 * matches UR's officers and members files; amounts drift from year to year.
 */
import type { Declaration, DeclaredPost, Payer } from './decl-types';
import { makeProfile } from './decl-profile';
import { plantDeclaration } from './planted-declarations';
import { dayNumber, fromDayNumber, isoDate } from './format';
import { fullName } from './people';
import { Rng } from './random';
import { longName, POSTS, rolesOf, shortName } from './decl-roles';
import type { Official, OfficialKind } from './types';
import type { World } from './world';

export { longName, shortName } from './decl-roles';

export const DECLARATION_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;

/** Typical yearly salary of a post, in euros. */
const SALARY: Record<OfficialKind, readonly [number, number]> = {
	deputy: [52_000, 72_000],
	minister: [68_000, 86_000],
	'state-secretary': [60_000, 75_000],
	council: [9_000, 36_000],
	executive: [50_000, 68_000],
	'municipal-board': [42_000, 70_000],
	'civil-servant': [26_000, 52_000]
};

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const euros = (rng: Rng, min: number, max: number) => rng.int(min * 100, max * 100);

export function buildDeclaration(world: World, official: Official, year: number): Declaration {
	const person = world.people.get(official.person);
	const profile = makeProfile(
		stream(world, `profile-${person.id}`),
		person,
		official.party !== undefined
	);
	const rng = stream(world, `${person.id}-${year}`);
	const roles = rolesOf(world, person.id);
	const female = person.sex === 'F' ? 1 : 0;

	const posts: DeclaredPost[] = [];
	const income: Declaration['income'] = [];
	const [low, high] = SALARY[official.kind];
	const growth = 1 + 0.04 * (year - 2020);
	income.push({
		payer: { kind: 'institution', institution: official.workplace },
		type: 'Alga',
		cents: Math.round(euros(rng, low, high) * growth)
	});
	for (const [company, role] of roles.officer) {
		if (yearOf(role.since) > year || (company.terminated && yearOf(company.terminated) < year))
			continue;
		posts.push({
			post: POSTS[role.position][female] ?? '',
			name: shortName(company),
			longName: longName(company),
			regNo: company.regNo,
			address: company.address,
			company
		});
		if (company.form !== 'BDR' && rng.chance(0.4))
			income.push({
				payer: { kind: 'company', company },
				type: 'Alga',
				cents: euros(rng, 3_000, 25_000)
			});
	}
	const party = official.party === undefined ? undefined : world.parties[official.party];
	if (party && profile.partyPost) {
		posts.push({
			post: POSTS.BOARD_MEMBER[female] ?? '',
			name: party.name,
			longName: party.name,
			regNo: party.regNo,
			address: party.address
		});
	}
	const shares = roles.member
		.filter(
			([company, m]) =>
				yearOf(m.since) <= year && !(company.terminated && yearOf(company.terminated) < year)
		)
		.map(([company, m]) => ({ company, count: m.shares, cents: m.shares * m.nominalCents }));
	for (const share of shares) {
		if (rng.chance(0.3))
			income.push({
				payer: { kind: 'company', company: share.company },
				type: 'Dividendes',
				cents: euros(rng, 500, 40_000)
			});
	}
	const banks = world.banks
		.slice(0, profile.bankCount)
		.map((bank) => ({ bank, cents: euros(rng, 2_000, 180_000), currency: 'EUR' as const }));
	for (const { bank } of banks)
		if (rng.chance(0.3))
			income.push({
				payer: { kind: 'company', company: bank },
				type: 'Procenti',
				cents: euros(rng, 1, 900)
			});
	if (rng.chance(0.1))
		income.push({
			payer: { kind: 'company', company: rng.pick(world.companies) },
			type: 'Autoratlīdzība',
			cents: euros(rng, 200, 6_000)
		});
	const giver = profile.family.find((f) => f.relation !== 'Laulātais');
	if (giver && rng.chance(0.05))
		income.push({
			payer: { kind: 'person', name: giver.name } satisfies Payer,
			type: 'Dāvinājums',
			cents: euros(rng, 300, 5_000)
		});

	const debts =
		profile.mortgageCents > 0 && profile.mortgageFrom <= year
			? [
					{
						cents: Math.max(
							0,
							profile.mortgageCents - (year - profile.mortgageFrom) * rng.int(5_000, 9_000) * 100
						),
						currency: 'EUR' as const
					}
				].filter((d) => d.cents > 0)
			: [];
	const filedDay = dayNumber(isoDate(year + 1, 2, 10)) + rng.int(0, 49);
	const declaration: Declaration = {
		official,
		person,
		year,
		filed: fromDayNumber(filedDay),
		published: fromDayNumber(filedDay + rng.int(14, 30)),
		posts,
		estates: profile.estates,
		shares,
		vehicles: profile.vehicles.filter((v) => v.registered <= year),
		cash: profile.hasCash ? [{ cents: euros(rng, 9, 60) * 1000, currency: 'EUR' }] : [],
		banks,
		income,
		transactions: rng.chance(0.08)
			? [
					{
						type: rng.pick([
							'Nekustamā īpašuma pirkšana',
							'Nekustamā īpašuma pārdošana',
							'Automašīnas pirkšana'
						]),
						cents: euros(rng, 15_000, 250_000),
						currency: 'EUR'
					}
				]
			: [],
		debts,
		loans: rng.chance(0.05) ? [{ cents: euros(rng, 10, 80) * 1000, currency: 'EUR' }] : [],
		other: rng.chance(0.03)
			? [
					`${year}. gadā ${fullName(person)} kopīpašumā ar laulāto iegādājās dzīvokli, izmantojot kredītu.`
				]
			: [],
		family: profile.family.map(({ name, relation }) => ({ name, relation })),
		pension: profile.pension
	};
	return plantDeclaration(world, declaration, (y) => buildDeclaration(world, official, y));
}

/** A stream keyed by label only, so one official's declarations do not depend on any other's. */
function stream(world: World, label: string): Rng {
	return new Rng(world.seed).fork(`declarations/${label}`);
}
