/**
 * The demo's party register (parties.json beside the demo sources), derived from the
 * fictional parties: their registered name, short name and reg. no. Demo builds use it in
 * place of the real register, so fictional parties never enter data/parties.json. It writes
 * the register's file format (model/party-register-file.ts).
 */
import type { PartyEntry, PartyRegisterFile } from '../model/party-register-file';
import { slug } from '../model/slug';
import { FileSink } from './sink';
import type { Party } from './types';

export const PARTIES_JSON = 'parties.json';

export function demoPartyRegister(parties: readonly Party[]): PartyRegisterFile {
	const entries = parties.map((party): PartyEntry => ({
		id: slug(party.short),
		kind: 'party',
		name: party.name,
		regNo: party.regNo,
		regNoSource: 'demo-ur',
		published: [],
		short: party.short === party.name ? [] : [party.short],
		formerNames: [],
		memberOf: [],
		sources: ['demo-ur', 'demo-knab']
	}));
	return {
		about:
			'Fictional party register for the demo data: one entry per invented party, derived by src/demo/write-parties.ts. Never mix it with data/parties.json.',
		fictional: true,
		sources: {
			'demo-ur': {
				title: 'Fictional party records (ur/register.csv)',
				publisher: 'Plainview demo'
			},
			'demo-knab': { title: 'Fictional donation ledgers (knab/)', publisher: 'Plainview demo' }
		},
		parties: entries.sort((a, b) => (a.id < b.id ? -1 : 1))
	};
}

export function writePartyRegister(parties: readonly Party[], root: string): number {
	const register = demoPartyRegister(parties);
	const sink = new FileSink(root, PARTIES_JSON);
	sink.write(`${JSON.stringify(register, null, '\t')}\n`);
	sink.close();
	return register.parties.length;
}
