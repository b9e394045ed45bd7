/**
 * Files we recognise but deliberately do not read, so the build can say what a file is and
 * why it is skipped instead of "format not recognised".
 */
import { headerCells } from '../sources/csv';
import type { SourceFile } from '../sources/source-records';

interface KnownFormat {
	name: string;
	reason: string;
	detect(file: SourceFile): boolean;
}

const start = (file: SourceFile) => file.text.slice(0, 4000);
const header = (file: SourceFile) => headerCells(file.text).join('|');

export const UNSUPPORTED: readonly KnownFormat[] = [
	{
		name: 'a derived join of UR annual reports with VID tax totals (family-doctor dump)',
		reason:
			'not an official format: amounts are already converted and columns renamed; build from the VID tax-totals file instead',
		detect: (file) => /Reģistrācijas numurs;.*VSAOI iemaksas/.test(header(file).replace(/\|/g, ';'))
	},
	{
		name: 'Finnish election funding (derived JSON from VTV data)',
		reason: 'Finnish sources have no adapter yet; only Latvian formats are read',
		// Candidate/party lists name VTV or "vaali"; the pandas column dump has "Rahoitus yhteensä" further in.
		detect: (file) =>
			(/"(ehdokkaat|vuodet)"\s*:/.test(start(file)) && /VTV|vaali/i.test(start(file))) ||
			(/^\{"Nimi":\{"0"/.test(file.text) && file.text.includes('"Rahoitus yhteens'))
	}
];

/** What a file is when it is a known format we do not read, with the reason. */
export function explainUnsupported(file: SourceFile): string | undefined {
	const known = UNSUPPORTED.find((format) => format.detect(file));
	return known && `recognised as ${known.name}, which is not read: ${known.reason}`;
}
