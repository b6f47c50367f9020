// Calendar keys for reports: local days for the user's own charts, UTC ISO weeks for the
// organization-wide aggregate (so that every browser of an organization counts the same week).
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a time, as YYYY-MM-DD. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of the day containing `at`. */
export function startOfLocalDay(at: number): number {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Every local day from the one containing `from` to the one containing `to`, in order. */
export function daysBetween(from: number, to: number): string[] {
  const out: string[] = [];
  const end = dayKey(to);
  const d = new Date(startOfLocalDay(from));
  for (let guard = 0; guard < 3660; guard++) {
    const key = dayKey(d.getTime());
    out.push(key);
    if (key >= end) break;
    d.setDate(d.getDate() + 1);
  }
  return out;
}

/** Monday 00:00 UTC of the ISO week containing `at`. */
export function utcWeekStart(at: number): number {
  const midnight = Math.floor(at / DAY) * DAY;
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7; // Monday = 0
  return midnight - weekday * DAY;
}

/** The ISO week label (2026-W48) of the week starting at `weekStart` (a Monday, UTC). */
export function isoWeekLabel(weekStart: number): string {
  // The ISO week's year is the year of its Thursday.
  const thursday = new Date(weekStart + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export const WEEK = 7 * DAY;
