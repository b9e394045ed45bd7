/**
 * interests_and_assets.csv: Delna's flattened extract of the Saeima deputies' declarations
 * (2020 only): one row per position, private income or holding, money as "  1,204.06 € ".
 * Rows come from the same declarations as declarations.json, so the two agree.
 */
import type { Declaration } from './decl-types';
import { buildDeclaration } from './declarations';
import { csvLine, delnaMoney } from './format';
import { naceSection } from './nace';
import { Rng } from './random';
import { FileSink, type Tracker } from './sink';
import type { Company } from './types';
import type { World } from './world';

export const INTERESTS_CSV = 'vid/interests_and_assets.csv';
export const INTERESTS_YEAR = 2020;

export const INTERESTS_HEADER =
	'Surname_name,Mandate_status,Frakcija,DeclYear,filed_as,Committees,Interest_Type,Entity_Type,Entity_name,Entity_RegNum,Position,Income_type,Income_value,Fin_v,Fin_v_value,Entity_Country,Entity_Municipality,Entity_Region,NACE_1,Specif';

const ENTITY_TYPE: Record<Company['form'], string> = {
	SIA: 'Sabiedrība ar Ierobežotu Atbildību',
	AS: 'Akciju Sabiedrība',
	IK: 'Individuālais Komersants',
	BDR: 'Biedrība'
};

const INCOME_TYPE: Record<string, string> = { Autoratlīdzība: 'Honorārs' };

/** Entity_Type … NACE_1 for a company (10 columns from Entity_Type to Specif). */
function entity(company: Company): {
	type: string;
	name: string;
	regNo: string;
	place: string[];
	nace: string;
	specif: string;
} {
	const city = company.address.city;
	return {
		type: ENTITY_TYPE[company.form],
		name: company.brand,
		regNo: company.regNo,
		place: ['Latvia', `${city.genitive} municipality`, city.region],
		nace:
			company.form === 'BDR'
				? 'Pilsoniskā sabiedrība, profesionāļu apvienības, citi pakalpojumi'
				: naceSection(company.nace),
		specif: company.form === 'BDR' ? 'CSO - Politics, democracy' : ''
	};
}

function interestRows(d: Declaration, style: 'suffix' | 'prefix'): string[][] {
	const rows: string[][] = [];
	for (const post of d.posts) {
		if (!post.company) continue;
		const e = entity(post.company);
		rows.push([
			'Position | Private Sector',
			e.type,
			e.name,
			e.regNo,
			post.post,
			'',
			'',
			'',
			'',
			...e.place,
			e.nace,
			e.specif
		]);
	}
	for (const income of d.income) {
		if (income.payer.kind !== 'company') continue;
		const e = entity(income.payer.company);
		const type = INCOME_TYPE[income.type] ?? income.type;
		rows.push([
			'Income | Private Sector',
			e.type,
			e.name,
			e.regNo,
			'',
			type,
			delnaMoney(income.cents, style),
			'',
			'',
			...e.place,
			e.nace,
			e.specif
		]);
	}
	for (const share of d.shares) {
		const e = entity(share.company);
		rows.push([
			'Holding | Commercial Companies',
			e.type,
			e.name,
			e.regNo,
			'',
			'',
			'',
			'Kapitāla daļas',
			delnaMoney(share.cents, style),
			...e.place,
			e.nace,
			e.specif
		]);
	}
	return rows.length > 0 ? rows : [Array.from({ length: 14 }, () => '')];
}

export function writeInterests(world: World, root: string, tracker: Tracker): number {
	const deputies = world.officials
		.filter((o) => o.kind === 'deputy')
		.map((official) => ({ official, person: world.people.get(official.person) }))
		.sort(
			(a, b) =>
				a.person.last.localeCompare(b.person.last, 'lv') ||
				a.person.first.localeCompare(b.person.first, 'lv') ||
				a.person.birth.localeCompare(b.person.birth)
		);
	const sink = new FileSink(root, INTERESTS_CSV);
	sink.write(INTERESTS_HEADER);
	let line = 1;
	for (const { official, person } of deputies) {
		const details = official.deputy;
		if (!details) continue;
		// Delna's spreadsheet mixed two money styles; each deputy's rows keep one.
		const style = new Rng(world.seed).fork(`delna-${person.id}`).chance(0.75) ? 'suffix' : 'prefix';
		const filedAs = `${person.sex === 'F' ? 'Deputāte' : 'Deputāts'} - Latvijas Republikas Saeima`;
		const common = [
			`${person.last}, ${person.first}`,
			details.mandate,
			details.faction,
			String(INTERESTS_YEAR),
			filedAs,
			details.committees
		];
		for (const row of interestRows(buildDeclaration(world, official, INTERESTS_YEAR), style)) {
			sink.write(`\n${csvLine([...common, ...row])}`);
			line++;
			tracker.person(person.id, { file: INTERESTS_CSV, line });
		}
	}
	sink.close();
	return line - 1;
}
