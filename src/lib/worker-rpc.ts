/**
 * Requests and replies between the page and a worker, the one seam every worker uses: a call
 * names the service it is for and carries an id, and the reply with that id settles the
 * call's promise (a service that throws rejects it, with the error's message). A worker
 * serves its services (serve); the page calls them through a client (createRpcClient);
 * tests put both ends in one thread (localPort).
 */

/** A Worker, a worker's own scope, or anything that speaks like one. */
export interface RpcPort {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A worker's service: answers requests; `transfer` names what a reply moves rather than copies. */
export interface Service<Req, Res> {
	handle(request: Req): Promise<Res>;
	transfer?(reply: Res): Transferable[];
}

type Services = Record<string, Service<never, unknown>>;

interface CallMessage {
	id: number;
	to: string;
	request: unknown;
}

type ReplyMessage = { id: number; reply: unknown } | { id: number; error: string };

export interface RpcClient {
	/** Sends `request` to the service `to`; resolves with its reply. */
	call<Res>(to: string, request: unknown): Promise<Res>;
	/** Stops listening; calls still waiting reject with `reason`. */
	close(reason?: unknown): void;
}

/** Answers calls arriving on `port` (in a worker: its own scope) with `services`. */
export function serve(port: RpcPort, services: Services): void {
	port.addEventListener('message', ({ data }: MessageEvent<CallMessage>) => {
		const { id, to, request } = data;
		const service = services[to];
		const answer = service
			? service.handle(request as never)
			: Promise.reject(new Error(`no service ${to}`));
		void answer.then(
			(reply) => port.postMessage({ id, reply }, service?.transfer?.(reply) ?? []),
			(error: unknown) => port.postMessage({ id, error: reasonOf(error) })
		);
	});
}

/** The page's end: calls matched to their replies by id. */
export function createRpcClient(port: RpcPort): RpcClient {
	let nextId = 1;
	const waiting = new Map<
		number,
		{ resolve(reply: unknown): void; reject(error: unknown): void }
	>();
	const listener = ({ data }: MessageEvent<ReplyMessage>) => {
		const waiter = waiting.get(data.id);
		waiting.delete(data.id);
		if ('error' in data) waiter?.reject(new Error(data.error));
		else waiter?.resolve(data.reply);
	};
	port.addEventListener('message', listener);
	return {
		call<Res>(to: string, request: unknown) {
			const id = nextId++;
			return new Promise<Res>((resolve, reject) => {
				waiting.set(id, { resolve: resolve as (reply: unknown) => void, reject });
				port.postMessage({ id, to, request } satisfies CallMessage);
			});
		},
		close(reason = new Error('the worker was closed')) {
			port.removeEventListener('message', listener);
			for (const waiter of waiting.values()) waiter.reject(reason);
			waiting.clear();
		}
	};
}

/**
 * A port whose other end serves `services` in this thread: messages are copied as a worker's
 * are (structuredClone), and replies come asynchronously, as a worker's do.
 */
export function localPort(services: Services): RpcPort {
	const page = new Set<(event: MessageEvent) => void>();
	const worker = new Set<(event: MessageEvent) => void>();
	const deliver = (to: Set<(event: MessageEvent) => void>, message: unknown) => {
		const event = new MessageEvent('message', { data: structuredClone(message) });
		for (const listener of to) listener(event);
	};
	serve(
		{
			postMessage: (message) => deliver(page, message),
			addEventListener: (_, listener) => worker.add(listener),
			removeEventListener: (_, listener) => worker.delete(listener)
		},
		services
	);
	return {
		postMessage: (message) => deliver(worker, message),
		addEventListener: (_, listener) => page.add(listener),
		removeEventListener: (_, listener) => page.delete(listener)
	};
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
