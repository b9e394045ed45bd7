import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PartyRegister } from '../../../../src/builder/parties/register';
import { entry, FICTIONAL_PARTIES, registerFile } from '../../../fixtures/party-register';

describe('PartyRegister.place', () => {
	const register = PartyRegister.parse(FICTIONAL_PARTIES);

	it.each([
		['SAULES LATVIJAI', 'saules-latvijai', 'name'],
		['Politiskā partija "Saules Latvijai"', 'saules-latvijai', 'name'],
		['Saules Latvijai (Rīta Kustība)', 'saules-latvijai', 'name'],
		['SL', 'saules-latvijai', 'name'],
		['"Rīta Kustība"', 'saules-latvijai', 'former'],
		['Saules un Zemes savienība, Politisko partiju apvienība', 'saules-un-zemes', 'name'],
		// a current name beats another entry's former name
		['Zemes partija', 'zemes-partija', 'name'],
		['ZP', 'zemes-partija', 'name']
	])('places %j as %s (by %s)', (name, id, by) => {
		expect(register.place(name)).toMatchObject({ entry: { id }, by });
	});

	it.each(['Zemes savienība', 'Saules Latvija', 'Rīta Gaisma', ''])('does not place %j', (name) =>
		expect(register.place(name)).toBeUndefined()
	);

	it('finds an entry by its reg. no. only when the register gives one', () => {
		expect(register.byRegNo('40008000011')?.id).toBe('saules-latvijai');
		expect(register.byRegNo('40008000012')).toBeUndefined();
		expect(register.byRegNo(undefined)).toBeUndefined();
	});
});

describe('PartyRegister.parse refuses a register that would make a placement a guess', () => {
	it.each([
		[
			'two entries claiming one name',
			[entry({ id: 'a', name: 'Rīts' }), entry({ id: 'b', name: 'Vakars', short: ['"RĪTS"'] })],
			'b and a both claim "rits"'
		],
		[
			'a number without its source',
			[entry({ id: 'a', name: 'Rīts', regNo: '40008000011' })],
			'a regNo needs regNoSource'
		],
		[
			'a number that is not 11 digits',
			[entry({ id: 'a', name: 'Rīts', regNo: '4000' })],
			'11 digits'
		],
		[
			'an uncited source',
			[entry({ id: 'a', name: 'Rīts', sources: ['nowhere'] })],
			'source "nowhere" is not in "sources"'
		],
		[
			'membership of a party',
			[
				entry({ id: 'a', name: 'Rīts', memberOf: [{ alliance: 'b', source: 'test' }] }),
				entry({ id: 'b', name: 'Vakars' })
			],
			'not an alliance'
		],
		['a bad id', [entry({ id: 'Rīts', name: 'Rīts' })], 'bad id'],
		[
			'an entry without its lists',
			[{ id: 'a', name: 'Rīts' } as unknown as ReturnType<typeof entry>],
			'a: needs a name and the lists published, short, formerNames, memberOf, sources'
		]
	])('%s', (_, parties, problem) => {
		expect(() => PartyRegister.parse(registerFile(parties))).toThrow(problem);
	});
});

describe('data/parties.json', () => {
	const file = JSON.parse(readFileSync('data/parties.json', 'utf8'));

	it('is a valid, real register: every fact cites a listed source', () => {
		const register = PartyRegister.parse(file, 'data/parties.json');
		expect(register.file.fictional).toBe(false);
		expect(register.entries.length).toBeGreaterThan(100);
	});

	it('gives a reg. no. only with the source that prints it', () => {
		for (const party of file.parties) {
			if (party.regNo === null) expect(party.regNoSource).toBeUndefined();
			else expect(file.sources[party.regNoSource]).toBeDefined();
		}
	});
});
