/**
 * Hash routes are the app's permalinks: `#/person/p-…` keeps working after a data update
 * because entity ids are stable. Parsing and formatting are pure and round-trip.
 */
import {
	isDefault,
	parseConnectOptions,
	parseGraphOptions,
	writeConnectOptions,
	writeGraphOptions,
	type ConnectOptions,
	type GraphOptions
} from './view-options';
import {
	parseDonationsOptions,
	writeDonationsOptions,
	type DonationsOptions
} from './explore-options';
import { parseFlagsOptions, writeFlagsOptions, type FlagsOptions } from './flags-options';
import {
	parseOfficialsOptions,
	parseRankingsOptions,
	writeOfficialsOptions,
	type OfficialsOptions,
	type RankingsOptions
} from './officials-options';

export type Route =
	/** `q`: what was typed in the home page's search box. */
	| { name: 'home'; q?: string }
	| { name: 'search'; q: string }
	| { name: 'person'; id: string }
	| { name: 'party'; id: string }
	| { name: 'company'; id: string }
	| { name: 'org'; id: string }
	| { name: 'institutions' }
	| { name: 'institution'; id: string }
	/** `options`: depth, filters and expanded hubs, when not the defaults (view-options.ts). */
	| { name: 'graph'; id: string; options?: GraphOptions }
	| { name: 'sources' }
	/** Every red flag; `kind` filters to one kind (a FlagKind), kept in the address. */
	| ({ name: 'flags' } & FlagsOptions)
	/** "How is A connected to B?": either end may still be unpicked. */
	| { name: 'connect'; a?: string; b?: string; options?: ConnectOptions }
	/** Party finances side by side: `parties` (at most four) and `year` when chosen. */
	| { name: 'explore-finances'; parties?: string[]; year?: number }
	/** The explore pages' index, and each overview (explore-options.ts for its selection). */
	| { name: 'explore' }
	| { name: 'explore-donations'; options?: DonationsOptions }
	| { name: 'explore-officials'; options?: OfficialsOptions }
	| { name: 'explore-rankings'; options?: RankingsOptions }
	| { name: 'not-found'; path: string };

export type RouteName = Route['name'];

/** The explore pages' routes: `explore` (their index) and `explore-…`, one per page. */
export type ExploreRoute = Extract<Route, { name: 'explore' | `explore-${string}` }>;

export function isExploreRoute(route: Route): route is ExploreRoute {
	return route.name === 'explore' || route.name.startsWith('explore-');
}

const ENTITY_ROUTES = ['person', 'party', 'company', 'org', 'institution', 'graph'] as const;
type EntityRouteName = (typeof ENTITY_ROUTES)[number];

function isEntityRoute(name: string): name is EntityRouteName {
	return (ENTITY_ROUTES as readonly string[]).includes(name);
}

function decode(part: string): string | undefined {
	try {
		return decodeURIComponent(part);
	} catch {
		return undefined;
	}
}

/**
 * Reads a location hash (`#/person/p-1`, `#/search?q=bērziņš`); anything unknown is a
 * not-found route that keeps the path, so the page can say what was asked for.
 * @example parseHash('#/party/o-40008000001') // { name: 'party', id: 'o-40008000001' }
 */
