/**
 * The bundle's file kinds and the error a bad bundle file raises: no validators here, so the
 * page's first load can name them without bringing the schemas (bundle-format.ts) along.
 */
export const FILE_KINDS = ['entities', 'facts', 'search', 'graph', 'explore'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export class BundleError extends Error {
	override name = 'BundleError';
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
	}
}
