/**
 * Context a declaration gives (issue 12, item 8): a post at a party, a deputy's mandate.
 * Upper-case portal names and mixed-case donors meet when the evidence supports it, and
 * stay apart when it does not.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from '../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../src/builder/sources/source-records';
import { declaration, donation, organisation, person, post } from '../../fixtures/records';

const PARTY = 'Zaļā nākotne';
const boardOf = (name: string, regNo: string) =>
	declaration(person('PĒTERIS KALNS'), 2024, {
		items: [{ section: 'post', title: 'Valdes loceklis', organisation: { name, regNo } }]
	});
const donor = (code: string) =>
	donation(person('Pēteris Kalns', { maskedCode: code }), `${PARTY}, politiskā partija`);

describe('a declaration naming a post at a party', () => {
	it('joins the upper-case declarant to the donor to that party, as probable, saying why', () => {
		const { people, relations } = resolve([
			boardOf(PARTY.toUpperCase(), '40008000001'),
			donor('210170-*****')
		]);
		expect(people).toHaveLength(1);
		expect(people[0]).toMatchObject({ name: 'Pēteris Kalns', birthYear: 1970 });
		const gift = relations.find((r) => r.kind === 'donated-to')!;
		expect(gift.confidence).toBe('probable');
		expect(gift.evidence).toContainEqual(
			expect.objectContaining({
				rule: 'same-name-context',
				values: expect.objectContaining({ party: `${PARTY}, politiskā partija` })
			})
		);
	});

	it('keeps them apart when the declaration names no post at that party', () => {
		const { people } = resolve([boardOf('Cita biedrība', '40008000002'), donor('210170-*****')]);
		expect(people).toHaveLength(2);
	});

	it('does not read a company that bears the party’s name as the party', () => {
		const { people } = resolve([boardOf(PARTY, '40003000003'), donor('210170-*****')]);
		expect(people).toHaveLength(2);
	});

	it('merges neither of two donors of that name to that party (two equally fitting)', () => {
		const { people, relations } = resolve([
			boardOf(PARTY, '40008000001'),
			donor('210170-*****'),
			donor('051185-*****')
		]);
		expect(people).toHaveLength(3);
		expect(
			relations.filter((r) => r.kind === 'donated-to' && r.confidence !== 'confirmed')
		).toEqual([]);
	});
});

describe('a deputy’s declaration filed at another institution', () => {
	const deputy = (birthYear: number): SourceRecord =>
		post(person('Kalns, Pēteris', { birthYear, institution: 'Latvijas Republikas Saeima' }));
	const atMinistry = (mandateIn?: string) =>
		declaration(person('Pēteris Kalns', { ...(mandateIn && { mandateIn }) }), 2019, {
			institution: organisation('Valsts kanceleja', { kind: 'institution' }),
			post: 'Ministrs'
		});

	it('joins the list’s deputy when the row carries the Saeima mandate', () => {
		const { people, declarations } = resolve([
			deputy(1970),
			atMinistry('Latvijas Republikas Saeima')
		]);
		expect(people).toHaveLength(1);
		expect(declarations[0]!.person).toBe(people[0]!.id);
	});

	it('stays apart without the mandate: the name alone is not enough', () => {
		expect(resolve([deputy(1970), atMinistry()]).people).toHaveLength(2);
	});

	it('stays apart when two deputies of that name fit equally', () => {
		const { people, declarations } = resolve([
			deputy(1970),
			deputy(1981),
			atMinistry('Latvijas Republikas Saeima')
		]);
		expect(people).toHaveLength(3);
		const declarant = people.find((p) => p.id === declarations[0]!.person)!;
		expect(declarant.birthYear).toBeUndefined();
	});
});
