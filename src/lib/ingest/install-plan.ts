/**
 * What an install stores, and in which order (selective install): the core first, search
 * documents at its head so search works as early as possible, then each group kept. Pure.
 */
import type { FileKind, Manifest, ManifestFile, ManifestGroup } from '../../model/bundle-format';

export interface InstallPlan {
	/** Files no group names: stored before anything else. */
	core: ManifestFile[];
	/** The groups to store after the core, in manifest order, with their files. */
	groups: { group: ManifestGroup; files: ManifestFile[] }[];
	/** The person is to be asked what to keep (some group is not suggested and nothing was chosen). */
	ask: boolean;
}

/** The core's order: search documents first (searchable early), then entities, then the rest. */
const CORE_ORDER: readonly FileKind[] = ['search', 'entities', 'facts', 'graph', 'explore'];

/**
 * `leftOut`: the groups the person chose not to keep (undefined: never asked); `everything`
 * keeps every group whatever was chosen (a bundle loaded from files brings all of them).
 */
export function planInstall(
	manifest: Manifest,
	{ leftOut, everything = false }: { leftOut?: readonly string[]; everything?: boolean } = {}
): InstallPlan {
	const groups = manifest.groups ?? [];
	const grouped = new Set(groups.flatMap((g) => g.files));
	const core = manifest.files
		.filter((f) => !grouped.has(f.name))
		.sort((a, b) => CORE_ORDER.indexOf(a.kind) - CORE_ORDER.indexOf(b.kind));
	const ask = !everything && leftOut === undefined && groups.some((g) => !g.suggested);
	const kept = groups.filter((g) =>
		everything ? true : leftOut !== undefined ? !leftOut.includes(g.id) : !ask
	);
	const byName = new Map(manifest.files.map((f) => [f.name, f]));
	return {
		core,
		groups: kept.map((group) => ({ group, files: group.files.map((name) => byName.get(name)!) })),
		ask
	};
}

/** The files a plan stores, core first. */
export function plannedFiles(plan: InstallPlan): ManifestFile[] {
	return [...plan.core, ...plan.groups.flatMap((g) => g.files)];
}
