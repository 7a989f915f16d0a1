/**
 * A TrueType or OpenType font that text may be set in when the standard
 * fonts cannot show it: a host's font or a bundled one. It is fetched and
 * parsed on first need (to learn which characters it has), shaped with
 * fontkit (Arabic joining, ligatures, kerning, mark placement), and written
 * into the document as a subset of the glyphs used (cid-font.ts) only when
 * some text is set in it.
 */
import type { Fontkit, PDFDocument, PDFRef, PdfLib } from '../pdf-lib.js';
import { CidFont, type FontkitFace } from './cid-font.js';
import { type FontSource, FontLoadError, loadFontBytes } from './font-source.js';

/** One glyph of shaped text, in drawing order; lengths in em (units of the font size). */
export interface ShapedGlyph {
  id: number;
  /** The characters it stands for, in logical order ('' for a piece of a decomposed character). */
  text: string;
  /** Its advance in the font (what /W says). */
  width: number;
  /** Where the pen goes after it (its width adjusted by kerning, 0 for marks). */
  advance: number;
  /** Offset from the pen where it is drawn (marks above and below letters). */
  dx: number;
  dy: number;
}

export interface EmbeddingContext {
  lib: PdfLib;
  doc: PDFDocument;
  /** fontkit, loaded once. */
  fontkit(): Promise<Fontkit>;
  /** The next subset tag (six capital letters), unique within this save. */
  nextTag(): string;
  /** Called when a font is first used, so that it is written when the document is saved. */
  used(font: EmbeddableFont): void;
}

type GetGlyph = (id: number, codePoints?: number[]) => unknown;

/**
 * fontkit keeps one Glyph object per glyph id, with the characters of the
 * first text that reached it; shaping reaches one glyph from several
 * characters (Noto Sans Arabic draws ب and ت with the same dotless body).
 * This gives each use its own object (inheriting everything else) so each
 * glyph knows which characters it stands for *here*.
 */
function glyphsPerUse(face: FontkitFace): void {
  const shared = face.getGlyph.bind(face) as GetGlyph;
  (face as unknown as { getGlyph: GetGlyph }).getGlyph = (id, codePoints) => {
    const glyph = shared(id, codePoints);
    if (!codePoints || glyph === null || typeof glyph !== 'object') return glyph;
    return Object.create(glyph as object, { codePoints: { value: [...codePoints], enumerable: true } }) as unknown;
  };
}

/**
 * Text that needs the font's shaping rules (GSUB, GPOS): joining scripts,
 * Hebrew, Indic and South-East Asian scripts, Hangul jamo, combining marks,
 * joiners and variation selectors. Other text — Latin, Greek, Cyrillic, CJK
 * — is set glyph by glyph from the character map, a hundred times faster
 * (it forgoes kerning and ligatures, which the viewer's fonts would not match
 * anyway).
 */
const NEEDS_SHAPING =
  /[\p{M}\u0590-\u08ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u18af\u200c\u200d\ua960-\ua97f\ud7b0-\ud7ff\ufb1d-\ufdff\ufe00-\ufe0f\ufe70-\ufeff\u{10a00}-\u{10a5f}\u{e0100}-\u{e01ef}]/u;

/** Shaped texts kept per font (words recur across a document's annotations); the cache starts over past this. */
const SHAPE_CACHE_LIMIT = 20_000;

export class EmbeddableFont {
  private parsed?: Promise<FontkitFace>;
  private readonly shaped = new Map<string, readonly ShapedGlyph[]>();
  private face?: FontkitFace;
  private cidFont?: CidFont;
  private mirrorsItself = false;

  constructor(
    /** Names the font in errors, e.g. `the bundled font Noto Sans SC` or `host font 2 (https://…)`. */
    readonly label: string,
    private readonly source: FontSource,
    /** Whether the face is bold (bold text in a regular face is drawn emboldened). */
    readonly bold: boolean,
    private readonly context: EmbeddingContext,
  ) {}

  /** Fetches and parses the font (once); rejects with a FontLoadError naming it. */
  async load(): Promise<void> {
    this.parsed ??= this.parse();
    this.face = await this.parsed;
  }

