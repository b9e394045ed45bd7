/** The build report: what each input file gave, printed as a table and kept as JSON. */
import { formatPartyReport, type PartyReport } from './party-report';
import type { RejectedRow } from './sources/source-records';

export interface FileReport {
	file: string;
	/** Empty for a skipped file. */
	dataset: string;
	format?: string;
	/** How the format was chosen. */
	detectedBy?: 'header' | '--as';
	encoding?: string;
	rowsRead: number;
	accepted: number;
	rejected: RejectedRow[];
	warnings: string[];
	/** Why the file failed the build; absent when it passed. */
	error?: string;
	/** Why a file found in a folder was not read (no format recognises it). */
	skipped?: string;
}

export interface BuildReport {
	ok: boolean;
	files: FileReport[];
	counts?: Record<string, number>;
	/** Party names placed through the register, and those it could not place. */
	parties?: PartyReport;
	/** What the written bundle leaves out, and why (write-bundle.ts). */
	bundleWarnings?: string[];
}

const SHOWN = 10;

export function formatReport(report: BuildReport): string {
	const rows = report.files.map((f) => [
		f.file,
		f.format ?? '?',
		String(f.rowsRead),
		String(f.accepted),
		String(f.rejected.length),
		String(f.warnings.length),
		f.error ? 'FAILED' : f.skipped ? 'skipped' : 'ok'
	]);
	const header = ['file', 'format', 'read', 'accepted', 'rejected', 'warnings', 'status'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
			.join('  ');
	const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
	for (const f of report.files) {
		if (f.error) out.push('', `${f.file}: ${f.error}`);
		if (f.skipped) out.push('', `${f.file}: skipped: ${f.skipped}`);
		if (f.rejected.length > 0) {
			out.push('', `${f.file}: ${f.rejected.length} rejected row(s)`);
			for (const r of f.rejected.slice(0, SHOWN)) out.push(`  line ${r.line}: ${r.reason}`);
			if (f.rejected.length > SHOWN)
				out.push(`  … and ${f.rejected.length - SHOWN} more in build-report.json`);
		}
		if (f.warnings.length > 0) {
			out.push('', `${f.file}: ${f.warnings.length} warning(s)`);
			for (const w of f.warnings.slice(0, SHOWN)) out.push(`  ${w}`);
			if (f.warnings.length > SHOWN)
				out.push(`  … and ${f.warnings.length - SHOWN} more in build-report.json`);
		}
	}
	if (report.parties) out.push(...formatPartyReport(report.parties));
	for (const warning of report.bundleWarnings ?? []) out.push('', `bundle: ${warning}`);
	if (report.counts) {
		out.push(
			'',
			Object.entries(report.counts)
				.map(([k, n]) => `${n} ${k}`)
				.join(', ')
		);
	}
	return out.join('\n');
}
