const two = (n: number): string => String(n).padStart(2, "0");

/** HH:mm:ss in local time, 24-hour (the same in both languages). */
export function formatClock(epochMs: number): string {
  const d = new Date(epochMs);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
