/** Reads every donation and fee of a party (its payers' groups) and makes the export table, off the page's thread. */
import { openDb } from '../storage/db';
import { readPartyGroups } from './party-groups';
import { partyLedger } from './party-ledger';
import type { ExportTable } from './table';

export interface PartyExportRequest {
	party: string;
}

export type PartyExportReply = { ok: true; table: ExportTable } | { ok: false; reason: string };

const db = openDb();

self.onmessage = async ({ data }: MessageEvent<PartyExportRequest>) => {
	let reply: PartyExportReply;
	try {
		reply = { ok: true, table: partyLedger(data.party, await readPartyGroups(db, data.party)) };
	} catch (error) {
		reply = { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
