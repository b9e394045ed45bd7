/**
 * Turns the bytes of one listed file into checked records: size, sha256, UTF-8, JSON,
 * format version, kind and every record's shape. Each failure is a BundleError naming the
 * file, because a person fixing a bundle needs to know which file to rebuild or re-copy.
 */
import {
	BundleError,
	parseBundleFile,
	parseManifest,
	type BundleFile,
	type Manifest,
	type ManifestFile
} from '../../model/bundle-format';

export async function readBundleFile(entry: ManifestFile, bytes: ArrayBuffer): Promise<BundleFile> {
	if (bytes.byteLength !== entry.bytes) {
		throw new BundleError(
			entry.name,
			`is ${bytes.byteLength} bytes but the manifest says ${entry.bytes} (truncated or replaced); download or copy it again`
		);
	}
	const hash = await sha256Hex(bytes);
	if (hash !== entry.sha256) {
		throw new BundleError(
			entry.name,
			`sha256 is ${hash} but the manifest says ${entry.sha256}; the file is damaged or from another build`
		);
	}
	const file = parseBundleFile(entry.name, parseJson(entry.name, bytes));
	if (file.kind !== entry.kind) {
		throw new BundleError(
			entry.name,
			`holds ${file.kind} but the manifest lists it as ${entry.kind}`
		);
	}
	return file;
}

export function readManifest(bytes: ArrayBuffer): Manifest {
	return parseManifest('manifest.json', parseJson('manifest.json', bytes));
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseJson(name: string, bytes: ArrayBuffer): unknown {
	let text: string;
	try {
		// fatal: a broken UTF-8 sequence is an error, not a silent U+FFFD in someone's name.
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new BundleError(name, 'is not valid UTF-8 text');
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new BundleError(name, `is not valid JSON (${detail})`);
	}
}
