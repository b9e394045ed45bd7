/** The protocol between the page (AppData) and the ingest worker. Plain data only. */
import type { Manifest } from '../../model/bundle-format';
import type { InstallProgress } from './progress';

export type IngestRequest =
	/** `baseUrl`: the folder holding manifest.json, absolute (the worker has no document). */
	{ type: 'install'; baseUrl: string } | { type: 'install-files'; files: File[] };

export type IngestReply =
	| { type: 'progress'; progress: InstallProgress }
	| { type: 'done'; manifest: Manifest; isNew: boolean }
	| { type: 'failed'; message: string };
