/**
 * Where the CPU time goes, per Chromium process and thread, read from /proc (Linux only;
 * elsewhere the report is empty). Sampled while a phase runs, because the ingest workers'
 * threads exit when they are done and take their counters with them.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second (USER_HZ), 100 on every Linux build that matters here. */
const TICKS = 100;

interface ThreadTicks {
	/** `<process type>/<thread name>`, e.g. `renderer/DedicatedWorker thread`. */
	group: string;
	ticks: number;
}

export interface CpuShare {
	group: string;
	seconds: number;
}

export class CpuSampler {
	readonly #marker: string;
	readonly #first = new Map<string, number>();
	readonly #last = new Map<string, ThreadTicks>();
	#timer: NodeJS.Timeout | undefined;

	/** `marker`: a string in the browser process's command line (its profile folder). */
	constructor(marker: string) {
		this.#marker = marker;
	}

	start(everyMs = 500): void {
		this.#first.clear();
		this.#last.clear();
		for (const [key, thread] of readThreads(this.#marker)) this.#first.set(key, thread.ticks);
		this.#sample();
		this.#timer = setInterval(() => this.#sample(), everyMs);
	}

	/** CPU seconds per process type and thread name since start(), largest first. */
	stop(): CpuShare[] {
		clearInterval(this.#timer);
		this.#sample();
		const byGroup = new Map<string, number>();
		for (const [key, thread] of this.#last) {
			const ticks = thread.ticks - (this.#first.get(key) ?? 0);
			byGroup.set(thread.group, (byGroup.get(thread.group) ?? 0) + ticks);
		}
		return [...byGroup]
			.map(([group, ticks]) => ({ group, seconds: ticks / TICKS }))
			.filter((share) => share.seconds > 0)
			.sort((a, b) => b.seconds - a.seconds);
	}

	#sample(): void {
		for (const [key, thread] of readThreads(this.#marker)) this.#last.set(key, thread);
	}
}

/** Every thread of the browser started with `marker` and its child processes, by pid/tid. */
function readThreads(marker: string): Map<string, ThreadTicks> {
	const threads = new Map<string, ThreadTicks>();
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return threads;
	}
	const parents = new Map<string, string>();
	const commands = new Map<string, string>();
	for (const pid of pids) {
		const stat = readStat(`/proc/${pid}/stat`);
		if (!stat) continue;
		parents.set(pid, stat.fields[1] ?? '');
		commands.set(pid, read(`/proc/${pid}/cmdline`).replace(/\0/g, ' '));
	}
	const root = pids.find(
		(pid) => commands.get(pid)?.includes(marker) && !/--type=/.test(commands.get(pid) ?? '')
	);
	if (!root) return threads;
	const isOurs = (pid: string) => {
		for (let p = pid, depth = 0; p && depth < 10; p = parents.get(p) ?? '', depth++)
			if (p === root) return true;
		return false;
	};
	for (const pid of pids.filter(isOurs)) {
		const type = processType(commands.get(pid) ?? '');
		let tids: string[] = [];
		try {
			tids = readdirSync(`/proc/${pid}/task`);
		} catch {
			continue; // exited meanwhile
		}
		for (const tid of tids) {
			const stat = readStat(`/proc/${pid}/task/${tid}/stat`);
			if (!stat) continue;
			const ticks = Number(stat.fields[11]) + Number(stat.fields[12]);
			// The main thread keeps the program's name; call it what it is.
			const name = tid === pid ? 'main' : stat.comm.replace(/\d+$/, '').trim();
			threads.set(`${pid}/${tid}`, { group: `${type}/${name}`, ticks });
		}
	}
	return threads;
}

function processType(command: string): string {
	const type = /--type=([\w-]+)/.exec(command)?.[1];
	if (!type) return 'browser';
	const sub = /--utility-sub-type=([\w.]+)/.exec(command)?.[1];
	return sub ? `${type}(${sub.replace(/\.mojom\..*$/, '')})` : type;
}

/** The thread name and the fields after it (state, ppid, …, utime at 11, stime at 12). */
function readStat(path: string): { comm: string; fields: string[] } | undefined {
	const text = read(path);
	const open = text.indexOf('(');
	const close = text.lastIndexOf(')');
	if (open < 0 || close < 0) return undefined;
	return { comm: text.slice(open + 1, close), fields: text.slice(close + 2).split(' ') };
}

function read(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
