/**
 * Who paid or who is held, across the two declarations being compared: the registration
 * number where one is given, else the published name, folded. Never the item's position.
 * A line whose number is written elsewhere under another name, while its own name is written
 * elsewhere with another number, is a slip in the source (a salary line carrying the hospital's
 * number under the university's name): such a line is placed by its name, and the number it
 * carried is set aside to show.
 */
import { foldText } from '../../model/fold-name';
import type { Counterparty, Declaration } from '../../model/types';

export type PayerIdentity = (party: Counterparty | undefined) => {
	key: string;
	/** The reg. no. as published, when the name decided instead. */
	setAside?: string;
};

export function payerIdentities(declarations: readonly Declaration[]): PayerIdentity {
	const namesOf = new Map<string, Set<string>>();
	const regNosOf = new Map<string, Set<string>>();
	const note = (party: Counterparty | undefined) => {
		if (!party?.regNo) return;
		const name = foldText(party.name);
		namesOf.set(party.regNo, (namesOf.get(party.regNo) ?? new Set()).add(name));
		regNosOf.set(name, (regNosOf.get(name) ?? new Set()).add(party.regNo));
	};
	for (const declaration of declarations) {
		note(declaration.institution);
		for (const item of declaration.items) {
			if (item.section === 'income') note(item.payer);
			else if (item.section === 'shares') note(item.company);
			else if (item.section === 'post') note(item.organisation);
		}
	}
	return (party) => {
		if (party === undefined) return { key: '' };
		const name = foldText(party.name);
		const numbers = [...(regNosOf.get(name) ?? [])];
		if (!party.regNo) {
			// A name written with exactly one number elsewhere is that number's payer.
			return { key: numbers.length === 1 ? `reg:${numbers[0]}` : `name:${name}` };
		}
		const sharesNumber = (namesOf.get(party.regNo)?.size ?? 0) > 1;
		const others = numbers.filter((n) => n !== party.regNo);
		if (sharesNumber && others.length === 1)
			return { key: `reg:${others[0]}`, setAside: party.regNo };
		return { key: `reg:${party.regNo}` };
	};
}
