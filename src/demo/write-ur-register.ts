/**
 * UR register.csv: one row per registered entity (companies, NGOs and the fictional
 * parties), with the name split around its quotes as UR does:
 * `"SIA ""Ziemeļu Koks""";SIA;Ziemeļu Koks;"";0;K;Komercreģistrs;…`.
 */
import { allCompanies } from './bulk-companies';
import { BOM, quoteMinimal } from './format';
import { registeredName } from './orgs';
import type { Address } from './places';
import { sepaCreditorId } from './regno';
import { FileSink, type Tracker } from './sink';
import type { Company, CompanyForm } from './types';
import type { World } from './world';

export const REGISTER_CSV = 'ur/register.csv';
export const REGISTER_HEADER =
	'regcode;sepa;name;name_before_quotes;name_in_quotes;name_after_quotes;without_quotes;regtype;regtype_text;type;type_text;registered;terminated;closed;address;index;addressid;region;city;atvk;reregistration_term';

const KINDS: Record<CompanyForm | 'PARTY', readonly [string, string, string, string]> = {
	SIA: ['K', 'Komercreģistrs', 'SIA', 'Sabiedrība ar ierobežotu atbildību'],
	AS: ['K', 'Komercreģistrs', 'AS', 'Akciju sabiedrība'],
	IK: ['K', 'Komercreģistrs', 'IK', 'Individuālais komersants'],
	BDR: ['B', 'Biedrību un nodibinājumu reģistrs', 'BDR', 'Biedrība'],
	PARTY: ['P', 'Politisko partiju reģistrs', 'PP', 'Politiskā partija']
};

interface Entry {
	regNo: string;
	name: string;
	kind: CompanyForm | 'PARTY';
	registered: string;
	terminated?: string;
	address: Address;
	company?: number;
}

/** Splits `SIA "Ziemeļu Koks"` into before / in / after; names without quotes leave them empty. */
function splitName(name: string): {
	before: string;
	inside: string;
	after: string;
	without: boolean;
} {
	const match = /^(.*?)\s*"(.*)"\s*(.*)$/.exec(name);
	if (!match) return { before: '', inside: '', after: '', without: true };
	return { before: match[1] ?? '', inside: match[2] ?? '', after: match[3] ?? '', without: false };
}

function line(e: Entry): string {
	const { before, inside, after, without } = splitName(e.name);
	const [regtype, regtypeText, type, typeText] = KINDS[e.kind];
	const q = (v: string) => quoteMinimal(v, ';');
	const cells = [
		e.regNo,
		sepaCreditorId(e.regNo),
		q(e.name),
		q(before),
		q(inside),
		// UR writes an empty name_after_quotes as "" when the name has quotes.
		without ? '' : after ? q(after) : '""',
		without ? '1' : '0',
		regtype,
		q(regtypeText),
		type,
		q(typeText),
		e.registered,
		e.terminated ?? '',
		e.terminated ? 'L' : ' ',
		q(`${e.address.city.name}, ${e.address.street} ${e.address.number}`),
		e.address.postcode,
		e.address.addressId,
		'0',
		e.address.city.cityCode,
		e.address.city.atvk,
		''
	];
	return `${cells.join(';')}\n`;
}

function companyEntry(c: Company): Entry {
	return {
		regNo: c.regNo,
		name: registeredName(c.form, c.brand),
		kind: c.form,
		registered: c.registered,
		...(c.terminated ? { terminated: c.terminated } : {}),
		address: c.address,
		company: c.index
	};
}

export function writeRegister(world: World, root: string, tracker: Tracker): number {
	const entries: Entry[] = [
		...world.companies.map(companyEntry),
		...world.parties.map((p): Entry => ({
			regNo: p.regNo,
			name: p.name,
			kind: 'PARTY',
			registered: p.registered,
			address: p.address
		}))
	].sort((a, b) => (a.regNo < b.regNo ? -1 : 1));
	const sink = new FileSink(root, REGISTER_CSV);
	sink.write(`${BOM}${REGISTER_HEADER}\n`);
	entries.forEach((entry, i) => {
		sink.write(line(entry));
		if (entry.company !== undefined)
			tracker.company(entry.company, { file: REGISTER_CSV, line: i + 2 });
	});
	let count = entries.length;
	for (const c of allCompanies(world, [])) {
		sink.write(line(companyEntry(c)));
		count++;
	}
	sink.close();
	return count;
}
