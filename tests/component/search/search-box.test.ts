import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SearchBox from '../../../src/lib/search/SearchBox.svelte';
import { doc, loadedSearch, t } from '../../fixtures/component/search-harness';

async function typeInto(text: string) {
	const search = await loadedSearch();
	render(SearchBox, { search, t });
	const box = screen.getByRole('combobox', { name: t('search.label') });
	await fireEvent.input(box, { target: { value: text } });
	await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
	return { box, options: screen.getAllByRole('option') };
}

describe('SearchBox', () => {
	afterEach(() => {
		location.hash = '';
	});

	it('shows options as you type, best first, with kind and subtitle', async () => {
		const { box, options } = await typeInto('beldins');
		expect(box).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getByRole('listbox')).toHaveAttribute('id', box.getAttribute('aria-controls'));
		expect(options[0]).toHaveTextContent('Jānis Bēldiņš');
		expect(options[0]).toHaveTextContent('Person');
		expect(options[0]).toHaveTextContent('Saeimas deputāts · Zaļā Nākotne · 2010–2022');
		expect(screen.getByRole('status')).toHaveTextContent(/Results: \d+/);
	});

	it('moves aria-activedescendant with the arrow keys', async () => {
		const { box, options } = await typeInto('beld');
		expect(box).not.toHaveAttribute('aria-activedescendant');
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
		expect(options[0]).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
		await fireEvent.keyDown(box, { key: 'ArrowUp' });
		expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
		expect(options[1]).toHaveAttribute('aria-selected', 'false');
	});

	it('opens the active option on Enter', async () => {
		const { box } = await typeInto('kokzag');
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		await fireEvent.keyDown(box, { key: 'Enter' });
		expect(location.hash).toBe('#/company/c-saw');
	});

	it.each([
		['zala nakotne', '#/party/o-green'],
		['valsts kontrole', '#/org/o-audit'],
		['beldins janis', '#/person/p-janis']
	])('opens the first option for %j on Enter when none is active', async (text, hash) => {
		const { box } = await typeInto(text);
		await fireEvent.keyDown(box, { key: 'Enter' });
		expect(location.hash).toBe(hash);
	});

	it('opens an option on click', async () => {
		const { options } = await typeInto('anna');
		await fireEvent.click(options[0]!);
		expect(location.hash).toBe('#/person/p-anna');
	});

	it('makes each option a link to its page, so it can open in a new tab or be copied', async () => {
		const { options } = await typeInto('beld');
		expect(options.map((option) => option.tagName)).toEqual(options.map(() => 'A'));
		expect(options.map((option) => option.getAttribute('href'))).toEqual(
			expect.arrayContaining(['#/person/p-janis', '#/person/p-anna', '#/company/c-saw'])
		);
	});

	it('leaves a click with a modifier key to the browser (a new tab or window)', async () => {
		const onnavigate = vi.fn();
		const search = await loadedSearch();
		render(SearchBox, { search, t, onnavigate });
		await fireEvent.input(screen.getByRole('combobox'), { target: { value: 'anna' } });
		const option = await screen.findByRole('option', { name: /Anna Bēldiņa/ });
		const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
		option.addEventListener('click', (event) => event.preventDefault(), { once: true });
		option.dispatchEvent(modified);
		expect(onnavigate).not.toHaveBeenCalled();
		await fireEvent.click(option);
		expect(onnavigate).toHaveBeenCalledWith('#/person/p-anna');
	});

	it('finds an organisation by registration number and a person by a code fragment, masked', async () => {
		const search = await loadedSearch([
			doc({ id: 'o-bank', kind: 'company', name: 'AS "Upes Banka"', regNo: '40003003091' }),
			doc({ id: 'p-liepa', name: 'Anna Liepa', codes: ['110692'], birthYear: 1992 })
		]);
		render(SearchBox, { search, t });
		const box = screen.getByRole('combobox');
		await fireEvent.input(box, { target: { value: '40003' } });
		const bank = await screen.findByRole('option', { name: /Upes Banka/ });
		expect(bank).toHaveTextContent('Reg. No. 40003003091');
		expect(bank.querySelector('mark')?.textContent).toBe('40003');
		await fireEvent.input(box, { target: { value: '110692' } });
		const person = await screen.findByRole('option', { name: /Anna Liepa/ });
		expect(person).toHaveTextContent('Personal code 110692-*****');
		expect(person).toHaveTextContent('b. 1992');
	});

	it('marks the matched letters as <mark> text', async () => {
		const { options } = await typeInto('janis beld');
		const marked = options[0]!.querySelectorAll('mark');
		expect([...marked].map((mark) => mark.textContent)).toEqual(['Jānis', 'Bēld']);
	});

	it('shows a hostile name as text, never as markup', async () => {
		const { options } = await typeInto('ozols');
		expect(options[0]).toHaveTextContent('<img src=x onerror=alert(1)> Ozols');
		expect(document.querySelector('img')).toBeNull();
	});

	it('says when nothing was found', async () => {
		const search = await loadedSearch();
		render(SearchBox, { search, t });
		await fireEvent.input(screen.getByRole('combobox'), { target: { value: 'qqqqqq' } });
		await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing found.'));
		expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
	});

	it('draws every result, the first screenful first, and lets the arrow keys reach them all', async () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			doc({ id: `p-${i}`, name: `Anna Liepa${i}` })
		);
		const search = await loadedSearch(many);
		render(SearchBox, { search, t });
		const box = screen.getByRole('combobox');
		await fireEvent.input(box, { target: { value: 'anna' } });
		await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(30));
		for (let i = 0; i < 20; i++) await fireEvent.keyDown(box, { key: 'ArrowDown' });
		const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
		expect(active).toHaveAttribute('aria-selected', 'true');
		expect(active).toHaveTextContent(search.results[19]!.doc.name);
	});
});
