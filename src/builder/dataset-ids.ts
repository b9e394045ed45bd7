/** Dataset ids for a build's input files: short, unique, and the same for the same paths. */
import { dirname, extname, relative, resolve as resolvePath, sep } from 'node:path';
import { slug } from './resolve/ids';

function commonDir(files: readonly string[]): string {
	const dirs = files.map((f) => dirname(resolvePath(f)).split(sep));
	const first = dirs[0] ?? [];
	let n = first.length;
	for (const dir of dirs) {
		let i = 0;
		while (i < n && dir[i] === first[i]) i++;
		n = i;
	}
	return first.slice(0, n).join(sep) || sep;
}

/**
 * Short dataset ids (every fact repeats one): the file's stem, with parent folders added
 * only while two inputs would share it: `knab/donations.csv` → `donations`, or
 * `knab-donations` when `vid/donations.csv` is built too.
 */
export function datasetIds(files: readonly string[]): string[] {
	const parts = files.map((f) => {
		const rel = relative(commonDir(files), resolvePath(f));
		return rel.slice(0, rel.length - extname(rel).length).split(sep);
	});
	const ids = parts.map((p) => slug(p.at(-1)!, 60) || 'source');
	for (let depth = 2; new Set(ids).size < ids.length && depth <= 6; depth++) {
		for (let i = 0; i < ids.length; i++) {
			if (ids.filter((id) => id === ids[i]).length > 1)
				ids[i] = slug(parts[i]!.slice(-depth).join('-'), 60);
		}
	}
	const taken = new Set<string>();
	return ids.map((id) => {
		let unique = id;
		for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
		taken.add(unique);
		return unique;
	});
}
