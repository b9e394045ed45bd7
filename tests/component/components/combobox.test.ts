import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ComboboxHarness from '../../fixtures/component/ComboboxHarness.svelte';

async function typeInto(text: string) {
	render(ComboboxHarness);
	const box = screen.getByRole('combobox', { name: 'Fruit' });
	await fireEvent.input(box, { target: { value: text } });
	return box;
}

describe('Combobox', () => {
	it('is a labelled field that controls a named listbox, shown while it has options', async () => {
		const box = await typeInto('ap');
		const list = screen.getByRole('listbox', { name: 'Fruit found' });
		expect(box).toHaveAttribute('aria-controls', list.id);
		expect(box).toHaveAttribute('aria-expanded', 'true');
		expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['apple', 'apricot']);
		await fireEvent.input(box, { target: { value: 'x' } });
		expect(box).toHaveAttribute('aria-expanded', 'false');
		expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
	});

	it('moves aria-activedescendant with the arrow keys and picks on Enter', async () => {
		const box = await typeInto('ap');
		expect(box).not.toHaveAttribute('aria-activedescendant');
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		await fireEvent.keyDown(box, { key: 'ArrowDown' });
		const options = screen.getAllByRole('option');
		expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
		expect(options[1]).toHaveAttribute('aria-selected', 'true');
		await fireEvent.keyDown(box, { key: 'ArrowUp' });
		expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
		expect(await fireEvent.keyDown(box, { key: 'Enter' })).toBe(false);
		expect(screen.getByText('Picked: apple')).toBeInTheDocument();
	});

	it('leaves a key to the browser when the caller did nothing with it', async () => {
		const box = await typeInto('ap');
		// fireEvent answers false when the default was prevented.
		expect(await fireEvent.keyDown(box, { key: 'ArrowDown' })).toBe(false);
		expect(await fireEvent.keyDown(box, { key: 'Escape' })).toBe(false);
		expect(box).not.toHaveAttribute('aria-activedescendant');
		expect(await fireEvent.keyDown(box, { key: 'Escape' })).toBe(true);
		expect(await fireEvent.keyDown(box, { key: 'a' })).toBe(true);
	});

	it('keeps the focus in the field when an option is pressed', async () => {
		await typeInto('ap');
		expect(await fireEvent.mouseDown(screen.getAllByRole('option')[0]!, { button: 0 })).toBe(false);
	});
});
