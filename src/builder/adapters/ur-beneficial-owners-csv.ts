/**
 * UR `beneficial_owners.csv`: the natural persons who ultimately own or control an entity.
 *
 * Schema: the columns the OpenSanctions crawler `datasets/lv/business_register/crawler.py`
 * reads (`legal_entity_registration_number` as the owned entity, `forename`, `surname`,
 * `latvian_identity_number_masked`, `birth_date`, `nationality`, `residence`, `registered_on`),
 * in the order of the project's FORMATS notes; columns are found by name, not position.
 */
import { ValueError } from '../../model/errors';
import { headerCells } from '../sources/csv';
import type { Adapter, CompanyRoleRecord } from '../sources/source-records';
import type { ColumnSpec } from './columns';
import { collectRows, compact, headerProblem, openTable, optionalText } from './table';
import {
	companyMention,
	optionalDate,
	personMention,
	UR_DELIMITER,
	urProvenance
} from './ur-common';
import { recordRef } from '../sources/record-ref';

const FORMAT = 'ur-beneficial-owners-csv';

const SPEC = {
	id: { names: ['id'], optional: true },
	uri: { names: ['uri'], optional: true },
	// Here the plain reg.-no. column is the owned entity; should UR add the `at_` column the other
	// role files use, that one wins.
	company: { names: ['at_legal_entity_registration_number', 'legal_entity_registration_number'] },
	forename: { names: ['forename'] },
	surname: { names: ['surname'] },
	name: { names: ['name'], optional: true },
	code: { names: ['latvian_identity_number_masked'], optional: true },
	birthDate: { names: ['birth_date'], optional: true },
	nationality: { names: ['nationality'], optional: true },
	residence: { names: ['residence'], optional: true },
	registeredOn: { names: ['registered_on'], optional: true },
	lastModified: { names: ['last_modified_at'], optional: true }
} as const satisfies ColumnSpec<string>;

export const urBeneficialOwnersCsv: Adapter = {
	format: FORMAT,
	description: 'UR beneficial_owners.csv: beneficial owners of registered entities',
	detect: (file) => headerProblem(headerCells(file.text, UR_DELIMITER), SPEC) === undefined,
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC, undefined, UR_DELIMITER);
		return collectRows(table, ({ values: v, line, warn }) => {
			const company = companyMention(v.company, 'legal_entity_registration_number');
			const name = [v.forename, v.surname].filter(Boolean).join(' ') || (v.name ?? '');
			if (name === '') throw new ValueError('forename, surname: both empty');
			const holder = personMention(name, v.code, v.birthDate, warn);
			// Dual nationals have a list ("LV;EE"): one country field cannot hold it, and picking one would guess.
			const nationality = optionalText(v.nationality);
			if (nationality && !/[;,]/.test(nationality) && !holder.country) holder.country = nationality;
			return compact<CompanyRoleRecord>({
				type: 'company-role',
				holder,
				company,
				relation: 'beneficial-owner',
				start: optionalDate(v.registeredOn, 'registered_on', warn),
				source: { dataset: options.dataset, record: recordRef(file.name, line) }
			});
		});
	},
	provenance: urProvenance('patiesie labuma guvēji (beneficial_owners.csv)')
};
