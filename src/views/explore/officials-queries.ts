/**
 * What the officials and rankings pages ask of the explore service (officials-protocol.ts), as
 * typed calls: drawn in tests over an in-memory handler, in the app over the reader worker.
 */
import type { Rankings } from '../../model/explore-officials';
import { EXPLORE_SERVICE } from '../../lib/explore/explore-protocol';
import type {
	MapMeasure,
	MunicipalityValue,
	OfficialFilter,
	OfficialOptions,
	OfficialQuery,
	OfficialRow,
	OfficialSort,
	OfficialsPage,
	OfficialsRequest,
	OfficialsResponse
} from '../../lib/explore/officials-protocol';
import type { RpcClient } from '../../lib/worker-rpc';
import { ExploreMissingError, type ExploreClient } from '../../lib/explore/explore-client';

export interface OfficialQueries {
	options(): Promise<OfficialOptions>;
	page(query: OfficialQuery): Promise<OfficialsPage>;
	map(filter: OfficialFilter, measure: MapMeasure): Promise<MunicipalityValue[]>;
	/** Every selected row, sorted, for a download. */
	rows(filter: OfficialFilter, sort: OfficialSort, descending: boolean): Promise<OfficialRow[]>;
	rankings(): Promise<Rankings>;
}

type Ok = OfficialsResponse & { ok: true };

export function officialQueries(
	send: (request: OfficialsRequest) => Promise<OfficialsResponse>
): OfficialQueries {
	async function ask<K extends string>(request: OfficialsRequest, key: K) {
		const response = await send(request);
		if (!response.ok)
			throw response.missing
				? new ExploreMissingError(response.reason)
				: new Error(response.reason);
		if (!(key in response)) throw new Error('unexpected explore reply');
		return response as Extract<Ok, Record<K, unknown>>;
	}
	return {
		options: async () =>
			(await ask({ call: 'official-options' }, 'officialOptions')).officialOptions,
		page: async (query) => (await ask({ call: 'officials', query }, 'officialsPage')).officialsPage,
		map: async (filter, measure) =>
			(await ask({ call: 'official-map', filter, measure }, 'officialMap')).officialMap,
		rows: async (filter, sort, descending) =>
			(await ask({ call: 'official-rows', filter, sort, descending }, 'officialRows')).officialRows,
		rankings: async () => (await ask({ call: 'rankings' }, 'rankings')).rankings
	};
}

/** The same calls over the app's explore client (App.svelte sets it over the reader worker). */
export function clientOfficialQueries(client: ExploreClient): OfficialQueries {
	return officialQueries((request) =>
		client.officials
			? client.officials(request)
			: Promise.resolve({ ok: false, missing: true, reason: 'no officials calls on this client' })
	);
}

/** The same calls over the reader worker's client. */
export function workerOfficialQueries(rpc: RpcClient): OfficialQueries {
	return officialQueries((request) => rpc.call<OfficialsResponse>(EXPLORE_SERVICE, request));
}
