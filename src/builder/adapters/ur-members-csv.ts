/**
 * UR `members.csv`: the members (shareholders) of limited companies and partnerships, with
 * their share count and the nominal value of one share.
 *
 * Schema: the columns the OpenSanctions crawler `datasets/lv/business_register/crawler.py`
 * reads (`at_legal_entity_registration_number`, `entity_type`, `name`,
 * `latvian_identity_number_masked`, `birth_date`, `legal_entity_registration_number`,
 * `number_of_shares`, `share_nominal_value`, `share_currency`, `date_from`), in the order of the
 * project's FORMATS notes; columns are found by name, so their order does not matter.
 */
import { ValueError } from '../../model/errors';
import type { Money } from '../../model/types';
import { headerCells } from '../sources/csv';
import type { Adapter, CompanyRoleRecord, Mention } from '../sources/source-records';
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

const FORMAT = 'ur-members-csv';

const SPEC = {
	id: { names: ['id'], optional: true },
	uri: { names: ['uri'], optional: true },
	company: { names: ['at_legal_entity_registration_number'] },
	entityType: { names: ['entity_type'] },
	name: { names: ['name'] },
	code: { names: ['latvian_identity_number_masked'], optional: true },
	birthDate: { names: ['birth_date'], optional: true },
	regNo: { names: ['legal_entity_registration_number'], optional: true },
	shares: { names: ['number_of_shares'] },
	nominal: { names: ['share_nominal_value'] },
	currency: { names: ['share_currency'], optional: true },
	dateFrom: { names: ['date_from'], optional: true },
	registeredOn: { names: ['registered_on'], optional: true },
	lastModified: { names: ['last_modified_at'], optional: true }
} as const satisfies ColumnSpec<string>;

type Warn = (message: string) => void;

function readShares(raw: string | undefined, warn: Warn): number | undefined {
	const text = optionalText(raw);
	if (text === undefined) return undefined;
	if (/^\d+(\.0+)?$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
	warn(`number_of_shares: not a whole count: ${JSON.stringify(text)}; shares and value left out`);
	return undefined;
}

/**
 * count × nominal value of one share, exactly. Nominal values can be finer than a cent (capital
 * converted from LVL), so the product is worked in integers and kept only when it is whole cents.
 * @example shareValue(1000, '0.0014', 'EUR', warn) // { cents: 140, currency: 'EUR' }
 */
export function shareValue(
	count: number,
	nominal: string,
	currency: string | undefined,
	warn: Warn
): Money | undefined {
	const match = /^(\d+)(?:\.(\d+))?$/.exec(nominal);
	// Money carries an ISO 4217 code; anything else in share_currency would make an invalid bundle.
	if (!match || currency === undefined || !/^[A-Z]{3}$/.test(currency)) {
		const problem = !match
			? `share_nominal_value ${JSON.stringify(nominal)}`
			: currency
				? `share_currency ${JSON.stringify(currency)} is not a currency code`
				: 'no share_currency';
		warn(`${problem}: the holding's value is left out`);
		return undefined;
	}
	const fraction = match[2] ?? '';
	const units = BigInt(match[1]! + fraction) * BigInt(count); // in 10^-fraction.length
	const shift = BigInt(fraction.length - 2);
	let cents = units;
	if (shift < 0n) cents = units * 10n ** -shift;
	if (shift > 0n) {
		if (units % 10n ** shift !== 0n) {
			warn(`${count} × ${nominal} ${currency} is not whole cents; the value is left out`);
			return undefined;
		}
		cents = units / 10n ** shift;
	}
	if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw new ValueError(`value too large: ${cents}`);
	return { cents: Number(cents), currency };
}

/**
 * Joint owners share one holding; the owners themselves are listed in `members_joint_owners.csv`,
 * which this adapter does not read. The holding is kept under the name as published, marked.
 */
function jointOwners(name: string, warn: Warn): Mention {
	warn('JOINT_OWNERS: the owners are listed in members_joint_owners.csv; holder kept as published');
	return { type: 'organisation', name, kind: 'other' };
}

export const urMembersCsv: Adapter = {
	format: FORMAT,
	description: 'UR members.csv: shareholders (members) of companies, with shares and value',
	detect: (file) => headerProblem(headerCells(file.text, UR_DELIMITER), SPEC) === undefined,
	read(file, options) {
		const table = openTable(file, FORMAT, SPEC, undefined, UR_DELIMITER);
		return collectRows(table, ({ values: v, line, warn }) => {
			const company = companyMention(v.company, 'at_legal_entity_registration_number');
			const isJoint = v.entityType === 'JOINT_OWNERS';
			const holder = isJoint ? jointOwners(v.name ?? '', warn) : holderMention(v, warn);
			const shares = readShares(v.shares, warn);
			const nominal = optionalText(v.nominal);
			const currency = optionalText(v.currency)?.toUpperCase();
			return compact<CompanyRoleRecord>({
				type: 'company-role',
				holder,
				company,
				relation: 'shareholder',
				role: isJoint ? 'JOINT_OWNERS' : undefined,
				start: optionalDate(v.dateFrom, 'date_from', warn),
				shares,
				value:
					shares !== undefined && nominal !== undefined
						? shareValue(shares, nominal, currency, warn)
						: undefined,
				source: { dataset: options.dataset, record: recordRef(file.name, line) }
			});
		});
	},
	provenance: urProvenance('dalībnieki (members.csv)')
};