  private async parse(): Promise<FontkitFace> {
    const bytes = await loadFontBytes(this.source, this.label);
    const fontkit = await this.context.fontkit();
    let opened: unknown;
    try {
      opened = fontkit.create(bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new FontLoadError(this.label, `${this.label} is not a TrueType or OpenType font fontkit can read: ${reason}`, { cause: error });
    }
    const collection = opened as { fonts?: FontkitFace[] };
    const face = Array.isArray(collection.fonts) ? collection.fonts[0] : (opened as FontkitFace | null);
    if (!face || typeof face.hasGlyphForCodePoint !== 'function' || !(face.unitsPerEm > 0) || !(face.numGlyphs > 0)) {
      throw new FontLoadError(this.label, `${this.label} holds no usable font face`);
    }
    try {
      this.mirrorsItself = face.availableFeatures.includes('rtlm');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new FontLoadError(this.label, `${this.label} has tables fontkit cannot read: ${reason}`, { cause: error });
    }
    glyphsPerUse(face);
    return face;
  }

  private get loaded(): FontkitFace {
    if (!this.face) throw new Error(`${this.label} used before it was loaded`);
    return this.face;
  }

  /** Whether the font has a glyph for a character (after `load`). */
  has(codePoint: number): boolean {
    return this.loaded.hasGlyphForCodePoint(codePoint);
  }

  /** Whether the font mirrors brackets in right-to-left text itself (an `rtlm` feature). */
  get mirrorsBrackets(): boolean {
    return this.mirrorsItself;
  }

  /** `text` shaped, its glyphs in drawing order (after `load`). Right-to-left text comes out reversed. */
  shape(text: string, rtl: boolean): readonly ShapedGlyph[] {
    const key = `${rtl ? 'r' : 'l'}${text}`;
    let glyphs = this.shaped.get(key);
    if (!glyphs) {
      glyphs = this.layout(text, rtl);
      if (this.shaped.size >= SHAPE_CACHE_LIMIT) this.shaped.clear();
      this.shaped.set(key, glyphs);
    }
    return glyphs;
  }

  private layout(text: string, rtl: boolean): ShapedGlyph[] {
    const face = this.loaded;
    if (!NEEDS_SHAPING.test(text)) {
      const unit = 1 / face.unitsPerEm;
      const glyphs = Array.from(text, (character): ShapedGlyph => {
        const glyph = face.glyphForCodePoint(character.codePointAt(0)!);
        const width = (glyph?.advanceWidth ?? 0) * unit;
        return { id: glyph?.id ?? 0, text: character, width, advance: width, dx: 0, dy: 0 };
      });
      return rtl ? glyphs.reverse() : glyphs;
    }
    const run = face.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
    const unit = 1 / face.unitsPerEm;
    const space = face.glyphForCodePoint(0x20)?.id;
    const glyphs: ShapedGlyph[] = [];
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions?.[i];
      const advance = (position?.xAdvance ?? glyph.advanceWidth) * unit;
      // fontkit draws default-ignorable characters (joiners, marks of direction) as a space of no width.
      if (glyph.id === space && advance === 0 && glyph.codePoints[0] !== 0x20) return;
      glyphs.push({
        id: glyph.id,
        text: String.fromCodePoint(...glyph.codePoints),
        width: glyph.advanceWidth * unit,
        advance,
        dx: (position?.xOffset ?? 0) * unit,
        dy: (position?.yOffset ?? 0) * unit,
      });
    });
    return glyphs;
  }

  /** Advance width at size 1 of `text` as shaped (after `load`; writes nothing). */
  width(text: string, rtl = false): number {
    return this.shape(text, rtl).reduce((sum, glyph) => sum + glyph.advance, 0);
  }

  /** The font in the document (created on first use), with `glyphs` given codes in it. */
  encode(glyphs: readonly ShapedGlyph[], rtl: boolean): { font: PDFRef; codes: number[] } {
    if (!this.cidFont) {
      this.cidFont = new CidFont(this.context.lib, this.context.doc, this.loaded, this.context.nextTag(), this.bold);
      this.context.used(this);
    }
    return { font: this.cidFont.ref, codes: glyphs.map((glyph) => this.cidFont!.code(glyph.id, glyph.text, rtl)) };
  }

  /** Writes (or rewrites, when glyphs were added since) the font's objects. */
  write(): void {
    this.cidFont?.write();
  }
}
