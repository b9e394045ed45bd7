import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partyProfile, personProfile, storedBundle } from '../fixtures/profiles';
import { FakeAppData, fakeProfiles, loaded } from '../fixtures/component/app-fakes.svelte';

vi.mock('../../src/lib/app-data/app-data.svelte', async () => {
	const { createContext } = await import('svelte');
	const [getAppData, setAppData] = createContext<unknown>();
	return {
		AppData: (await import('../fixtures/component/app-fakes.svelte')).FakeAppData,
		getAppData,
		setAppData
	};
});
vi.mock('../../src/lib/reads/profile.svelte', async () => ({
	ProfileState: (await import('../fixtures/component/app-fakes.svelte')).FakeProfileState
}));
vi.mock('../../src/lib/search/search.svelte', async () => ({
	SearchState: (await import('../fixtures/component/app-fakes.svelte')).FakeSearchState,
	createSearchClient: () => ({})
}));
vi.mock('../../src/lib/reader/reader', () => ({ createReaderWorker: () => ({}) }));
vi.mock('../../src/lib/graph/graph-client', () => ({
	createGraphClient: () => ({
		neighbours: () => Promise.reject(new Error('no graph in this test')),
		paths: () => Promise.reject(new Error('no graph in this test'))
	})
}));
// The search page itself is the search engineer's (tested there); here only that the route
// reaches a page with a search box, so a simple one stands in.
vi.mock('../../src/views/SearchView.svelte', async () => ({
	default: (await import('../../src/lib/components/SearchForm.svelte')).default
}));

const { default: App } = await import('../../src/App.svelte');

function go(hash: string) {
	window.location.hash = hash;
	window.dispatchEvent(new HashChangeEvent('hashchange'));
}

describe('App', () => {
	beforeEach(() => {
		localStorage.clear();
		window.history.replaceState(null, '', '#/');
		FakeAppData.next = storedBundle();
		const person = personProfile();
		const party = partyProfile();
		fakeProfiles[person.entity.id] = person;
		fakeProfiles[party.entity.id] = party;
		loaded.length = 0;
	});
	afterEach(() => {
		for (const id of Object.keys(fakeProfiles)) delete fakeProfiles[id];
	});

	it('opens on the start page, in the browser’s language', () => {
		render(App);
		expect(
			screen.getByRole('heading', { level: 1, name: 'Who is who in Latvian politics' })
		).toBeInTheDocument();
		expect(document.documentElement.lang).toBe('en');
	});

	it('loads the profile the address names, and follows the address', async () => {
		render(App);
		go('#/person/p-anna-liepa-1a2b');
		// The profile pages are a chunk loaded on first use: on a busy machine its first
		// transform takes longer than findBy's default second.
		expect(
			await screen.findByRole('heading', { level: 1, name: 'Anna Liepa' }, { timeout: 10_000 })
		).toBeInTheDocument();
		expect(document.title).toBe('Anna Liepa · Plainview');
		go('#/party/o-40008000001');
		expect(
			await screen.findByRole('heading', { level: 1, name: 'Zaļo Pļavu Partija' })
		).toBeInTheDocument();
		expect(loaded).toEqual(['p-anna-liepa-1a2b', 'o-40008000001']);
	});

	it('says when the address names no entity in the data', async () => {
		render(App);
		go('#/person/p-nobody');
		expect(
			await screen.findByText('There is no record “p-nobody” in this data.')
		).toBeInTheDocument();
	});

	it('shows the sources page and an unknown address', async () => {
		render(App);
		go('#/sources');
		expect(
			await screen.findByRole('heading', { level: 1, name: 'Data sources' })
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
		go('#/no/such/page');
		expect(
			await screen.findByText('The address “/no/such/page” matches no page.')
		).toBeInTheDocument();
	});

	it('lists institutions for “my deputies”', async () => {
		render(App);
		go('#/institutions');
		expect(await screen.findByRole('link', { name: 'Latvijas Republikas Saeima' })).toHaveAttribute(
			'href',
			'#/institution/o-90000028300'
		);
		expect(screen.queryByRole('link', { name: 'Anna Liepa' })).toBeNull();
	});

	it('offers the live search box on the start page, and the search page at its address', async () => {
		render(App);
		const box = screen.getByRole('combobox', {
			name: 'Search for a person, party or organisation'
		});
		await fireEvent.input(box, { target: { value: 'bērziņš' } });
		expect(box).toHaveValue('bērziņš');
		go('#/search?q=b%C4%93rzi%C5%86%C5%A1');
		await waitFor(() =>
			expect(screen.queryByRole('heading', { name: 'Who is who in Latvian politics' })).toBeNull()
		);
		expect(screen.getByRole('search')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
	});

	it('switches the whole interface to Latvian and remembers it', async () => {
		render(App);
		await fireEvent.click(screen.getByRole('button', { name: 'Latviešu' }));
		expect(
			screen.getByRole('heading', { level: 1, name: 'Kas ir kas Latvijas politikā' })
		).toBeInTheDocument();
		expect(
			within(screen.getByRole('navigation')).getByRole('link', { name: 'Mani deputāti' })
		).toBeInTheDocument();
		await waitFor(() => expect(document.documentElement.lang).toBe('lv'));
		expect(localStorage.getItem('plainview.locale')).toBe('lv');
	});

	it('shows the install progress until data is stored', async () => {
		FakeAppData.next = undefined;
		render(App);
		go('#/person/p-anna-liepa-1a2b');
		expect(await screen.findByRole('progressbar', { name: 'Progress' })).toBeInTheDocument();
		expect(screen.getByText('The data is not loaded yet.')).toBeInTheDocument();
		expect(loaded).toEqual([]);
	});
});
