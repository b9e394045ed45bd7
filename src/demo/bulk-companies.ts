/**
 * The full set's bulk register: companies beyond the world's, each derived from its index
 * (so writers regenerate them one at a time instead of holding hundreds of thousands).
 * Their officers, members and owners are bulk people; some stakes are held by companies
 * of the world, and some bulk donors sit on boards. Reg. nos. take the 402 prefix, which
 * the world never issues, from a permutation of the seven digits after it.
 */
import { BOARD_SIZES, describeCompany, laterDate, officer } from './companies';
import { adultDate } from './people';
import { inventBrand } from './orgs';
import { regNoChecksum } from './regno';
import { containsForbidden, Rng } from './random';
import type { Company, CompanyForm, Member } from './types';
import type { World } from './world';

/** Person slots per bulk company (board, supervisory board, shareholders). */
export const SLOTS = 8;
const SPACE = 10_000_000;
const MULT = 7_654_321;

export interface BulkShape {
	companies: number;
	/** First bulk person id of the companies' people (after the bulk donors). */
	firstPerson: number;
	/** Bulk donor ids: [firstDonor, firstPerson). */
	firstDonor: number;
}

function bulkRegNo(i: number, count: number): string {
	for (let k = 0; (k + 1) * count <= SPACE; k++) {
		const body = `402${String((MULT * (k * count + i) + 104_729) % SPACE).padStart(7, '0')}`;
		const need = (3 - regNoChecksum(`${body}0`) + 11) % 11;
		const regNo = `${body}${need}`;
		if (need !== 10 && !containsForbidden(regNo)) return regNo;
	}
	throw new Error(`bulk company ${i}: no reg. no. left`);
}

/** Bulk company i (0-based), with its roles; its index follows the world's companies. */
export function bulkCompany(world: World, shape: BulkShape, i: number): Company {
	const rng = new Rng(world.seed).fork(`bulk-company/${i}`);
	const form = rng.weighted([
		['SIA', 78],
		['IK', 10],
		['AS', 2],
		['BDR', 10]
	] as const) as CompanyForm;
	const company = describeCompany(rng, form, inventBrand(rng), world.companies.length + i, () =>
		bulkRegNo(i, shape.companies)
	);
	// Serial entrepreneurs sit in an earlier company's first slot; some donors run firms.
	const pick = (slot: number): number => {
		const roll = rng.next();
		if (roll < 0.15 && i > 0) return shape.firstPerson + rng.int(0, i - 1) * SLOTS;
		if (roll < 0.2 && shape.firstPerson > shape.firstDonor)
			return rng.int(shape.firstDonor, shape.firstPerson - 1);
		return shape.firstPerson + i * SLOTS + slot;
	};
	const adult = (person: number) => adultDate(world.people.get(person));
	const since = (person: number) => {
		const from = adult(person);
		return laterDate(rng, from > company.registered ? from : company.registered);
	};
	if (form === 'IK') {
		const owner = pick(0);
		if (adult(owner) > company.registered) company.registered = adult(owner);
		company.officers.push(officer(owner, 'OWNER', company.registered, true));
		company.owners.push(owner);
		return company;
	}
	const boardSize = form === 'AS' ? rng.int(2, 4) : rng.weighted(BOARD_SIZES);
	const board: number[] = [];
	for (let slot = 0; slot < boardSize; slot++) {
		const person = pick(slot);
		if (board.includes(person)) continue;
		board.push(person);
		const position = boardSize > 1 && slot === 0 ? 'CHAIR_OF_BOARD' : 'BOARD_MEMBER';
		company.officers.push(
			officer(person, position, since(person), boardSize === 1 || rng.chance(0.6))
		);
	}
	if (form === 'AS') {
		for (let slot = 4; slot < 7; slot++) {
			const person = shape.firstPerson + i * SLOTS + slot;
			const position = slot === 4 ? 'CHAIR_OF_SUPERVISORY_BOARD' : 'SUPERVISORY_BOARD_MEMBER';
			company.officers.push(officer(person, position, since(person), false));
		}
	}
	if (form === 'SIA') {
		const holders = rng.weighted(BOARD_SIZES);
		const nominalCents = rng.chance(0.8) ? 100 : rng.pick([1000, 2800, 14000]);
		const total = Math.max(1, Math.round((rng.pick([2800, 5000, 10000]) * 100) / nominalCents));
		const seen = new Set<number>();
		for (let h = 0; h < holders; h++) {
			const shares = Math.floor(total / holders) + (h === holders - 1 ? total % holders : 0);
			let member: Member;
			if (h > 0 && rng.chance(0.1)) {
				const parent = rng.pick(world.companies);
				member = {
					holder: { kind: 'company', company: parent.index },
					shares,
					nominalCents,
					since: company.registered
				};
			} else {
				const person =
					board[h] !== undefined && rng.chance(0.6)
						? board[h]
						: shape.firstPerson + i * SLOTS + 4 + h;
				if (person === undefined || seen.has(person)) continue;
				seen.add(person);
				member = { holder: { kind: 'person', person }, shares, nominalCents, since: since(person) };
			}
			company.members.push(member);
		}
	}
	// UR lacks a beneficial-owner record for about a fifth of companies.
	if (rng.chance(0.8)) {
		const fromMembers = company.members.flatMap((m) =>
			m.holder.kind === 'person' ? [m.holder.person] : []
		);
		const owners = fromMembers.length > 0 ? fromMembers : board.slice(0, 1);
		company.owners.push(...new Set(owners));
	}
	return company;
}

/** Every company a register writer prints: the world's (in the given order), then the bulk. */
export function* allCompanies(world: World, ordered: readonly Company[]): Generator<Company> {
	yield* ordered;
	const shape = world.bulk;
	if (!shape) return;
	for (let i = 0; i < shape.companies; i++) yield bulkCompany(world, shape, i);
}
