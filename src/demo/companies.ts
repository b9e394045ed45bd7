/**
 * Fictional companies with their UR roles: board (officers), shareholders (members) and
 * beneficial owners. Business people are drawn from the same People registry as officials
 * and donors, so a board member can also be a donor with the same birth date everywhere.
 */
import { dayNumber, fromDayNumber, isoDate } from './format';
import { inventBrand } from './orgs';
import { adultDate, type People } from './people';
import { randomAddress } from './places';
import type { Rng } from './random';
import type { RegNoIssuer } from './regno';
import type { Company, CompanyForm, Officer } from './types';

export class Companies {
	readonly all: Company[] = [];
	/** People who already hold a company role, for serial entrepreneurs. */
	readonly businessPeople: number[] = [];
	#brands = new Set<string>();

	constructor(
		private readonly rng: Rng,
		private readonly regNos: RegNoIssuer,
		private readonly people: People
	) {}

	/** A company with a unique brand; roles are added by the caller or by `staff`. */
	create(form: CompanyForm, options: { brand?: string; nace?: string } = {}): Company {
		const rng = this.rng;
		let idea = { brand: options.brand ?? '', nace: options.nace ?? '' };
		while (!idea.brand || this.#brands.has(idea.brand)) {
			idea = inventBrand(rng);
			// A few names carry a semicolon, which UR's semicolon-delimited files must quote.
			if (rng.chance(0.004))
				idea.brand = `${idea.brand}; ${rng.pick(['Serviss', 'Būve', 'Grupa'])}`;
		}
		this.#brands.add(idea.brand);
		const company = describeCompany(rng, form, idea, this.all.length, (prefix) =>
			this.regNos.issue(prefix)
		);
		this.all.push(company);
		return company;
	}

	/** A business person: mostly someone new, sometimes a serial entrepreneur. */
	pickPerson(): number {
		const rng = this.rng;
		if (this.businessPeople.length > 20 && rng.chance(0.22)) return rng.pick(this.businessPeople);
		const person = this.people.addRandom(rng, { bornFrom: 1945, bornTo: 2001 });
		this.businessPeople.push(person.id);
		return person.id;
	}

