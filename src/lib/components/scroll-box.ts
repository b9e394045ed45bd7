/**
 * A wide table's box (`.table-wrap`): it scrolls sideways inside itself, and while it does it can
 * be focused and scrolled with the arrow keys (a named group: a region would repeat its section's landmark), and says which side holds more
 * (`data-more`, drawn as a fade in app.css). A box that fits is left a plain div: no extra tab stop.
 */

/** Which sides of a box have content scrolled out of view. */
export function moreSides(box: {
	scrollLeft: number;
	scrollWidth: number;
	clientWidth: number;
}): 'left' | 'right' | 'both' | undefined {
	const left = box.scrollLeft > 1;
	const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
	return left && right ? 'both' : left ? 'left' : right ? 'right' : undefined;
}

/** The box's name: its table's caption, else the heading of its section. */
function nameOf(box: HTMLElement): string {
	const caption = box.querySelector('caption')?.textContent?.trim();
	if (caption) return caption;
	return box.closest('section')?.querySelector('h2, h3')?.textContent?.trim() ?? '';
}

/** Attach to a `.table-wrap` div: `<div class="table-wrap" {@attach scrollBox}>`. */
export function scrollBox(box: HTMLElement): () => void {
	const update = () => {
		const more = moreSides(box);
		if (more === undefined) {
			box.removeAttribute('data-more');
			if (box.scrollWidth <= box.clientWidth + 1) {
				for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
				return;
			}
		} else box.dataset.more = more;
		box.tabIndex = 0;
		box.setAttribute('role', 'group');
		const name = nameOf(box);
		if (name) box.setAttribute('aria-label', name);
	};
	box.addEventListener('scroll', update, { passive: true });
	if (typeof ResizeObserver === 'undefined') {
		update();
		return () => box.removeEventListener('scroll', update);
	}
	// The table grows with its rows ("show all"), the box with the window: either changes the fit.
	// The first check is the observer's first call, made once the frame is laid out (and only when
	// the box is shown): measured here, as the page is built, each table laid the page out again,
	// once per table (about 30 ms of a party profile's first draw).
	const observer = new ResizeObserver(update);
	observer.observe(box);
	if (box.firstElementChild) observer.observe(box.firstElementChild);
	return () => {
		observer.disconnect();
		box.removeEventListener('scroll', update);
	};
}
