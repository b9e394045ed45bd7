import { FILE_KINDS, type FileKind } from '../../model/bundle-error';

/** A one-line message for a person: a BundleError's message already names the file. */
export function describeError(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

/** Which part of the data a failed file is, in words a reader knows. */
export type FilePart = FileKind | 'manifest' | 'other';

/** What went wrong, as far as the reader can act on it. */
export type FailureCause = 'download' | 'damaged' | 'format' | 'storage' | 'invalid';

export interface InstallFailure {
	/** The file the message names (a BundleError's `file: problem`), when it names one. */
	file?: string;
	part: FilePart;
	cause: FailureCause;
}

/**
 * Reads an install error's message (`file: problem`, as BundleError writes it) for the page:
 * which file, what kind of file, and what went wrong. The message itself stays the detail.
 */
export function installFailure(message: string): InstallFailure {
	const named = /^([\w.-]+\.(?:json|gz|tar)): /.exec(message);
	const file = named?.[1];
	return { ...(file && { file }), part: partOf(file), cause: causeOf(message) };
}

function partOf(file: string | undefined): FilePart {
	if (file === 'manifest.json') return 'manifest';
	const kind = file?.split('-')[0];
	return FILE_KINDS.find((k) => k === kind) ?? 'other';
}

// The wordings of bundle-source.ts, read-file.ts, store-file.ts and bundle-format.ts.
const CAUSES: [RegExp, FailureCause][] = [
	[/unknown bundle format/, 'format'],
	[
		/could not be downloaded|the server answered|not among the chosen|not in the archive/,
		'download'
	],
	[/could not be stored|local storage is unavailable|quota/i, 'storage'],
	[/bytes but the manifest|sha256|truncated|not a whole|packs add up|unpacks to/, 'damaged']
];

function causeOf(message: string): FailureCause {
	return CAUSES.find(([pattern]) => pattern.test(message))?.[1] ?? 'invalid';
}
