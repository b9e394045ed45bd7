/**
 * The explore pages' first answers, computed at install and stored beside the explore columns
 * (storage/versions.ts): what each page asks as it opens with nothing chosen, so a warm open
 * draws from one small read while the reader worker still loads the columns. Only these
 * questions are answered from them; any other goes to the engine. The explore service
 * answered them over the columns as stored, so each is its answer to the same question.
 */
import type {
	DonationFilter,
	ExploreRequest,
	ExploreResponse,
	TableQuery
} from './explore-protocol';
import type { OfficialsRequest, OfficialsResponse } from './officials-protocol';

/** What the donations page asks first: donations, nothing chosen. */
export const FIRST_FILTER: DonationFilter = {
	measure: 'donations',
	parties: [],
	bands: [],
	kinds: [],
	donors: [],
	office: [],
	name: ''
};

/** Its table's first page in the default order (donations-state.ts tableQueryOf). */
export const FIRST_QUERY: TableQuery = {
	filter: FIRST_FILTER,
	view: 'donations',
	sort: 'date',
	descending: true,
	offset: 0,
	limit: 50
};

export type FirstRequest = ExploreRequest | OfficialsRequest;
export type FirstResponse = ExploreResponse | OfficialsResponse;

/**
 * Each page's first questions, by its route: the donations page's, OfficialsView's (its default
 * order, router/officials-options.ts DEFAULT_SORT), RankingsView's and FlagsView's; their tests
 * check these are what the pages ask.
 */
export const FIRST_ASKED: Readonly<Record<string, readonly FirstRequest[]>> = {
	'explore-donations': [
		{ call: 'overview', filter: FIRST_FILTER },
		{ call: 'table', query: FIRST_QUERY }
	],
	'explore-officials': [
		{ call: 'official-options' },
		{
			call: 'officials',
			query: { filter: {}, sort: 'incomeCents', descending: true, offset: 0, limit: 50 }
		},
		{ call: 'official-map', filter: {}, measure: 'interests' }
	],
	'explore-rankings': [{ call: 'rankings' }],
	flags: [{ call: 'flags', query: { sort: 'year', offset: 0, limit: 50 } }]
};

export const FIRST_REQUESTS: readonly FirstRequest[] = Object.values(FIRST_ASKED).flat();

/** A question and its answer, as stored. */
export interface FirstAnswer {
	request: FirstRequest;
	response: FirstResponse;
}

/** The first answers stored for a version (storage/versions.ts readFirstAnswers). */
export interface StoredAnswers {
	version: string;
	answers: FirstAnswer[];
}

/** Whether `request` is one of the first questions (then a stored answer is looked for). */
export function isFirstRequest(request: FirstRequest): boolean {
	return FIRST_REQUESTS.some((first) => isSameQuestion(first, request));
}

/** The answers a service gives to the first questions; those it could not answer are left out. */
export async function firstAnswers(
	handle: (request: FirstRequest) => Promise<FirstResponse>
): Promise<FirstAnswer[]> {
	const answers: FirstAnswer[] = [];
	for (const request of FIRST_REQUESTS) {
		const response = await handle(request);
		if (response.ok) answers.push({ request, response });
	}
	return answers;
}

/** Equal as the service sees them: the same values, whatever the order of their keys. */
export function isSameQuestion(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
			: v
	);
}
