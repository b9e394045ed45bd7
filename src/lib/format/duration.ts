/**
 * A short time-left figure: "45 s", "3 min 5 s", "1 h 20 min" (the same symbols in lv and en).
 * Rounded up to whole seconds so "0 s" only shows when done.
 */
export function formatDuration(seconds: number): string {
	const total = Math.max(0, Math.ceil(seconds));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const secs = total % 60;
	if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
	if (minutes > 0) return secs > 0 ? `${minutes} min ${secs} s` : `${minutes} min`;
	return `${secs} s`;
}
