/**
 * Alliance membership from the party register: a party and its alliance stay two entities,
 * linked by `member-of` with the register (and the source it names) as evidence. Only
 * entries that the build's sources mention are linked: the register adds links, not entities.
 */
import { partyEntityId, registerRef, type PartyPlacer } from './party-mentions';
import type { RelationIndex } from './relations';

export function addAllianceLinks(placer: PartyPlacer, relations: RelationIndex): void {
	const { sources } = placer.register.file;
	const present = new Set(placer.placed.keys());
	for (const [id, entry] of placer.placed) {
		for (const membership of entry.memberOf) {
			const alliance = placer.register.get(membership.alliance);
			if (!alliance || !present.has(partyEntityId(alliance))) continue;
			const url = sources[membership.source]?.url;
			relations.add({
				from: id,
				to: partyEntityId(alliance),
				kind: 'member-of',
				...(membership.from && { start: membership.from }),
				...(membership.until && { end: membership.until }),
				source: registerRef(entry, url),
				identity: [],
				confidence: 'confirmed'
			});
		}
	}
}
