/**
 * Reads a party's members' posts for its timeline, through the data layer's BundleStore
 * (getGroup), a few members at a time, at most MAX_MEMBERS. A newer load cancels an older one,
 * and so does cancel(): a party page left before its members are read must not go on reading
 * them (hundreds of packs) while the next profile opens.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { EntityRef, Relation } from '../../model/types';
import { termsOf } from './member-terms';

export type GetGroup = (id: string) => Promise<FactGroup | undefined>;

export const MAX_MEMBERS = 300;
const BATCH = 8;

export class MemberTerms {
	terms = $state.raw<Relation[]>([]);
	/** Names of the institutions the terms are held in. */
	refs = $state.raw<EntityRef[]>([]);
	read = $state(0);
	total = $state(0);
	isLoading = $state(false);
	error = $state<string | undefined>();
	#run = 0;

	/** Stops the load under way once its current few reads are in; it sets no terms. */
	cancel(): void {
		this.#run++;
		this.isLoading = false;
	}

	async load(members: readonly string[], getGroup: GetGroup): Promise<void> {
		const run = ++this.#run;
		const wanted = members.slice(0, MAX_MEMBERS);
		this.total = members.length;
		this.read = 0;
		this.terms = [];
		this.error = undefined;
		this.isLoading = wanted.length > 0;
		const groups: (FactGroup | undefined)[] = [];
		try {
			for (let i = 0; i < wanted.length; i += BATCH) {
				const batch = await Promise.all(wanted.slice(i, i + BATCH).map((id) => getGroup(id)));
				if (run !== this.#run) return;
				groups.push(...batch);
				this.read = groups.length;
			}
			const found = termsOf(wanted, groups);
			this.terms = found.terms;
			this.refs = found.refs;
		} catch (error) {
			if (run === this.#run) this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (run === this.#run) this.isLoading = false;
		}
	}
}
