/**
 * UR `officers.csv`: who holds a post in which registered entity (board and council members,
 * procurators, liquidators, owners of sole traders), person or legal entity.
 */
import { headerCells } from '../sources/csv';
import type { Adapter, CompanyRoleRecord } from '../sources/source-records';
import type { ColumnSpec } from './columns';
import { collectRows, compact, headerProblem, openTable, optionalText } from './table';
import {
	companyMention,
	holderMention,
	optionalDate,
	UR_DELIMITER,
	urProvenance
} from './ur-common';
import { recordRef } from '../sources/record-ref';

const FORMAT = 'ur-officers-csv';

const SPEC = {
	id: { names: ['id'], optional: true },
	uri: { names: ['uri'], optional: true },
	company: { names: ['at_legal_entity_registration_number'] },
	entityType: { names: ['entity_type'] },
	position: { names: ['position'] },
	governingBody: { names: ['governing_body'], optional: true },
	name: { names: ['name'] },
	code: { names: ['latvian_identity_number_masked'], optional: true },
	birthDate: { names: ['birth_date'], optional: true },
	regNo: { names: ['legal_entity_registration_number'], optional: true },
	representation: { names: ['rights_of_representation_type'], optional: true },
	representationWith: { names: ['representation_with_at_least'], optional: true },
	registeredOn: { names: ['registered_on'], optional: true },
	lastModified: { names: ['last_modified_at'], optional: true }
} as const satisfies ColumnSpec<string>;

/**
 * Positions that mean ownership, not office: the owner of a sole trader (IK) is listed here.
 * Calling them board members would be false; the OpenSanctions LV crawler reads them as owners too.
 */
const OWNER_POSITIONS = new Set(['OWNER', 'CO_OWNER']);

export const urOfficersCsv: Adapter = {
	format: FORMAT,
	description: 'UR officers.csv: board members and other officers of registered entities',
	detect: (file) => headerProblem(headerCells(file.text, UR_DELIMITER), SPEC) === undefined,
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC, undefined, UR_DELIMITER);
		return collectRows(table, ({ values: v, line, warn }) => {
			const company = companyMention(v.company, 'at_legal_entity_registration_number');
			const holder = holderMention(v, warn);
			const position = optionalText(v.position);
			const body = optionalText(v.governingBody);
			return compact<CompanyRoleRecord>({
				type: 'company-role',
				holder,
				company,
				relation: position && OWNER_POSITIONS.has(position) ? 'shareholder' : 'board-member',
				role: position && body ? `${position} (${body})` : (position ?? body),
				start: optionalDate(v.registeredOn, 'registered_on', warn),
				source: { dataset: options.dataset, record: recordRef(file.name, line) }
			});
		});
	},
	provenance: urProvenance('amatpersonas (officers.csv)')
};
