/** A tiny static server for e2e tests: serves a folder on 127.0.0.1 with the app's CSP header. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.gz': 'application/gzip',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

export const CSP =
	"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

export interface StaticServer {
	url: string;
	/** Serves `data/` from another folder from now on (undefined: the root's own data/). */
	setDataDir(dir: string | undefined): void;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Delay for bundle files under data/, so a test can watch the install progress (or per file). */
	dataDelayMs?: number | ((pathname: string) => number);
	/** A folder served as `data/` instead of the root's own (e.g. a deliberately broken bundle). */
	dataDir?: string;
	/** A fixed port, so a kept browser profile finds its IndexedDB again (the origin has the port). */
	port?: number;
	/**
	 * Sends `.gz` files with Content-Encoding: gzip, as vite preview (sirv) and many hosts do:
	 * the browser then unpacks them before the app sees them.
	 */
	gzipEncoding?: boolean;
	/** Answers bundle files under data/ with this status while it is set (a failing host). */
	failData?: () => number | undefined;
}

export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	let dataDir = options.dataDir;
	const server: Server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const [base, rest] =
			dataDir && pathname.startsWith('/data/')
				? [dataDir, pathname.slice('/data'.length)]
				: [root, pathname];
		let path = normalize(join(base, rest));
		if (!path.startsWith(normalize(base))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
			return;
		}
		const delay =
			typeof options.dataDelayMs === 'function'
				? options.dataDelayMs(pathname)
				: options.dataDelayMs;
		if (delay && isBundleFile(pathname)) {
			await new Promise((resolve) => setTimeout(resolve, delay));
		}
		const failed = isBundleFile(pathname) ? options.failData?.() : undefined;
		if (failed) {
			res.writeHead(failed, { 'Content-Type': 'text/plain' }).end('failing on purpose');
			return;
		}
		const encoded = options.gzipEncoding && path.endsWith('.gz');
		res.writeHead(200, {
			'Content-Type': encoded
				? 'application/jsonl; charset=utf-8'
				: (TYPES[extname(path)] ?? 'application/octet-stream'),
			...(encoded && { 'Content-Encoding': 'gzip' }),
			'Content-Security-Policy': CSP,
			'Cache-Control': 'no-cache'
		});
		createReadStream(path).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	return {
		url: `http://127.0.0.1:${address.port}/`,
		setDataDir: (dir) => {
			dataDir = dir;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

function isBundleFile(pathname: string): boolean {
	return /\/data\/[\w-]+-\d+\.jsonl\.gz$/.test(pathname);
}
