/**
 * The README's quick start as a newcomer runs it: a clean copy of the repository (the files
 * git has or would take, as a fresh clone has them: no node_modules, no dist, no bundles),
 * `npm install`, `npm start`, and the URL it prints opened in Chromium, which must find a
 * demo name. npm's cache makes the install quick (--prefer-offline) after the CI's own.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeInBrowser, foreignRequests, openSession, type Session } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const QUICK_START = 'npm install && npm start';

/** The files a fresh clone would have: git's tracked and not-ignored files, as they are now. */
function cleanCopy(to: string): void {
	const list = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
	for (const file of list.split('\0')) {
		if (!file || !existsSync(join(ROOT, file))) continue;
		mkdirSync(dirname(join(to, file)), { recursive: true });
		copyFileSync(join(ROOT, file), join(to, file));
	}
}

/** Runs a command to its end; its output is in the error when it fails. */
function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		const timer = setTimeout(() => child.kill(), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code === 0) done();
			else fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`));
		});
	});
}

/** Starts `npm start` in its own process group and resolves with the URL it prints. */
function start(cwd: string, timeoutMs: number): { child: ChildProcess; url: Promise<string> } {
	const child = spawn('npm', ['start'], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const url = new Promise<string>((found, fail) => {
		let output = '';
		const timer = setTimeout(() => fail(new Error(`no URL printed:\n${output}`)), timeoutMs);
		const read = (d: Buffer) => {
			// eslint-disable-next-line no-control-regex -- vite colours its output
			output += d.toString().replace(/\x1b\[[0-9;]*m/g, '');
			const local = /Local:\s+(http:\/\/\S+)/.exec(output);
			if (local) {
				clearTimeout(timer);
				found(local[1]!);
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('close', (code) => fail(new Error(`npm start exited ${code}:\n${output}`)));
	});
	return { child, url };
}

describeInBrowser("the README's quick start", () => {
	const work = mkdtempSync(join(tmpdir(), 'plainview-clone-'));
	let server: ChildProcess | undefined;
	let session: Session | undefined;
	afterAll(async () => {
		await session?.close();
		// npm start's whole group: npm, vite preview (gone already if npm start failed).
		try {
			if (server?.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// No such group: nothing left to end.
		}
		rmSync(work, { recursive: true, force: true });
	});

	it('is the first command in the README', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const quickStart = readme.slice(readme.indexOf('## Quick start'));
		expect(/```sh\n([^\n]*)/.exec(quickStart)?.[1]).toMatch(new RegExp(`^${QUICK_START}\\b`));
	});

	it('installs, builds, serves, and the printed URL finds a demo name', async () => {
		cleanCopy(work);
		expect(existsSync(join(work, 'node_modules'))).toBe(false);
		expect(existsSync(join(work, 'data/bundles'))).toBe(false);
		await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], work, 400_000);
		const started = start(work, 300_000);
		server = started.child;
		const url = await started.url;
		session = await openSession(undefined, { baseUrl: url });
		const { page } = session;
		await page.goto(`${url}#/search?q=ozols`);
		await page
			.getByRole('option', { name: /Māris Ozols/ })
			.first()
			.waitFor({ timeout: 120_000 });
		expect(session.problems).toEqual([]);
		expect(foreignRequests(session)).toEqual([]);
	}, 900_000);
});
