/**
 * The elected bodies for the "my deputies" picker (elected-bodies.ts), collected from the
 * search documents (they carry id, name, kind and reg. no.) a pack at a time, once per version.
 * TODO(#3): replace with a list from the data layer (AppData or BundleStore) when it offers one.
 */
import type { EntityRef, SearchDoc } from '../../model/types';
import { electedBodyOf } from './elected-bodies';

/** BundleStore.eachSearchPack, or anything that hands over search documents in packs. */
export type EachSearchPack = (onPack: (docs: SearchDoc[]) => void) => Promise<void>;

export class InstitutionList {
	/** Undefined until read. */
	institutions = $state.raw<EntityRef[] | undefined>();
	error = $state<string | undefined>();
	#version: string | undefined;

	/** Reads the list for `version`; a call for the version already read does nothing. */
	async load(version: string, eachSearchPack: EachSearchPack): Promise<void> {
		if (this.#version === version) return;
		this.#version = version;
		const found: EntityRef[] = [];
		try {
			await eachSearchPack((docs) => {
				for (const doc of docs) {
					if (electedBodyOf(doc)) {
						const { id, name, kind, regNo } = doc;
						found.push({ id, name, kind, ...(regNo && { regNo }) });
					}
				}
			});
			if (this.#version === version) this.institutions = found;
		} catch (error) {
			if (this.#version === version) {
				this.error = error instanceof Error ? error.message : String(error);
				this.#version = undefined;
			}
		}
	}
}
