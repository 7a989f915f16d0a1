/**
 * PDF dates (`D:YYYYMMDDHHmmSSOHH'mm'`, PDF 32000-1 §7.9.4) → Instant JSON
 * timestamps.
 *
 * Output is UTC with a `Z` and whole seconds (`2015-12-20T22:37:35Z`), the
 * shape real Instant JSON exports use. Every part after the year is optional
 * in a PDF date and defaults to its smallest value.
 *
 * Real files carry broken dates (issue14438.pdf has `D:01220011195504…`, a
 * month 00, and time zones like `+00'240'`). The rules:
 * - a date or time field out of range (month 13, day 32, hour 24, Feb 30…)
 *   makes the whole date unusable: `undefined`, and the field is left out
 *   rather than replaced by an invented date;
 * - a malformed time zone is treated like a missing one, which the PDF spec
 *   says means "unknown relationship to UT": we read the time as UTC, as
 *   pdf.js does when it shows the date.
 */

// Year, then optional month, day, hour, minute, second (two digits each), then the rest.
const DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(.*)$/;
// Z, or +HH / -HH with optional minutes written HH'mm', HH'mm or HHmm; apostrophes optional.
const ZONE = /^(?:([Zz])|([+-])(\d{2})(?:'?(\d{2}))?'?)?$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The UTC timestamp for a PDF date string, or undefined when it is not a usable date. */
export function pdfDateToTimestamp(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value.trim());
  if (!match) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, rest = ''] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > daysInMonth(year, month)) return undefined;

  const offsetMinutes = zoneOffsetMinutes(rest.trim());
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years below 100 literal
  utc.setUTCHours(hour, minute - offsetMinutes, second, 0); // out-of-range minutes carry over
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 0 || utcYear > 9999) return undefined;
  return (
    `${pad(utcYear, 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}` +
    `T${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}Z`
  );
}

/** Minutes east of UTC; 0 for `Z`, for no zone and for a zone we cannot read. */
function zoneOffsetMinutes(zone: string): number {
  const match = ZONE.exec(zone);
  if (!match || match[1] !== undefined || match[2] === undefined) return 0;
  const hours = Number(match[3]);
  const minutes = match[4] === undefined ? 0 : Number(match[4]);
  if (hours > 23 || minutes > 59) return 0;
  return (match[2] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
  return date.getUTCDate();
}
