/** Lower-case ASCII words joined by '-', from any name: for ids and file names. */
import { foldText } from './fold-name';

export function slug(text: string, max = 40): string {
	return foldText(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}
