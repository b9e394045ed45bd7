import { describe, expect, it } from 'vitest';
import { PartyRegister } from '../../../../src/builder/parties/register';
import { resolveDetailed } from '../../../../src/builder/resolve/resolve';
import type { SourceRecord } from '../../../../src/builder/sources/source-records';
import {
	declaration,
	donation,
	organisation,
	party,
	person,
	post
} from '../../../fixtures/records';
import { FICTIONAL_PARTIES } from '../../../fixtures/party-register';

const register = PartyRegister.parse(FICTIONAL_PARTIES);
const anna = person('Anna Liepa', { maskedCode: '110471-*****' });
const memberOf = (name: string): SourceRecord =>
	post(person('Pēteris Kalns', { birthYear: 1970 }), {
		organisation: party(name),
		relation: 'member-of',
		role: 'partijas biedrs'
	});

/** A declaration whose post section names an organisation by name and reg. no., without a kind. */
const boardOf = (name: string, regNo: string): SourceRecord =>
	declaration(person('Pēteris Kalns', { birthYear: 1970 }), 2024, {
		items: [{ section: 'post', title: 'Valdes loceklis', organisation: { name, regNo } }]
	});

const partiesOf = (records: SourceRecord[]) => {
	const { data, unplacedParties } = resolveDetailed(records, {}, register);
	return {
		...data,
		parties: data.organisations.filter((o) => o.kind === 'party'),
		unplacedParties
	};
};

describe('resolve with a party register', () => {
	it('gives one party for the KNAB, list and press spellings, keyed by its reg. no.', () => {
		const { parties, donations, relations } = partiesOf([
			donation(anna, 'Saules Latvijai (Rīta Kustība)'),
			donation(anna, 'Politiskā partija "SAULES LATVIJAI"'),
			donation(anna, 'Rīta Kustība', { date: '2019-05-01' }),
			memberOf('SL')
		]);
		expect(parties.map((p) => p.id)).toEqual(['o-40008000011']);
		expect(new Set(donations.map((d) => d.party))).toEqual(new Set(['o-40008000011']));
		expect(relations.find((r) => r.kind === 'member-of')?.to).toBe('o-40008000011');
		const [saules] = parties;
		expect(saules).toMatchObject({ name: 'SAULES LATVIJAI', regNo: '40008000011', kind: 'party' });
		// The names it was published under, and the register's short and former names, for search.
		expect(saules!.otherNames).toEqual(
			expect.arrayContaining([
				'Saules Latvijai (Rīta Kustība)',
				'Politiskā partija "SAULES LATVIJAI"',
				'Rīta Kustība',
				'SL'
			])
		);
		expect(saules!.isUnplaced).toBeUndefined();
		expect(saules!.sources).toContainEqual({
			dataset: 'party-register',
			record: 'parties.json:saules-latvijai'
		});
	});

	it('meets the party that a declaration names only by reg. no., and calls it a party, not an NGO', () => {
		const { organisations } = partiesOf([
			donation(anna, 'SAULES LATVIJAI'),
			boardOf('Saules Latvijai', '40008000011')
		]);
		expect(organisations.filter((o) => o.regNo === '40008000011')).toEqual([
			expect.objectContaining({ id: 'o-40008000011', kind: 'party' })
		]);
	});

	it('leaves an unknown 40008 number an NGO, and does not place an organisation by name alone', () => {
		const { organisations } = partiesOf([boardOf('SAULES LATVIJAI', '40008000099')]);
		expect(organisations.find((o) => o.regNo === '40008000099')?.kind).toBe('ngo');
	});

	it('keys a party without a verified number by its register id', () => {
		const { parties } = partiesOf([donation(anna, 'Zemes partija'), memberOf('ZP')]);
		expect(parties.map((p) => p.id)).toEqual(['o-party-zemes-partija']);
	});

	it('keeps a name the register cannot place as published, flagged, and reports its records', () => {
		const records = [
			donation(anna, 'Rīta Gaisma'),
			donation(anna, '"RĪTA GAISMA"'),
			donation(anna, 'Saules Latvija')
		];
		const { parties, unplacedParties } = partiesOf(records);
		// Same folded name is one unplaced party; "Saules Latvija" is not guessed to be Saules Latvijai.
		expect(parties.map((p) => [p.name, p.isUnplaced])).toEqual(
			expect.arrayContaining([
				['Rīta Gaisma', true],
				['Saules Latvija', true]
			])
		);
		expect(parties).toHaveLength(2);
		expect(unplacedParties.map((u) => [u.name, u.count])).toEqual([
			['"RĪTA GAISMA"', 1],
			['Rīta Gaisma', 1],
			['Saules Latvija', 1]
		]);
		expect(unplacedParties[2]!.sources).toEqual([records[2]!.source]);
	});

	it('does not place a name whose reg. no. contradicts the register', () => {
		const contradicting: SourceRecord = {
			type: 'organisation',
			organisation: organisation('SAULES LATVIJAI', { regNo: '40008000077', kind: 'party' }),
			source: { dataset: 'register', record: 'register.csv:7' }
		};
		const { parties, unplacedParties } = partiesOf([contradicting]);
		expect(parties.map((p) => p.id)).toEqual(['o-40008000077']);
		expect(unplacedParties[0]?.reason).toContain('40008000011');
	});

	it('keeps an alliance and its members apart, linked by member-of citing the register', () => {
		const { parties, relations } = partiesOf([
			donation(anna, 'SAULES LATVIJAI'),
			donation(anna, 'Zemes partija'),
			donation(anna, 'Saules un Zemes savienība, Politisko partiju apvienība')
		]);
		expect(parties.map((p) => p.id).sort()).toEqual([
			'o-40008000011',
			'o-party-saules-un-zemes',
			'o-party-zemes-partija'
		]);
		const links = relations.filter((r) => r.to === 'o-party-saules-un-zemes');
		expect(
			links
				.filter((r) => r.kind === 'member-of')
				.map((r) => r.from)
				.sort()
		).toEqual(['o-40008000011', 'o-party-zemes-partija']);
		const saules = links.find((r) => r.from === 'o-40008000011')!;
		expect(saules).toMatchObject({ start: '2022-03-01', confidence: 'confirmed', facts: [] });
		expect(saules.evidence[0]!.sources).toEqual([
			{
				dataset: 'party-register',
				record: 'parties.json:saules-latvijai',
				url: 'https://example.org/parties'
			}
		]);
	});

	it('links no alliance that the sources do not mention', () => {
		const { relations, parties } = partiesOf([donation(anna, 'SAULES LATVIJAI')]);
		expect(parties).toHaveLength(1);
		expect(relations.filter((r) => r.kind === 'member-of')).toEqual([]);
	});

	it('lets a party spelled two ways corroborate a person link', () => {
		// A deputy listed with the party's short name, and a donor (no birth data) to its KNAB spelling.
		const records = [
			post(person('Ilze Ozola', { birthYear: 1980, party: 'SL' })),
			donation(person('Ilze Ozola'), 'Saules Latvijai (Rīta Kustība)')
		];
		expect(resolveDetailed(records, {}, register).data.people).toHaveLength(1);
		// Without the register the two spellings are two parties, so nothing corroborates the name.
		expect(resolveDetailed(records, {}).data.people).toHaveLength(2);
	});
});