	/** Fills board, shareholders and beneficial owners the way the form requires. */
	staff(company: Company): void {
		const rng = this.rng;
		// Nobody joins a board or buys shares before turning 18.
		const since = (person: number, earliest = company.registered): string =>
			laterDate(rng, maxDate(earliest, this.#adult(person)));
		if (company.form === 'IK') {
			const owner = this.pickPerson();
			company.registered = maxDate(company.registered, this.#adult(owner));
			company.officers.push(officer(owner, 'OWNER', company.registered, true));
			company.owners.push(owner);
			return;
		}
		const boardSize = company.form === 'AS' ? rng.int(2, 4) : rng.weighted(BOARD_SIZES);
		const board: number[] = [];
		for (let i = 0; i < boardSize; i++) {
			const person = this.pickPerson();
			board.push(person);
			const position = boardSize > 1 && i === 0 ? 'CHAIR_OF_BOARD' : 'BOARD_MEMBER';
			const alone = boardSize === 1 || rng.chance(0.6);
			company.officers.push(officer(person, position, since(person), alone));
		}
		if (company.form === 'AS') {
			for (let i = 0; i < 3; i++) {
				const person = this.pickPerson();
				const position = i === 0 ? 'CHAIR_OF_SUPERVISORY_BOARD' : 'SUPERVISORY_BOARD_MEMBER';
				company.officers.push(officer(person, position, since(person), false));
			}
		}
		if (company.form === 'BDR' || company.form === 'AS') return this.#addOwners(company);
		const holders = rng.weighted(BOARD_SIZES);
		const nominalCents = rng.chance(0.8) ? 100 : rng.pick([1000, 2800, 14000]);
		const capital = rng.pick([2800, 2800, 5000, 10000, 50000]) * 100;
		const totalShares = Math.max(1, Math.round(capital / nominalCents));
		for (let i = 0; i < holders; i++) {
			const last = i === holders - 1;
			const shares = Math.floor(totalShares / holders) + (last ? totalShares % holders : 0);
			// One in ten stakes is held by another company (a holding), as in real group structures.
			const parent =
				i > 0 && this.all.length > 10 && rng.chance(0.1) ? rng.pick(this.all) : undefined;
			if (parent && parent.index !== company.index) {
				const holder = { kind: 'company' as const, company: parent.index };
				company.members.push({ holder, shares, nominalCents, since: company.registered });
				continue;
			}
			const boardMember = board[i];
			const person = boardMember !== undefined && rng.chance(0.6) ? boardMember : this.pickPerson();
			const adult = this.#adult(person);
			const from = adult > company.registered ? laterDate(rng, adult) : company.registered;
			company.members.push({
				holder: { kind: 'person', person },
				shares,
				nominalCents,
				since: from
			});
		}
		this.#addOwners(company);
	}

	#adult(person: number): string {
		return adultDate(this.people.get(person));
	}

	#addOwners(company: Company): void {
		const fromMembers = company.members.flatMap((m) =>
			m.holder.kind === 'person' ? [m.holder.person] : []
		);
		const owners =
			fromMembers.length > 0 ? fromMembers : company.officers.slice(0, 1).map((o) => o.person);
		// UR lacks a beneficial-owner record for about a fifth of companies.
		if (this.rng.chance(0.8)) {
			for (const owner of new Set(owners))
				if (!company.owners.includes(owner)) company.owners.push(owner);
		}
	}
}

/**
 * A company's own facts (no roles yet): registration year and number, address, NACE, tax
 * level, staff and sometimes a termination date. Shared with the full set's bulk companies.
 */
export function describeCompany(
	rng: Rng,
	form: CompanyForm,
	idea: { brand: string; nace: string },
	index: number,
	issue: (prefix: string) => string
): Company {
	const year = rng.weighted([
		[rng.int(1991, 2003), 3],
		[rng.int(2004, 2014), 4],
		[rng.int(2015, 2024), 3]
	] as const);
	const registered = isoDate(year, rng.int(1, 12), rng.int(1, 28));
	const prefix =
		form === 'IK' || form === 'BDR'
			? form === 'IK'
				? '50003'
				: '40008'
			: year < 2010 || form === 'AS'
				? '40003'
				: '40103';
	const small = form === 'IK' || form === 'BDR';
	// Log-normal-ish: most firms pay tens of thousands a year, a few pay millions.
	const taxBaseCents = Math.round(
		Math.exp(rng.next() * 5 + rng.next() * 5 + (small ? 6 : 8)) * 100
	);
	const company: Company = {
		index,
		regNo: issue(prefix),
		form,
		brand: idea.brand,
		address: randomAddress(rng),
		registered,
		nace: rng.chance(0.03) ? '' : idea.nace || inventBrand(rng).nace,
		taxBaseCents,
		employees: Math.round(taxBaseCents / 100 / rng.int(9000, 20000)),
		officers: [],
		members: [],
		owners: []
	};
	if (rng.chance(0.05) && year < 2022) {
		const end = rng.int(dayNumber(registered) + 700, dayNumber('2025-06-30'));
		company.terminated = fromDayNumber(end);
	}
	return company;
}

export const BOARD_SIZES = [
	[1, 70],
	[2, 20],
	[3, 10]
] as const;

function maxDate(a: string, b: string): string {
	return a > b ? a : b;
}

export function officer(
	person: number,
	position: Officer['position'],
	since: string,
	alone: boolean
): Officer {
	return { person, position, since, alone };
}

/** A date after `from` and before mid-2025, for appointments and share purchases. */
export function laterDate(rng: Rng, from: string): string {
	const start = dayNumber(from);
	return fromDayNumber(rng.int(start, Math.max(start, dayNumber('2025-06-30'))));
}
