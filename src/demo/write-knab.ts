/**
 * KNAB files: the Delna exports (donations.csv in the a1 layout, membership-fees.csv in the
 * a2 layout) and the 2026 JSON API dump. Names in the exports are mixed case; the API
 * prints them upper case and its codes have no hyphen.
 */
import { KIND_IDS, type DonationRow, type LedgerFile } from './donation-types';
import { donorKey, flaggedDonors, ledgerYears, yearRows, yearTarget } from './donations';
import { codeFragment, csvLine, dotDate, plainAmount, slashDate } from './format';
import { upper } from './names';
import { safeNumber, type Rng } from './random';
import { FileSink, type Tracker } from './sink';
import type { Person } from './types';
import type { World } from './world';

export const DONATIONS_CSV = 'knab/donations.csv';
export const FEES_CSV = 'knab/membership-fees.csv';
export const API_JSON = 'knab/donations-2026.json';

/** A foreign donor's code as the export prints it: `DE` + birth date YYMMDD + a digit, masked. */
export function foreignCode(person: Person): string {
	const yymmdd = person.birth.slice(2, 4) + person.birth.slice(5, 7) + person.birth.slice(8, 10);
	return `${person.foreign ?? 'DE'}${yymmdd}${person.id % 10}*****`;
}

function nameAndCode(world: World, row: DonationRow): [string, string] {
	const donor = row.donor;
	if (donor.type === 'anonymous') return ['ANONĪMS', ''];
	if (donor.type === 'company') {
		const company = world.companies[donor.company];
		if (!company) throw new Error(`donation row names unknown company ${donor.company}`);
		// The export writes company donors as "BRAND FORM" with the reg. no. as the code.
		return [`${upper(company.brand)} ${company.form}`, company.regNo];
	}
	const person = world.people.get(donor.person);
	const code =
		donor.code ?? (person.foreign ? foreignCode(person) : `${codeFragment(person.birth)}-*****`);
	return [donor.name ?? `${person.first} ${person.last}`, code];
}

function track(
	tracker: Tracker,
	row: DonationRow,
	location: { file: string; line?: number; index?: number }
) {
	if (row.donor.type === 'person') tracker.person(row.donor.person, location);
	if (row.donor.type === 'company') tracker.company(row.donor.company, location);
	tracker.tag(row.tag, location);
}

/** Writes an a1/a2-layout export; returns the number of data rows. */
export function writeLedgerCsv(
	world: World,
	rng: Rng,
	root: string,
	file: 'donations' | 'fees',
	tracker: Tracker
): number {
	const relative = file === 'donations' ? DONATIONS_CSV : FEES_CSV;
	const sink = new FileSink(root, relative);
	const last = file === 'donations' ? 'Dāvinātājs' : 'Biedrs';
	sink.write(`,Partija,Veids,Vērtība,Name,Personas Kods,Datums,Flags,${last}\n`);
	const total = file === 'donations' ? world.sizes.donations : world.sizes.fees;
	let index = 0;
	let written = 0;
	const from = world.sizes.full?.donationsFrom;
	for (const year of ledgerYears(file, from)) {
		const rows = yearRows(
			world,
			rng.fork(`${file}-${year}`),
			file,
			year,
			yearTarget(file, total, year, from)
		);
		const flagged = flaggedDonors(rows, year);
		for (const row of rows) {
			// At national scale the running index would otherwise print a forbidden fragment.
			index = safeNumber(index);
			const [name, code] = nameAndCode(world, row);
			const party = world.parties[row.party]?.name ?? '';
			const key = donorKey(row.donor);
			const flag = key && flagged.has(key) ? 'above_yearly_limit' : '';
			const cells = [
				String(index),
				party,
				row.kind,
				`EUR ${plainAmount(row.cents)}`,
				name,
				code,
				slashDate(row.date),
				flag,
				name
			];
			sink.write(`${csvLine(cells)}\n`);
			written++;
			// Line 1 is the header, so the n-th data row sits on line n + 1.
			track(tracker, row, { file: relative, line: written + 1 });
			index++;
		}
	}
	sink.close();
	return written;
}

/** Writes the 2026 API dump: a JSON array, one object per line, newest first. */
export function writeApiJson(world: World, rng: Rng, root: string, tracker: Tracker): number {
	const sink = new FileSink(root, API_JSON);
	const rows = yearRows(
		world,
		rng.fork('api-2026'),
		'api' satisfies LedgerFile,
		2026,
		world.sizes.api
	);
	const ids = rng.fork('api-ids');
	sink.write('[\n');
	rows.forEach((row, index) => {
		if (row.donor.type !== 'person')
			throw new Error('the KNAB API dump holds natural persons only');
		const person = world.people.get(row.donor.person);
		const party = world.parties[row.party];
		const record = {
			public_id: ids.uuid(),
			party_public_id: party?.publicId ?? '',
			party: party?.name ?? '',
			typeId: KIND_IDS[row.kind],
			type: row.kind,
			amountDisplay: plainAmount(row.cents),
			currency: 'EUR',
			firstName: upper(person.first),
			lastName: upper(person.last),
			person: upper(`${person.first} ${person.last}`),
			personCode: `${codeFragment(person.birth)}*****`,
			date: dotDate(row.date)
		};
		sink.write(`  ${JSON.stringify(record)}${index < rows.length - 1 ? ',' : ''}\n`);
		track(tracker, row, { file: API_JSON, index });
	});
	sink.write(']\n');
	sink.close();
	return rows.length;
}
