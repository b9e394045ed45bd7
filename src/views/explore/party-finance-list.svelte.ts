/**
 * The parties for the finances explore page and their fact groups, read once per data
 * version: the party search documents (there are tens), then each party's group through the
 * store's ordinary reads. Parties with neither finance lines nor a donation summary are left out.
 */
import type { FactGroup } from '../../model/bundle-format';
import type { SearchDoc } from '../../model/types';

export interface FinanceReads {
	eachSearchPack(onPack: (docs: SearchDoc[]) => void): Promise<void>;
	getGroup(id: string): Promise<FactGroup | undefined>;
}

export interface FinanceParty {
	id: string;
	name: string;
	group: FactGroup;
}

const collator = new Intl.Collator('lv');

export class PartyFinanceList {
	/** Undefined until read. */
	parties = $state.raw<FinanceParty[] | undefined>();
	error = $state<string | undefined>();
	#version: string | undefined;

	async load(version: string, reads: FinanceReads): Promise<void> {
		if (this.#version === version) return;
		this.#version = version;
		try {
			const docs: SearchDoc[] = [];
			await reads.eachSearchPack((pack) => {
				for (const doc of pack) if (doc.kind === 'party') docs.push(doc);
			});
			const groups = await Promise.all(docs.map((doc) => reads.getGroup(doc.id)));
			const parties = docs.flatMap((doc, i): FinanceParty[] => {
				const group = groups[i];
				const has = group && (group.partyFinances?.length || group.donationSummary);
				return has ? [{ id: doc.id, name: doc.name, group }] : [];
			});
			if (this.#version !== version) return;
			this.parties = parties.sort((a, b) => collator.compare(a.name, b.name));
			this.error = undefined;
		} catch (error) {
			if (this.#version !== version) return;
			this.error = error instanceof Error ? error.message : String(error);
			this.#version = undefined;
		}
	}
}
