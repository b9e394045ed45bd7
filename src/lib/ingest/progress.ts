/**
 * Install progress as the ingest sees it: counters that only grow, and a time estimate
 * from the byte rate. Pure apart from the clock, which tests replace.
 */
import type { Manifest, ManifestFile } from '../../model/bundle-format';

/**
 * `checking`: reading manifest.json; `downloading`: fetching, verifying and storing files;
 * `indexing`: every file is stored, switching to the new version and removing the old one;
 * `ready`: the version in `version` is active; `failed`: see `error` (an older version, if
 * any, is still active and complete).
 */
export type InstallPhase = 'idle' | 'checking' | 'downloading' | 'indexing' | 'ready' | 'failed';

export interface InstallProgress {
	phase: InstallPhase;
	files: { done: number; total: number };
	bytes: { done: number; total: number };
	records: { done: number; total: number };
	/** Seconds left at the current rate; absent until there is a rate to go by. */
	etaSeconds?: number;
	/** Which file and what went wrong, when phase is 'failed'. */
	error?: string;
	/** The bundle version being checked or installed, once its manifest is read. */
	version?: string;
}

/** Below this much elapsed time a rate is noise; no estimate is shown yet. */
const MIN_RATE_MS = 500;

export class ProgressTracker {
	#progress: InstallProgress = emptyProgress('checking');
	#startedAt: number | undefined;
	readonly #now: () => number;
	readonly #emit: (progress: InstallProgress) => void;

	constructor(
		emit: (progress: InstallProgress) => void,
		now: () => number = () => performance.now()
	) {
		this.#emit = emit;
		this.#now = now;
	}

	phase(phase: InstallPhase, extra: Partial<InstallProgress> = {}): void {
		this.#progress = { ...this.#progress, phase, ...extra };
		this.#send();
	}

	/** Totals from the files to store (all the manifest's by default); the counters start at zero. */
	begin(manifest: Manifest, files: readonly ManifestFile[] = manifest.files): void {
		this.#startedAt = this.#now();
		this.#progress = {
			phase: 'downloading',
			version: manifest.version,
			files: { done: 0, total: files.length },
			bytes: { done: 0, total: sum(files, 'bytes') },
			records: { done: 0, total: sum(files, 'records') }
		};
		this.#send();
	}

	bytes(n: number): void {
		const { bytes } = this.#progress;
		// A server that sends more than the manifest says fails the size check; never show >100 %.
		this.#progress = {
			...this.#progress,
			bytes: { ...bytes, done: Math.min(bytes.total, bytes.done + n) }
		};
		this.#send();
	}

	/** A file is verified and stored: its bytes count in full, even if the source did not stream them. */
	fileStored(fileBytes: number, fileRecords: number, bytesSeen: number): void {
		const { files, bytes, records } = this.#progress;
		this.#progress = {
			...this.#progress,
			files: { ...files, done: files.done + 1 },
			bytes: {
				...bytes,
				done: Math.min(bytes.total, bytes.done + Math.max(0, fileBytes - bytesSeen))
			},
			records: { ...records, done: Math.min(records.total, records.done + fileRecords) }
		};
		this.#send();
	}

	/** Everything is in: counters at their totals, whatever rounding happened on the way. */
	complete(manifest: Manifest): void {
		this.#progress = readyProgress(manifest);
		this.#send();
	}

	get current(): InstallProgress {
		return this.#progress;
	}

	#send(): void {
		const next = { ...this.#progress };
		delete next.etaSeconds;
		const eta = this.#eta();
		if (eta !== undefined) next.etaSeconds = eta;
		this.#progress = next;
		this.#emit(this.#progress);
	}

	#eta(): number | undefined {
		const { phase, bytes } = this.#progress;
		if (phase !== 'downloading' || this.#startedAt === undefined || bytes.done === 0)
			return undefined;
		const elapsed = this.#now() - this.#startedAt;
		if (elapsed < MIN_RATE_MS) return undefined;
		const perMs = bytes.done / elapsed;
		return Math.ceil((bytes.total - bytes.done) / perMs / 1000);
	}
}

export function emptyProgress(phase: InstallPhase = 'idle'): InstallProgress {
	return {
		phase,
		files: { done: 0, total: 0 },
		bytes: { done: 0, total: 0 },
		records: { done: 0, total: 0 }
	};
}

/** A version fully stored: every counter at its total. */
export function readyProgress(manifest: Manifest): InstallProgress {
	const all = (n: number) => ({ done: n, total: n });
	return {
		phase: 'ready',
		version: manifest.version,
		files: all(manifest.files.length),
		bytes: all(sum(manifest.files, 'bytes')),
		records: all(sum(manifest.files, 'records'))
	};
}

function sum(files: readonly ManifestFile[], field: 'bytes' | 'records'): number {
	return files.reduce((total, file) => total + file[field], 0);
}
