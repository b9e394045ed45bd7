/**
 * UR `register.csv`: every registered legal person (companies, parties, associations, …) with
 * its reg. no., name, register and legal form, and the dates it was registered and ended.
 */
import { ValueError } from '../../model/errors';
import { foldText } from '../../model/fold-name';
import type { OrganisationKind } from '../../model/types';
import { headerCells } from '../sources/csv';
import type { Adapter, OrganisationRecord } from '../sources/source-records';
import type { ColumnSpec } from './columns';
import { collectRows, compact, headerProblem, openTable, optionalText, readRegNo } from './table';
import { optionalDate, UR_DELIMITER, urProvenance } from './ur-common';
import { recordRef } from '../sources/record-ref';

const FORMAT = 'ur-register-csv';

const SPEC = {
	regNo: { names: ['regcode'] },
	sepa: { names: ['sepa'], optional: true },
	name: { names: ['name'] },
	nameBeforeQuotes: { names: ['name_before_quotes'], optional: true },
	nameInQuotes: { names: ['name_in_quotes'], optional: true },
	nameAfterQuotes: { names: ['name_after_quotes'], optional: true },
	withoutQuotes: { names: ['without_quotes'], optional: true },
	regtype: { names: ['regtype'] },
	regtypeText: { names: ['regtype_text'] },
	type: { names: ['type'] },
	typeText: { names: ['type_text'] },
	registered: { names: ['registered'] },
	terminated: { names: ['terminated'] },
	closed: { names: ['closed'], optional: true },
	address: { names: ['address'], optional: true },
	index: { names: ['index'], optional: true },
	addressId: { names: ['addressid'], optional: true },
	region: { names: ['region'], optional: true },
	city: { names: ['city'], optional: true },
	atvk: { names: ['atvk'], optional: true },
	reregistrationTerm: { names: ['reregistration_term'], optional: true }
} as const satisfies ColumnSpec<string>;

// UR's own codes: registers (regtype) and legal forms (type), as listed in its classifier.
const PARTY_REGISTERS = new Set(['P', 'O']);
const PARTY_TYPES = new Set(['PP', 'PPA', 'POL']);
const NGO_REGISTERS = new Set(['B', 'A', 'S']);
const NGO_TYPES = new Set(['BDR', 'NOD', 'ARB', 'ARA', 'SPO', 'SAB']);
const COMPANY_TYPES = new Set(
	[
		'SIA',
		'AS',
		'IK',
		'KS',
		'PS',
		'ZEM',
		'ZVJ',
		'IND',
		'KB',
		'FIL',
		'AKF',
		'PSV',
		'PAJ',
		'UZN'
	].concat(['GIM', 'PAP', 'LIG', 'VU', 'SAA', 'EIG', 'KBU', 'KSS', 'SOU'])
);

// Abbreviations in everyday use (and in VID's files); other codes (BDR, NOD) are UR-internal.
const ABBREVIATED_FORMS = new Set(['SIA', 'AS', 'IK', 'KS', 'PS']);

/**
 * The kind of organisation, from the codes first and the published texts second (a code we do
 * not know still says "Politisko partiju reģistrs" or "Biedrība" in words).
 * @example organisationKind('P', 'Politisko partiju reģistrs', 'PP', 'Politiskā partija') // 'party'
 */
export function organisationKind(
	regtype: string,
	regtypeText: string,
	type: string,
	typeText: string
): OrganisationKind {
	if (PARTY_REGISTERS.has(regtype) || PARTY_TYPES.has(type)) return 'party';
	if (NGO_TYPES.has(type)) return 'ngo';
	if (COMPANY_TYPES.has(type)) return 'company';
	if (NGO_REGISTERS.has(regtype)) return 'ngo';
	if (regtype === 'K') return 'company';
	const words = foldText(`${regtypeText} ${typeText}`);
	if (/politisk\S* (partij|organizacij)/.test(words)) return 'party';
	// \b keeps "sabiedrība" (a company) from matching "biedrība" (an association).
	if (/\b(biedrib|nodibinajum|arodbiedrib)/.test(words)) return 'ngo';
	return 'other';
}

export const urRegisterCsv: Adapter = {
	format: FORMAT,
	description: 'UR register.csv: legal persons with reg. no., legal form and dates',
	detect: (file) => headerProblem(headerCells(file.text, UR_DELIMITER), SPEC) === undefined,
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC, undefined, UR_DELIMITER);
		return collectRows(table, ({ values: v, line, warn }) => {
			const regNo = readRegNo(v.regNo, 'regcode');
			const name = v.name ?? '';
			if (name === '') throw new ValueError('name: empty');
			const [regtype, regtypeText, type, typeText] = [
				v.regtype,
				v.regtypeText,
				v.type,
				v.typeText
			].map((text) => text ?? '') as [string, string, string, string];
			return compact<OrganisationRecord>({
				type: 'organisation',
				organisation: compact({
					type: 'organisation',
					name,
					regNo,
					kind: organisationKind(regtype, regtypeText, type, typeText),
					legalForm: ABBREVIATED_FORMS.has(type)
						? type
						: (optionalText(typeText) ?? optionalText(type)),
					country: 'LV'
				}),
				registered: optionalDate(v.registered, 'registered', warn),
				terminated: optionalDate(v.terminated, 'terminated', warn),
				address: optionalText(v.address),
				source: { dataset: options.dataset, record: recordRef(file.name, line) }
			});
		});
	},
	provenance: urProvenance('uzņēmumu reģistrs (register.csv)')
};