export function parseHash(hash: string): Route {
	const raw = hash.replace(/^#/, '');
	const queryAt = raw.indexOf('?');
	const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
	const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
	const parts = path.split('/').filter((part) => part !== '');
	const notFound: Route = { name: 'not-found', path: raw };
	if (parts.length === 0) {
		const q = query.get('q');
		return q ? { name: 'home', q } : { name: 'home' };
	}
	const [first = '', second, ...rest] = parts;
	if (rest.length > 0) return notFound;
	if (first === 'explore' && second === 'finances') return financesRoute(query);
	if (second === undefined) {
		if (first === 'search') return { name: 'search', q: query.get('q') ?? '' };
		if (first === 'institutions') return { name: 'institutions' };
		if (first === 'sources') return { name: 'sources' };
		if (first === 'flags') return { name: 'flags', ...parseFlagsOptions(query) };
		if (first === 'connect') return connectRoute(query);
		if (first === 'explore') return { name: 'explore' };
		return notFound;
	}
	if (first === 'explore') return exploreRoute(second, query) ?? notFound;
	const id = decode(second);
	if (id === undefined || id === '' || !isEntityRoute(first)) return notFound;
	if (first === 'graph') {
		const options = parseGraphOptions(query);
		return isDefault(options) ? { name: first, id } : { name: first, id, options };
	}
	return { name: first, id };
}

function financesRoute(query: URLSearchParams): Route {
	const parties = [...new Set(query.getAll('party').filter(Boolean))].slice(0, 4);
	const year = Number(query.get('year'));
	return {
		name: 'explore-finances',
		...(parties.length > 0 && { parties }),
		...(/^\d{4}$/.test(query.get('year') ?? '') && { year })
	};
}

function connectRoute(query: URLSearchParams): Route {
	const a = query.get('a') || undefined;
	const b = query.get('b') || undefined;
	const options = parseConnectOptions(query);
	return {
		name: 'connect',
		...(a && { a }),
		...(b && { b }),
		...(!isDefault(options) && { options })
	};
}

/** An explore page by its name in the path (`#/explore/donations`); undefined if unknown. */
function exploreRoute(page: string, query: URLSearchParams): Route | undefined {
	if (page === 'donations') {
		const options = parseDonationsOptions(query);
		return Object.keys(options).length === 0
			? { name: 'explore-donations' }
			: { name: 'explore-donations', options };
	}
	if (page === 'officials') {
		const options = parseOfficialsOptions(query);
		return Object.keys(options).length === 0
			? { name: 'explore-officials' }
			: { name: 'explore-officials', options };
	}
	if (page === 'rankings') {
		const options = parseRankingsOptions(query);
		return options.party ? { name: 'explore-rankings', options } : { name: 'explore-rankings' };
	}
	return undefined;
}

/**
 * Writes a route as a hash; `formatHash(parseHash(h))` gives back the canonical form of `h`.
 * @example formatHash({ name: 'search', q: 'Bērziņš' }) // '#/search?q=B%C4%93rzi%C5%86%C5%A1'
 */
export function formatHash(route: Route): string {
	switch (route.name) {
		case 'home':
			return route.q ? `#/?${new URLSearchParams({ q: route.q })}` : '#/';
		case 'search':
			return route.q === '' ? '#/search' : `#/search?${new URLSearchParams({ q: route.q })}`;
		case 'institutions':
		case 'sources':
		case 'explore':
			return `#/${route.name}`;
		case 'flags': {
			const query = new URLSearchParams();
			writeFlagsOptions(route, query);
			return query.size === 0 ? '#/flags' : `#/flags?${query}`;
		}
		case 'explore-donations': {
			const query = new URLSearchParams();
			if (route.options) writeDonationsOptions(route.options, query);
			return query.size === 0 ? '#/explore/donations' : `#/explore/donations?${query}`;
		}
		case 'explore-officials': {
			const query = new URLSearchParams();
			if (route.options) writeOfficialsOptions(route.options, query);
			return query.size === 0 ? '#/explore/officials' : `#/explore/officials?${query}`;
		}
		case 'explore-rankings': {
			const party = route.options?.party;
			return party ? `#/explore/rankings?${new URLSearchParams({ party })}` : '#/explore/rankings';
		}
		case 'connect': {
			const query = new URLSearchParams();
			if (route.a) query.set('a', route.a);
			if (route.b) query.set('b', route.b);
			if (route.options) writeConnectOptions(route.options, query);
			return query.size === 0 ? '#/connect' : `#/connect?${query}`;
		}
		case 'explore-finances': {
			const query = new URLSearchParams();
			for (const party of route.parties ?? []) query.append('party', party);
			if (route.year !== undefined) query.set('year', String(route.year));
			return query.size === 0 ? '#/explore/finances' : `#/explore/finances?${query}`;
		}
		case 'not-found':
			return `#${route.path}`;
		case 'graph': {
			const query = new URLSearchParams();
			if (route.options) writeGraphOptions(route.options, query);
			const path = `#/graph/${encodeURIComponent(route.id)}`;
			return query.size === 0 ? path : `${path}?${query}`;
		}
		default:
			return `#/${route.name}/${encodeURIComponent(route.id)}`;
	}
}
