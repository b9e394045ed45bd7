/**
 * How a relation's role reads: as published, except the roles Plainview gives relations
 * itself, which are named in the interface language.
 */
import { isFeeRelation } from '../../model/money-kinds';
import type { Relation } from '../../model/types';
import type { I18n } from './i18n.svelte';

type Labelled = Pick<Relation, 'kind' | 'role' | 'amount'>;

/** The role to show beside a relation, or `undefined` when it has none. */
export function relationRole(relation: Labelled, t: I18n['t']): string | undefined {
	if (isFeeRelation(relation)) return t('relation.role.fee-member');
	return relation.role;
}

/** The role, or the relation's kind when it has none: never blank. */
export function relationLabel(relation: Labelled, t: I18n['t']): string {
	return relationRole(relation, t) ?? t(`relation.kind.${relation.kind}`);
}
