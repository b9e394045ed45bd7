// @vitest-environment node
// Round trip builder → archive → app: the builder's tar is read by archiveSource and ingested
// with the usual checks. Node's File and WebCrypto stand in for the worker's.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/builder/build';
import { archiveSource, pickedSource } from '../../../src/lib/ingest/bundle-source';
import { ingestBundle } from '../../../src/lib/ingest/ingest';
import { BundleStore } from '../../../src/lib/reads/store';
import { indexTar, writeTar } from '../../../src/model/tar';
import type { Manifest } from '../../../src/model/bundle-format';
import { fakeDonations, fakeFile } from '../../fixtures/fake-adapter';
import { freshDb } from '../../fixtures/bundle-fixture';

const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);
const archiveFile = (bytes: Uint8Array, name = 'bundle.tar') => new File([bytes.slice()], name);
const index = (bytes: Uint8Array) =>
	indexTar('x.tar', bytes.byteLength, async (at, n) => bytes.slice(at, at + n));

let dir: string;
let tar: Uint8Array;
let manifest: Manifest;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'plainview-archive-'));
	mkdirSync(join(dir, 'in'));
	const input = join(dir, 'in', 'donations.csv');
	writeFileSync(input, fakeFile(60));
	const out = join(dir, 'out');
	const archive = join(dir, 'bundle.tar');
	const result = build({ files: [input], out, archive, chunkRecords: 10 }, [fakeDonations]);
	expect(result.error).toBeUndefined();
	tar = new Uint8Array(readFileSync(archive));
	manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
});

describe('archiveSource', () => {
	it('serves the manifest and files the builder archived, byte for byte', async () => {
		const source = archiveSource(archiveFile(tar));
		expect(JSON.parse(text(await source.manifest()))).toEqual(manifest);
		const first = manifest.files[0]!;
		const bytes = await source.file(first.name);
		expect(bytes.byteLength).toBe(first.bytes);
		expect(source.describe).toBe('bundle.tar');
	});

	it('is chosen for one picked .tar file, and the file list otherwise', () => {
		expect(pickedSource([archiveFile(tar)]).describe).toBe('bundle.tar');
		expect(pickedSource([new File(['{}'], 'manifest.json')]).describe).toBe('1 local file');
	});

	it('installs the archived bundle with the usual checks', async () => {
		const db = freshDb();
		const result = await ingestBundle({ source: archiveSource(archiveFile(tar)), db });
		expect(result).toMatchObject({ isNew: true, manifest: { version: manifest.version } });
		expect((await new BundleStore(db).activeBundle())?.manifest.version).toBe(manifest.version);
	});

	it('refuses a damaged archive and leaves nothing installed', async () => {
		const damaged = tar.slice();
		damaged[10] = 0x7a; // inside manifest.json's header (its name field)
		const db = freshDb();
		await expect(
			ingestBundle({ source: archiveSource(archiveFile(damaged, 'usb.tar')), db })
		).rejects.toThrow(/^usb\.tar: is not a tar archive or is damaged/);
		expect(await new BundleStore(db).activeBundle()).toBeUndefined();
	});

	it('names the file whose sha256 differs from the manifest', async () => {
		const spans = await index(tar);
		const last = manifest.files.at(-1)!;
		const span = spans.get(last.name)!;
		const changed = tar.slice();
		// Swap one digit for another: same size, valid JSON, different hash.
		const at = changed.indexOf(0x31, span.offset);
		changed[at] = 0x32;
		const db = freshDb();
		await expect(ingestBundle({ source: archiveSource(archiveFile(changed)), db })).rejects.toThrow(
			new RegExp(`^${last.name}: sha256 is [0-9a-f]{64} but the manifest says ${last.sha256}`)
		);
	});

	it('names a listed file the archive lacks', async () => {
		const onlyManifest = writeTar([{ name: 'manifest.json', bytes: new Uint8Array(2) }]);
		const source = archiveSource(archiveFile(onlyManifest, 'part.tar'));
		await expect(source.file('facts-0001.json')).rejects.toThrow(
			/^facts-0001\.json: is listed in manifest\.json but is not in the archive part\.tar/
		);
	});
});
