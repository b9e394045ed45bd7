/**
 * Enterprise Register (UR) open-data files: register, officers, members and beneficial
 * owners. Semicolon-delimited UTF-8 with a BOM and real quoting (names contain `"` and
 * sometimes `;`). People are "Surname Firstname" with a masked code and an ISO birth date.
 */
import { BOM, codeFragment, dayNumber, fromDayNumber, plainAmount, quoteMinimal } from './format';
import { registeredName } from './orgs';
import { Rng, safeNumber } from './random';
import { clearOfReal } from './real-clash';
import { FileSink, type Tracker } from './sink';
import type { Company, Holder, Person } from './types';
import { writeRegister } from './write-ur-register';
import { allCompanies } from './bulk-companies';
import type { World } from './world';

export const OFFICERS_CSV = 'ur/officers.csv';
export const MEMBERS_CSV = 'ur/members.csv';
export const OWNERS_CSV = 'ur/beneficial_owners.csv';

export const OFFICERS_HEADER =
	'id;uri;at_legal_entity_registration_number;entity_type;position;governing_body;name;latvian_identity_number_masked;birth_date;legal_entity_registration_number;rights_of_representation_type;representation_with_at_least;registered_on;last_modified_at';
export const MEMBERS_HEADER =
	'id;uri;at_legal_entity_registration_number;entity_type;name;latvian_identity_number_masked;birth_date;legal_entity_registration_number;number_of_shares;share_nominal_value;share_currency;date_from;registered_on;last_modified_at';
export const OWNERS_HEADER =
	'id;legal_entity_registration_number;forename;surname;latvian_identity_number_masked;birth_date;nationality;residence;registered_on;last_modified_at';

export function urLine(values: readonly string[]): string {
	return `${values.map((v) => quoteMinimal(v, ';')).join(';')}\n`;
}

/** A masked code, or '' for people registered with a foreign identity. */
function maskedCode(person: Person): string {
	return person.foreign ? '' : `${codeFragment(person.birth)}-*****`;
}

/** A day moved off a real KNAB row's (code fragment, day) pair, for a row printing `code`. */
function clearFor(code: string, day: string): string {
	return code ? clearOfReal([code.slice(0, 6)], day) : day;
}

