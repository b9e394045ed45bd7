import { getAppData, type AppData } from './app-data.svelte';

/**
 * The app's data when a view is drawn inside the app; undefined when it is drawn on its own
 * (component tests, or a page that does not load data). Call it while a component initialises.
 * A try, because createContext's getter throws when the context is missing.
 */
export function findAppData(): AppData | undefined {
	try {
		return getAppData();
	} catch {
		return undefined;
	}
}
