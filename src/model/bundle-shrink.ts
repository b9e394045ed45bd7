/**
 * Whether a bundle offered in place of the installed one would lose most of the data: a
 * manifest that lists almost nothing is a broken build or a wrong file far more often than
 * a real update, so it is not installed without the person's word (issue 18).
 */
import type { Manifest } from './bundle-format';

/** Real updates add or correct a few records; losing nine tenths means a source or file went missing. */
export const SHRINK_RATIO = 0.1;

/** What a manifest lists: entities (people and organisations) and records in all its files. */
export interface BundleCounts {
	entities: number;
	records: number;
}

export interface BundleShrink {
	installed: BundleCounts;
	offered: BundleCounts;
	/** The offered bundle's version, so a confirmation installs that one and no other. */
	version: string;
}

/** Counts from the file list, which the install checks against every file, not from `counts`. */
export function bundleCounts(manifest: Manifest): BundleCounts {
	let entities = 0;
	let records = 0;
	for (const file of manifest.files) {
		records += file.records;
		if (file.kind === 'entities') entities += file.records;
	}
	return { entities, records };
}

/**
 * The loss when `offered` has fewer than `ratio` times the installed entities or records;
 * undefined when it is a bundle of about the same size or larger.
 */
export function bundleShrink(
	installed: Manifest,
	offered: Manifest,
	ratio = SHRINK_RATIO
): BundleShrink | undefined {
	const before = bundleCounts(installed);
	const after = bundleCounts(offered);
	const shrinks =
		after.entities < before.entities * ratio || after.records < before.records * ratio;
	return shrinks ? { installed: before, offered: after, version: offered.version } : undefined;
}

/** Thrown by the install instead of replacing the data; the page asks the person (ShrinkQuestion). */
export class ShrinkError extends Error {
	override name = 'ShrinkError';
	constructor(readonly shrink: BundleShrink) {
		const { installed, offered } = shrink;
		super(
			`manifest.json: lists ${offered.entities} entities in ${offered.records} records, under ${SHRINK_RATIO} of the installed ${installed.entities} in ${installed.records}; not installed without confirmation`
		);
	}
}
