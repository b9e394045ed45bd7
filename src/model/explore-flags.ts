/**
 * The explore file's flags section: every Flag (flags.ts) the builder computed, checked on
 * install like every other record.
 */
import * as v from 'valibot';
import { FLAG_KINDS, type Flag } from './flags';
import { ORGANISATION_KINDS } from './types';
import { MAX_FIELD_LENGTH, SourceRefSchema } from './validate';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(400));

export const FlagSchema = v.strictObject({
	id,
	kind: v.picklist(FLAG_KINDS),
	entity: id,
	name: v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH)),
	entityKind: v.optional(v.picklist(['person', ...ORGANISATION_KINDS])),
	year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
	figures: v.record(v.string(), v.pipe(v.number(), v.safeInteger())),
	sources: v.array(SourceRefSchema),
	related: v.array(id),
	party: v.optional(id),
	institution: v.optional(id),
	partyName: v.optional(v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH))),
	institutionName: v.optional(v.pipe(v.string(), v.maxLength(MAX_FIELD_LENGTH))),
	confidence: v.picklist(['confirmed', 'probable'])
});

/** A flag id listed twice, or undefined. */
export function flagsProblem(flags: readonly Flag[]): string | undefined {
	const seen = new Set<string>();
	for (const [i, flag] of flags.entries()) {
		if (seen.has(flag.id)) return `${i}: ${flag.id} is listed twice`;
		seen.add(flag.id);
	}
	return undefined;
}
