/** The document title of each page, so tabs, bookmarks and history tell pages apart. */
import type { Route } from './routes';

/** What the title needs beyond the route: names the page has read. */
export interface TitleNames {
	/** The profile's (or network centre's) name, once read. */
	entity?: string;
	/** The entity does not exist in the loaded data. */
	isMissing?: boolean;
	/** The connection finder's two ends. */
	a?: string;
	b?: string;
}

type Translate = (key: TitleKey, vars?: Record<string, string>) => string;
export type TitleKey =
	| 'app.name'
	| 'title.page'
	| 'title.search'
	| 'title.network'
	| 'title.connections'
	| 'title.notFound'
	| 'nav.search'
	| 'nav.connect'
	| 'nav.institutions'
	| 'nav.sources'
	| 'finances.explore.title'
	| 'nav.flags'
	| 'nav.explore'
	| 'explore.donations.title'
	| 'officials.title'
	| 'rankings.title';

/**
 * @example pageTitle({ name: 'graph', id: 'p-1' }, { entity: 'Anna Liepa' }, t) // 'Network: Anna Liepa · Plainview'
 */
export function pageTitle(route: Route, names: TitleNames, t: Translate): string {
	const app = t('app.name');
	const page = pageName(route, names, t);
	return page === undefined ? app : t('title.page', { page, app });
}

function pageName(route: Route, names: TitleNames, t: Translate): string | undefined {
	switch (route.name) {
		case 'home':
			return undefined;
		case 'search':
			return route.q.trim() === '' ? t('nav.search') : t('title.search', { q: route.q.trim() });
		case 'institutions':
			return t('nav.institutions');
		case 'sources':
			return t('nav.sources');
		case 'flags':
			return t('nav.flags');
		case 'not-found':
			return t('title.notFound');
		case 'explore-finances':
			return t('finances.explore.title');
		case 'explore':
			return t('nav.explore');
		case 'explore-donations':
			return t('explore.donations.title');
		case 'explore-officials':
			return t('officials.title');
		case 'explore-rankings':
			return t('rankings.title');
		case 'connect': {
			const [a, b] = [route.a && (names.a ?? '…'), route.b && (names.b ?? '…')];
			if (!a && !b) return t('nav.connect');
			return t('title.connections', { a: a || '…', b: b || '…' });
		}
		default:
			if (names.isMissing) return t('title.notFound');
			if (names.entity === undefined) return undefined;
			return route.name === 'graph' ? t('title.network', { name: names.entity }) : names.entity;
	}
}
