/**
 * What the explorer pages ask of the explore service (explore-protocol.ts), as typed calls: one
 * seam, so a page is drawn in tests over an in-memory service and in the app over the reader
 * worker.
 */
import {
	EXPLORE_SERVICE,
	type DonationFilter,
	type DonationOverview,
	type DonationRow,
	type DonorRow,
	type ExploreRequest,
	type ExploreResponse,
	type TablePage,
	type TableQuery
} from '../../lib/explore/explore-protocol';
import type { RpcClient } from '../../lib/worker-rpc';

export interface DonationQueries {
	overview(filter: DonationFilter): Promise<DonationOverview>;
	table(query: TableQuery): Promise<TablePage<DonationRow> | TablePage<DonorRow>>;
	/** Every selected row of a view, for a download. */
	rows(filter: DonationFilter, view: 'donations'): Promise<TablePage<DonationRow>>;
}

/** The installed bundle has no explore file: the page says so instead of an error. */
export class ExploreMissingError extends Error {
	override name = 'ExploreMissingError';
}

/** Typed calls over anything that answers explore requests (a worker's client, a test's fake). */
export function donationQueries(
	send: (request: ExploreRequest) => Promise<ExploreResponse>
): DonationQueries {
	async function ask(request: ExploreRequest): Promise<ExploreResponse & { ok: true }> {
		const response = await send(request);
		if (response.ok) return response;
		throw response.missing ? new ExploreMissingError(response.reason) : new Error(response.reason);
	}
	return {
		async overview(filter) {
			const response = await ask({ call: 'overview', filter });
			if (!('overview' in response)) throw new Error('unexpected explore reply');
			return response.overview;
		},
		async table(query) {
			const response = await ask({ call: 'table', query });
			if (!('page' in response)) throw new Error('unexpected explore reply');
			return response.page;
		},
		async rows(filter, view) {
			const response = await ask({ call: 'rows', filter, view });
			if (!('page' in response)) throw new Error('unexpected explore reply');
			return response.page as TablePage<DonationRow>;
		}
	};
}

/** The same calls over the reader worker's client. */
export function workerDonationQueries(rpc: RpcClient): DonationQueries {
	return donationQueries((request) => rpc.call<ExploreResponse>(EXPLORE_SERVICE, request));
}
