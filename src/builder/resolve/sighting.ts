/** One mention of a person in one source record, with what the record says around it. */
import { birthDateFromFragment, readPersonalCode } from '../../model/personal-code';
import type { PartialDate, SourceRef } from '../../model/types';
import type { PersonMention } from '../sources/source-records';

/** A named thing with a match key (reg. no. or folded name) and the name to show. */
export interface Keyed {
	key: string;
	name: string;
}

export interface SightingContext {
	/** What kind of record named the person; a deputies list and declarations are public identities. */
	source: 'list' | 'declaration' | 'donation' | 'register' | 'other';
	institution?: Keyed;
	/** Further institutions that corroborate but do not group records (a deputy's Saeima). */
	alsoInstitutions?: Keyed[];
	parties?: Keyed[];
	/** Registration numbers of companies the record ties the person to. */
	companies?: string[];
	/** The row naming each company, where it is not the record's own (a flattened declaration). */
	companyRows?: Record<string, SourceRef>;
}

export interface PersonSighting {
	mention: PersonMention;
	source: SourceRef;
	/** Year of the record, to place a code's DDMMYY in a century. */
	recordYear?: number;
	context: SightingContext;
}

/** What a mention says about birth: the DDMMYY fragment and, when decidable, the full date. */
export function birthOf(sighting: Pick<PersonSighting, 'mention' | 'recordYear'>): {
	fragment?: string;
	birthDate?: PartialDate;
	birthYear?: number;
	maskedCode?: string;
} {
	const { mention, recordYear } = sighting;
	if (mention.birthDate) {
		const [y, m, d] = mention.birthDate.split('-');
		const fragment = y && m && d ? `${d}${m}${y.slice(2)}` : undefined;
		return {
			fragment,
			birthDate: mention.birthDate,
			birthYear: Number(y),
			maskedCode: mention.maskedCode
		};
	}
	const code = readPersonalCode(mention.maskedCode);
	if (code.kind === 'personal') {
		const birthDate = recordYear ? birthDateFromFragment(code.fragment, recordYear) : undefined;
		return {
			fragment: code.fragment,
			birthDate,
			birthYear: birthDate ? Number(birthDate.slice(0, 4)) : mention.birthYear,
			maskedCode: code.masked
		};
	}
	const maskedCode =
		code.kind === 'foreign' || code.kind === 'no-birth-date' ? code.masked : undefined;
	return { birthYear: mention.birthYear, maskedCode };
}
