/**
 * Reads what each possible match gave, from their own fact groups, a few at a time. A newer
 * load replaces an older one, which then sets nothing.
 */
import type { FactGroup } from '../../model/bundle-format';
import { totalsOf, type KindTotal } from './possible-matches';

export type GetGroup = (id: string) => Promise<FactGroup | undefined>;

const BATCH = 4;

export class MatchTotals {
	/** Person id → totals; undefined while not read. */
	totals = $state.raw<ReadonlyMap<string, KindTotal[]> | undefined>();
	isLoading = $state(false);
	error = $state<string | undefined>();
	#run = 0;

	async load(ids: readonly string[], getGroup: GetGroup): Promise<void> {
		const run = ++this.#run;
		this.totals = undefined;
		this.error = undefined;
		this.isLoading = ids.length > 0;
		const groups: (FactGroup | undefined)[] = [];
		try {
			for (let i = 0; i < ids.length; i += BATCH) {
				groups.push(...(await Promise.all(ids.slice(i, i + BATCH).map((id) => getGroup(id)))));
				if (run !== this.#run) return;
			}
			this.totals = totalsOf(ids, groups);
		} catch (error) {
			if (run === this.#run) this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (run === this.#run) this.isLoading = false;
		}
	}
}
