/**
 * Per-instance localization: each viewer picks a table by its `locale`
 * attribute, else the document's `lang`, else English, trying `de-AT` then
 * `de`. Tables register once per page; a key a table lacks reads English.
 */
import { de } from './de.js';
import { en, type Translation, type TranslationKey } from './en.js';

export type { Translation, TranslationKey };

const tables = new Map<string, Partial<Translation>>([
  ['en', en],
  ['de', de],
]);

/**
 * Adds (or replaces) the UI strings for a language code such as `fr` or
 * `pt-BR`. Keys left out fall back to English.
 */
export function registerLocale(code: string, table: Partial<Translation>): void {
  tables.set(code.toLowerCase(), table);
}

/** The strings of one language, resolved once per locale change. */
export class Localizer {
  readonly locale: string;
  readonly #table: Partial<Translation>;
  // Made on first use: the first Intl formatter of a page loads locale data, tens of
  // milliseconds on the way to the first rendered page, and most viewers never show a date.
  #percent: Intl.NumberFormat | undefined;
  #number: Intl.NumberFormat | undefined;
  #date: Intl.DateTimeFormat | undefined;

  constructor(requested: string | null | undefined) {
    const { code, table } = resolve(requested);
    this.locale = code;
    this.#table = table;
  }

  /** The string for `key`, with `{name}` placeholders filled from `values`. */
  term(key: TranslationKey, values: Readonly<Record<string, string | number>> = {}): string {
    const text = this.#table[key] ?? en[key];
    // Most strings have no placeholder, and a page may name a thousand annotations at once.
    if (!text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  }

  /** The string for `key` when the table has it (for open-ended keys such as tool ids). */
  optionalTerm(key: string): string | undefined {
    return (this.#table as Record<string, string | undefined>)[key] ?? (en as Record<string, string | undefined>)[key];
  }

  /** A scale (1 = 100 %) as a percentage in this language. */
  percent(scale: number): string {
    return (this.#percent ??= format(this.locale, (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }))).format(scale);
  }

  /** A count or page number in this language (`1.000` in German). */
  number(value: number): string {
    return (this.#number ??= format(this.locale, (tag) => new Intl.NumberFormat(tag))).format(value);
  }

  /** An ISO 8601 timestamp as a date and time in this language; '' when it does not parse. */
  date(iso: string | undefined): string {
    if (!iso) return '';
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return '';
    return (this.#date ??= format(this.locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }))).format(time);
  }
}

function resolve(requested: string | null | undefined): { code: string; table: Partial<Translation> } {
  const candidates = [requested, typeof document === 'undefined' ? undefined : document.documentElement.lang];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const parts = candidate.toLowerCase().split('-');
    for (let length = parts.length; length > 0; length--) {
      const code = parts.slice(0, length).join('-');
      const table = tables.get(code);
      if (table) return { code: candidate, table };
    }
  }
  return { code: 'en', table: en };
}

function format<T>(code: string, make: (tag: string) => T): T {
  try {
    return make(code);
  } catch {
    // A registered code the browser does not know as a language tag.
    return make('en');
  }
}
