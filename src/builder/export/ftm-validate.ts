/**
 * Checks FtM entities against the committed schema table (ftm-schema.ts): known, concrete
 * schemata; properties that the schema or a parent defines; non-empty string values of the
 * right shape; references to emitted entities within the property's range; required ones.
 */
import type { FtmEntity } from '../../model/ftm';
import { FTM_SCHEMATA, isA, propertyOf, requiredOf, type FtmType } from './ftm-schema';

export interface FtmIssue {
	id: string;
	schema: string;
	property?: string;
	/** `missing-required` is its own kind so a caller can see which absences it accepts. */
	kind: 'schema' | 'property' | 'value' | 'reference' | 'missing-required' | 'duplicate-id';
	problem: string;
}

/** Shapes of the FtM types we write, as FtM's own cleaners would accept them. */
const SHAPES: Partial<Record<FtmType, RegExp>> = {
	date: /^\d{4}(-\d{2}(-\d{2})?)?$/,
	number: /^-?\d+(\.\d+)?$/,
	country: /^[a-z]{2}$/,
	url: /^https?:\/\/\S+$/
};

export function validateFtm(entities: readonly FtmEntity[]): FtmIssue[] {
	const issues: FtmIssue[] = [];
	const schemaOf = new Map<string, string>();
	for (const { id, schema } of entities) {
		if (schemaOf.has(id))
			issues.push({ id, schema, kind: 'duplicate-id', problem: 'id used twice' });
		schemaOf.set(id, schema);
	}
	for (const entity of entities) issues.push(...validateEntity(entity, schemaOf));
	return issues;
}

function validateEntity(entity: FtmEntity, schemaOf: ReadonlyMap<string, string>): FtmIssue[] {
	const { id, schema } = entity;
	const issue = (kind: FtmIssue['kind'], problem: string, property?: string): FtmIssue => ({
		id,
		schema,
		kind,
		problem,
		...(property && { property })
	});
	const definition = Object.hasOwn(FTM_SCHEMATA, schema) ? FTM_SCHEMATA[schema] : undefined;
	if (!id) return [issue('schema', 'no id')];
	if (!definition) return [issue('schema', `unknown schema ${JSON.stringify(schema)}`)];
	if (definition.abstract) return [issue('schema', `${schema} is abstract`)];
	const issues: FtmIssue[] = [];
	for (const [name, values] of Object.entries(entity.properties)) {
		const property = propertyOf(schema, name);
		if (!property) {
			issues.push(issue('property', `${schema} has no property ${name}`, name));
			continue;
		}
		if (!Array.isArray(values) || values.length === 0) {
			issues.push(issue('value', 'empty list', name));
			continue;
		}
		for (const value of values as unknown[]) {
			if (typeof value !== 'string' || value.trim() === '') {
				issues.push(issue('value', `not a non-empty string: ${JSON.stringify(value)}`, name));
				continue;
			}
			const shape = SHAPES[property.type];
			if (shape && !shape.test(value))
				issues.push(issue('value', `not a ${property.type}: ${JSON.stringify(value)}`, name));
			if (property.type !== 'entity') continue;
			const target = schemaOf.get(value);
			if (target === undefined)
				issues.push(issue('reference', `points to ${value}, which was not emitted`, name));
			else if (property.range && !isA(target, property.range))
				issues.push(issue('reference', `points to a ${target}, not a ${property.range}`, name));
		}
	}
	for (const name of requiredOf(schema)) {
		if (!entity.properties[name]?.length)
			issues.push(issue('missing-required', `required ${name} is missing`, name));
	}
	return issues;
}
