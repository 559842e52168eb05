// Day serials of Excel's 1900 date system, computed in UTC only (rules §2:
// a JavaScript Date is read as its UTC calendar date, never local time).
const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30); // serial 0 for every date after 1900-02-28

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1];
}

export function ymdToSerial(year: number, month: number, day: number): number {
  const s = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY);
  // Excel's serials 1..59 (Jan 1 – Feb 28, 1900) sit one below, because of its fictitious 1900-02-29.
  return s < 61 ? s - 1 : s;
}

export function dateToSerial(dt: Date): number {
  return ymdToSerial(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function serialToYmd(serial: number): { y: number; m: number; d: number } {
  const day = Math.floor(serial);
  const dt = new Date(EPOCH + (day < 60 ? day + 1 : day) * DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO text `2023-03-15` of a serial. */
export function serialToIso(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `serial` plus `months` calendar months, the day clamped to the month's end (rules §4.3). */
export function addMonthsClamped(serial: number, months: number): number {
  const { y, m, d } = serialToYmd(serial);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymdToSerial(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** First and last day serials of a quarter of a year. */
export function quarterBounds(year: number, quarter: number): { start: number; end: number } {
  const startMonth = (quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  return { start: ymdToSerial(year, startMonth, 1), end: ymdToSerial(year, endMonth, daysInMonth(year, endMonth)) };
}
