import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AppHeader from '../../../src/lib/components/AppHeader.svelte';
import PersonView from '../../../src/views/PersonView.svelte';
import { personProfile } from '../../fixtures/profiles';
import { renderInApp } from '../../fixtures/component/render';

describe('the language switch', () => {
	it('changes the interface strings, and marks the language in use', async () => {
		renderInApp(AppHeader, { current: 'sources' });
		const nav = () => screen.getByRole('navigation');
		expect(screen.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
		expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

		await fireEvent.click(screen.getByRole('button', { name: 'Latviešu' }));

		expect(nav()).toHaveAccessibleName('Galvenā navigācija');
		expect(screen.getByRole('link', { name: 'Meklēt' })).toHaveAttribute('href', '#/search');
		expect(screen.getByRole('link', { name: 'Mani deputāti' })).toHaveAttribute(
			'href',
			'#/institutions'
		);
		expect(screen.getByRole('link', { name: 'Avoti' })).toHaveAttribute('aria-current', 'page');
		expect(screen.getByRole('button', { name: 'Latviešu' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(screen.getByRole('button', { name: 'Latviešu' })).toHaveAttribute('lang', 'lv');
	});

	it('re-renders an open page, leaving the data as published', async () => {
		const { i18n } = renderInApp(PersonView, { profile: personProfile() });
		expect(screen.getByRole('heading', { name: 'Declarations' })).toBeInTheDocument();
		expect(screen.getAllByText('EUR 42,100.55')).not.toHaveLength(0);
		i18n.setLocale('lv');
		expect(await screen.findByRole('heading', { name: 'Deklarācijas' })).toBeInTheDocument();
		expect(screen.getAllByText('42 100,55 EUR')).not.toHaveLength(0);
		expect(screen.getByRole('heading', { level: 1, name: 'Anna Liepa' })).toBeInTheDocument();
		expect(screen.getByText('Kārtējā gada deklarācija - par 2024. gadu')).toBeInTheDocument();
	});
});
