/**
 * The last step of resolving people: each linked person's facts become one Person, with the
 * names to show, the most common birth date and country, and one source per dataset.
 */
import type { Person, SourceRef } from '../../model/types';
import { exact } from './exact';
import { compareSources, mostCommon } from './order';
import { namesToShow, type PersonFacts } from './people';

/** People in the order of `personFacts`; the caller sorts. */
export function finishPeople(personFacts: ReadonlyMap<string, PersonFacts>): Person[] {
	return [...personFacts].map(([id, facts]): Person => {
		const [name = '', ...otherNames] = namesToShow(facts);
		const birthDate = mostCommon(facts.birthDates);
		const birthYear = birthDate ? Number(birthDate.slice(0, 4)) : mostCommon(facts.birthYears);
		const country = mostCommon(facts.countries);
		return {
			id,
			name,
			otherNames: exact(otherNames),
			...(birthDate && { birthDate }),
			...(birthYear && { birthYear }),
			maskedCodes: exact([...new Set(facts.maskedCodes)].sort()),
			...(country && { country }),
			sources: firstPerDataset(facts.sources)
		};
	});
}

/** One source per dataset (the first in order): enough to show where a person appears. */
function firstPerDataset(sources: readonly SourceRef[]): SourceRef[] {
	const first = new Map<string, SourceRef>();
	for (const source of [...sources].sort(compareSources)) {
		if (!first.has(source.dataset)) first.set(source.dataset, source);
	}
	return exact([...first.values()]);
}
