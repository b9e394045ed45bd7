/**
 * Cell texts shared by the declaration writers. The scraper layout (2011 portal) drops
 * "iela" and quotes institution names ('LATVIJAS REPUBLIKAS SAEIMA'); the 2024 page keeps
 * "iela", prints institutions in mixed case and leaves ", ," after a private person.
 */
import type { Payer } from './decl-types';
import { plainAmount } from './format';
import type { Address } from './places';
import { longName, shortName } from './declarations';

export type DeclStyle = 'json' | 'html';

function street(address: Address, style: DeclStyle): string {
	const name = style === 'json' ? address.street.replace(/ iela$/, '') : address.street;
	return `${name} ${address.number}`;
}

/** "Latvija, Rīga, Brīvības 12" (json) or "Latvija, Rīga, Brīvības iela 12" (html). */
export function placeText(address: Address, style: DeclStyle): string {
	return `Latvija, ${address.city.name}, ${street(address, style)}`;
}

/** The "reg. no. and legal address" cell: an 11-digit reg. no., a space, then `placeText`. */
export function regAddressCell(regNo: string, address: Address, style: DeclStyle): string {
	return `${regNo} ${placeText(address, style)}`;
}

/** The income source cell: name, reg. no. and address of the payer, or a person's name. */
export function payerCell(payer: Payer, style: DeclStyle): string {
	if (payer.kind === 'person') {
		if (style === 'json') return payer.name;
		const mixed = payer.name
			.toLocaleLowerCase('lv')
			.replace(/(^|[\s-])\p{L}/gu, (m) => m.toLocaleUpperCase('lv'));
		return `${mixed}, ,`;
	}
	if (payer.kind === 'institution') {
		const { institution } = payer;
		const name = style === 'json' ? `'${institution.name}'` : institution.display;
		return `${name}, ${institution.regNo}, ${placeText(institution.address, style)}`;
	}
	const { company } = payer;
	const name = style === 'json' ? shortName(company) : longName(company);
	return `${name}, ${company.regNo}, ${placeText(company.address, style)}`;
}

export function amountText(cents: number): string {
	return plainAmount(cents);
}
