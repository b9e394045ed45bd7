/**
 * The entry, small on purpose. On a first visit nothing is warm, and one long task here
 * would block the page (npm run bench, "longest main-thread task"). So the start is a chain
 * of short tasks: each import evaluates one layer of the app (Svelte's runtime, the data
 * layer with Dexie, the catalogues, the views), the language and the database are set up
 * apart, and the app is mounted last (it draws its header, then the page, then starts the
 * data: App.svelte). index.html preloads every chunk named here (vite.config.ts,
 * preloadStart), so the split costs no round trip.
 */
import './app.css';
import { nextTask } from './lib/start/next-task';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// An explore or flags page opened by its address: its code is fetched beside the app's.
if (/^#\/(explore\/|flags)/.test(location.hash))
	void import('./page-code').then(({ fetchPageCode }) => fetchPageCode(location.hash));
const { mount } = await import('svelte');
await nextTask();
const { AppData } = await import('./lib/app-data/app-data.svelte');
await nextTask();
// First, so that a stored database opens while the rest loads, and the stored first answers
// of an explore or flags page are read from it at once.
const appData = new AppData();
const ahead = appData.readAhead(location.hash);
await nextTask();
const { I18n } = await import('./lib/i18n/i18n.svelte');
await nextTask();
// The first read of localStorage in a new profile waits for the browser to open it.
const i18n = new I18n();
await nextTask();
const { default: App } = await import('./App.svelte');
await nextTask();
mount(App, { target, props: { i18n, appData, isStaged: true, ahead } });

// The offline shell (vite.config.ts, offlineShell), once the start has settled: installing it
// fetches and stores every file of the app, work that would compete with the start for the CPU.
if (import.meta.env.HAS_OFFLINE_SHELL === true && 'serviceWorker' in navigator) {
	const register = () => void navigator.serviceWorker.register('./sw.js', { scope: './' });
	if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 5000 });
	else setTimeout(register, 1000);
}