/** `2021-03-15T10:22:31`: some days after the entry, at a working hour. */
function modifiedAt(rng: Rng, from: string): string {
	const day = fromDayNumber(Math.min(dayNumber(from) + rng.int(0, 400), dayNumber('2026-10-30')));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${day}T${pad(rng.int(8, 17))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
}

function byRegNo(world: World): Company[] {
	return [...world.companies].sort((a, b) => (a.regNo < b.regNo ? -1 : 1));
}

function writeOfficers(world: World, root: string, tracker: Tracker): number {
	const sink = new FileSink(root, OFFICERS_CSV);
	const rng = new Rng(world.seed).fork('ur-officers');
	sink.write(`${BOM}${OFFICERS_HEADER}\n`);
	let n = 0;
	for (const company of allCompanies(world, byRegNo(world))) {
		for (const officer of company.officers) {
			const person = world.people.get(officer.person);
			const id = String(safeNumber(3_000_000 + n * 7 + rng.int(0, 6)));
			const board = officer.position === 'CHAIR_OF_BOARD' || officer.position === 'BOARD_MEMBER';
			const body = board
				? 'EXECUTIVE_BOARD'
				: officer.position === 'OWNER'
					? ''
					: 'SUPERVISORY_BOARD';
			const rights = board
				? officer.alone
					? 'INDIVIDUALLY'
					: 'WITH_AT_LEAST'
				: officer.position === 'OWNER'
					? 'INDIVIDUALLY'
					: '';
			sink.write(
				urLine([
					id,
					`https://dati.ur.gov.lv/officers/${id}`,
					company.regNo,
					'NATURAL_PERSON',
					officer.position,
					body,
					`${person.last} ${person.first}`,
					maskedCode(person),
					person.birth,
					'',
					rights,
					board && !officer.alone ? '2' : '0',
					officer.since,
					modifiedAt(rng, officer.since)
				])
			);
			n++;
			tracker.person(person.id, { file: OFFICERS_CSV, line: n + 1 });
			tracker.company(company.index, { file: OFFICERS_CSV, line: n + 1 });
		}
	}
	sink.close();
	return n;
}

function holderCells(world: World, holder: Holder): [string, string, string, string, string] {
	if (holder.kind === 'person') {
		const p = world.people.get(holder.person);
		return ['NATURAL_PERSON', `${p.last} ${p.first}`, maskedCode(p), p.birth, ''];
	}
	if (holder.kind === 'institution')
		return ['LEGAL_ENTITY', holder.institution.display, '', '', holder.institution.regNo];
	const owner = world.companies[holder.company];
	if (!owner) throw new Error(`member row names unknown company ${holder.company}`);
	return ['LEGAL_ENTITY', registeredName(owner.form, owner.brand), '', '', owner.regNo];
}

function writeMembers(world: World, root: string, tracker: Tracker): number {
	const sink = new FileSink(root, MEMBERS_CSV);
	const rng = new Rng(world.seed).fork('ur-members');
	sink.write(`${BOM}${MEMBERS_HEADER}\n`);
	let n = 0;
	for (const company of allCompanies(world, byRegNo(world))) {
		for (const member of company.members) {
			const [type, name, code, birth, regNo] = holderCells(world, member.holder);
			const id = String(safeNumber(5_000_000 + n * 5 + rng.int(0, 4)));
			const registered = clearFor(code, fromDayNumber(dayNumber(member.since) + rng.int(0, 20)));
			sink.write(
				urLine([
					id,
					`https://dati.ur.gov.lv/members/${id}`,
					company.regNo,
					type,
					name,
					code,
					birth,
					regNo,
					String(member.shares),
					plainAmount(member.nominalCents),
					'EUR',
					member.since,
					registered,
					modifiedAt(rng, registered)
				])
			);
			n++;
			if (member.holder.kind === 'person')
				tracker.person(member.holder.person, { file: MEMBERS_CSV, line: n + 1 });
			tracker.company(company.index, { file: MEMBERS_CSV, line: n + 1 });
		}
	}
	sink.close();
	return n;
}

function writeOwners(world: World, root: string, tracker: Tracker): number {
	const sink = new FileSink(root, OWNERS_CSV);
	const rng = new Rng(world.seed).fork('ur-owners');
	sink.write(`${BOM}${OWNERS_HEADER}\n`);
	let n = 0;
	for (const company of allCompanies(world, byRegNo(world))) {
		for (const owner of company.owners) {
			const person = world.people.get(owner);
			// Beneficial owners were first registered in 2018.
			const from = company.registered > '2018-03-01' ? company.registered : '2018-03-01';
			const registered = clearFor(
				maskedCode(person),
				fromDayNumber(rng.int(dayNumber(from), Math.max(dayNumber(from), dayNumber('2025-06-30'))))
			);
			const country = person.foreign ?? 'LV';
			sink.write(
				urLine([
					String(safeNumber(7_000_000 + n)),
					company.regNo,
					person.first,
					person.last,
					maskedCode(person),
					person.birth,
					'LV',
					country,
					registered,
					modifiedAt(rng, registered)
				])
			);
			n++;
			tracker.person(person.id, { file: OWNERS_CSV, line: n + 1 });
			tracker.company(company.index, { file: OWNERS_CSV, line: n + 1 });
		}
	}
	sink.close();
	return n;
}

export function writeRegisterFiles(world: World, root: string, tracker: Tracker) {
	return {
		register: writeRegister(world, root, tracker),
		officers: writeOfficers(world, root, tracker),
		members: writeMembers(world, root, tracker),
		owners: writeOwners(world, root, tracker)
	};
}
