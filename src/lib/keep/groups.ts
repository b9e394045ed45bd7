/**
 * The groups of files a device may keep or leave out (selective install), as the choice and a
 * profile's notice show them: named from the catalogue, with sizes. Pure apart from `t`.
 */
import type { Manifest, ManifestGroup } from '../../model/bundle-format';
import type { KeepWords } from './keep-words';

const DATASETS = ['donations', 'declarations', 'register', 'tax-totals', 'party-finances'] as const;
type Dataset = (typeof DATASETS)[number];

/** A group's name: its dataset (and year) from the catalogue; one this app does not know, by its id. */
export function groupLabel(
	t: KeepWords,
	group: Pick<ManifestGroup, 'id' | 'dataset' | 'year'>
): string {
	return (DATASETS as readonly string[]).includes(group.dataset)
		? t(`keep.dataset.${group.dataset as Dataset}`, { year: String(group.year ?? '') })
		: group.id;
}

/** Bytes of the files no group names: what every device keeps. */
export function coreBytes(manifest: Manifest): number {
	const grouped = new Set((manifest.groups ?? []).flatMap((g) => g.files));
	return manifest.files.reduce((sum, f) => sum + (grouped.has(f.name) ? 0 : f.bytes), 0);
}

/** Bytes of these groups' files. */
export function groupsBytes(manifest: Manifest, ids: readonly string[]): number {
	return (manifest.groups ?? []).reduce((sum, g) => sum + (ids.includes(g.id) ? g.bytes : 0), 0);
}

/** The groups installed: those the active row lists, or every group when it lists none. */
export function installedGroups(
	manifest: Manifest,
	installed: readonly string[] | undefined
): string[] {
	return installed ? [...installed] : (manifest.groups ?? []).map((g) => g.id);
}
