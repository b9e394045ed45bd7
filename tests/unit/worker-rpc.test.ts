// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
	createRpcClient,
	localPort,
	serve,
	type RpcPort,
	type Service
} from '../../src/lib/worker-rpc';

const echo: Service<{ text: string; wait?: number }, string> = {
	async handle({ text, wait = 0 }) {
		await new Promise((resolve) => setTimeout(resolve, wait));
		return text;
	}
};

describe('worker-rpc', () => {
	it('takes a real Worker as its port (checked by the compiler)', () => {
		const connect = (worker: Worker) => createRpcClient(worker);
		const answer = (scope: DedicatedWorkerGlobalScope) => serve(scope as RpcPort, {});
		expect([connect, answer]).toHaveLength(2);
	});

	it('matches each reply to its call when they come back out of order', async () => {
		const rpc = createRpcClient(localPort({ echo }));
		const slow = rpc.call<string>('echo', { text: 'slow', wait: 20 });
		const fast = rpc.call<string>('echo', { text: 'fast' });
		expect(await Promise.race([slow, fast])).toBe('fast');
		expect(await Promise.all([slow, fast])).toEqual(['slow', 'fast']);
	});

	it('routes each call to the service it names, side by side', async () => {
		const upper: Service<string, string> = { handle: async (text) => text.toUpperCase() };
		const rpc = createRpcClient(localPort({ echo, upper }));
		expect(await rpc.call('upper', 'abc')).toBe('ABC');
		expect(await rpc.call('echo', { text: 'abc' })).toBe('abc');
	});

	it('rejects a call whose service threw, with its message, and one to no service', async () => {
		const broken: Service<unknown, never> = {
			handle: () => Promise.reject(new Error('no active data version'))
		};
		const rpc = createRpcClient(localPort({ broken }));
		await expect(rpc.call('broken', {})).rejects.toThrow('no active data version');
		await expect(rpc.call('missing', {})).rejects.toThrow('no service missing');
	});

	it('copies messages as a worker would: the service never holds the caller’s object', async () => {
		const seen: object[] = [];
		const keep: Service<object, object> = {
			handle: async (request) => {
				seen.push(request);
				return request;
			}
		};
		const request = { a: 1 };
		const reply = await createRpcClient(localPort({ keep })).call('keep', request);
		expect(reply).toEqual(request);
		expect(seen[0]).not.toBe(request);
		expect(reply).not.toBe(seen[0]);
	});

	it('moves what the service names with its reply', async () => {
		const posted: unknown[][] = [];
		const listeners = new Set<(event: MessageEvent) => void>();
		const port: RpcPort = {
			postMessage: (_message, transfer = []) => posted.push(transfer),
			addEventListener: (_, listener) => listeners.add(listener),
			removeEventListener: (_, listener) => listeners.delete(listener)
		};
		const buffer = new ArrayBuffer(8);
		serve(port, {
			bytes: { handle: async () => buffer, transfer: (reply: ArrayBuffer) => [reply] }
		});
		for (const listener of listeners) {
			listener(new MessageEvent('message', { data: { id: 1, to: 'bytes', request: null } }));
		}
		await vi.waitFor(() => expect(posted).toEqual([[buffer]]));
	});

	it('rejects the calls still waiting when closed', async () => {
		const never: Service<unknown, never> = { handle: () => new Promise(() => {}) };
		const rpc = createRpcClient(localPort({ never }));
		const waiting = rpc.call('never', {});
		rpc.close(new Error('the worker failed'));
		await expect(waiting).rejects.toThrow('the worker failed');
	});
});
