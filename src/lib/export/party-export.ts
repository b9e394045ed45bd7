/**
 * A party's full export table, made in a worker started for the one request: a party's rows
 * sit in thousands of its payers' fact groups, too many to read and decode on the page.
 */
import type { PartyExportReply, PartyExportRequest } from './party-export.worker';
import type { ExportTable } from './table';

export function partyExport(party: string): Promise<ExportTable> {
	const worker = new Worker(new URL('./party-export.worker.ts', import.meta.url), {
		type: 'module'
	});
	return new Promise<ExportTable>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<PartyExportReply>) => {
			if (data.ok) resolve(data.table);
			else reject(new Error(data.reason));
		};
		worker.onerror = (event) => reject(new Error(event.message || 'the export worker failed'));
		worker.postMessage({ party } satisfies PartyExportRequest);
	}).finally(() => worker.terminate());
}
