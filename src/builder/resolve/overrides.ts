/**
 * Hand-checked decisions, applied after the automatic rules: pairs a person confirmed as
 * one person, or as two. Each names its reason and its source, and shows as `manual` evidence.
 */
import * as v from 'valibot';
import { nameKey } from '../../model/fold-name';
import type { Cluster } from './clusters';

const Selector = v.strictObject({
	name: v.string(),
	/** DDMMYY of the masked personal code, or an ISO birth date. */
	birthDate: v.optional(v.string()),
	birthYear: v.optional(v.number()),
	/** Institution registration number or name, as in declarations. */
	institution: v.optional(v.string())
});

export const OverridesSchema = v.strictObject({
	same: v.optional(
		v.array(v.strictObject({ a: Selector, b: Selector, reason: v.string(), source: v.string() }))
	),
	different: v.optional(
		v.array(v.strictObject({ a: Selector, b: Selector, reason: v.string(), source: v.string() }))
	)
});

export type Overrides = v.InferOutput<typeof OverridesSchema>;
export type Override = NonNullable<Overrides['same']>[number];
type Selector = v.InferOutput<typeof Selector>;

export function parseOverrides(file: string, data: unknown): Overrides {
	const result = v.safeParse(OverridesSchema, data);
	if (!result.success)
		throw new Error(`${file}: ${result.issues[0]?.message ?? 'invalid overrides'}`);
	return result.output;
}

export function matches(selector: Selector, cluster: Cluster): boolean {
	if (nameKey(selector.name) !== cluster.name) return false;
	if (selector.birthDate) {
		const fragment = /^\d{4}-\d{2}-\d{2}$/.test(selector.birthDate)
			? `${selector.birthDate.slice(8, 10)}${selector.birthDate.slice(5, 7)}${selector.birthDate.slice(2, 4)}`
			: selector.birthDate;
		if (!cluster.fragments.has(fragment)) return false;
	}
	if (selector.birthYear && !cluster.years.has(selector.birthYear)) return false;
	if (selector.institution) {
		const wanted = selector.institution.toLowerCase();
		const found = [...cluster.institutions].some(
			([key, name]) => key === selector.institution || name.toLowerCase() === wanted
		);
		if (!found) return false;
	}
	return true;
}

export function pairMatches(override: Override, a: Cluster, b: Cluster): boolean {
	return (
		(matches(override.a, a) && matches(override.b, b)) ||
		(matches(override.a, b) && matches(override.b, a))
	);
}
