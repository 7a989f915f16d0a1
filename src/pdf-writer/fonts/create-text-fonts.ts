/**
 * The fonts of one document being written (the TextFonts contract).
 *
 * Text WinAnsi can encode is set in a standard 14 font (nothing embedded).
 * Other text is set, character by character, in the first font that has the
 * glyph: the host's `fonts`, in order, then the bundled DejaVu Sans, Noto
 * Sans Arabic and Noto Sans SC (bundled-fonts.ts). A font is fetched only
 * when a character gets that far down the list, and embedded as a subset of
 * the glyphs used. Right-to-left text is put in visual order (bidi.ts) and
 * shaped by fontkit (Arabic letters joined). A character no font has is
 * drawn as the first font's missing-glyph box, never left out silently.
 */
import type { Fontkit, PDFDocument, PdfLib } from '../pdf-lib.js';
import { loadFontkit } from '../pdf-lib.js';
import { mirrored, visualRuns } from './bidi.js';
import { bundledFonts, bundledFontUrl, type BundledFont } from './bundled-fonts.js';
import { EmbeddableFont, type EmbeddingContext } from './embeddable-font.js';
import { describeFontSource, type FontOptions } from './font-source.js';
import { isWinAnsiText, standardFontName, standardMetrics } from './standard-fonts.js';
import type { FontMetrics, RunOptions, TextFonts, TextRun, TextStyle } from './text-fonts.js';

export type { FontOptions, FontSource } from './font-source.js';
export { FontLoadError } from './font-source.js';

type PdfFont = ReturnType<PDFDocument['embedStandardFont']>;

/** A standard font in use, with the widths of its characters (unkerned, as `Tj` draws them). */
interface StandardFace {
  font: PdfFont;
  widths: Map<string, number>;
}

/** A piece of a line in one font, in the order it is drawn. */
interface Piece {
  font: StandardFace | EmbeddableFont;
  /** The characters, in logical order. */
  text: string;
  /** Right-to-left: the font's layout reverses (and mirrors) it. */
  rtl: boolean;
  syntheticBold: boolean;
  syntheticItalic: boolean;
}

/** Offsets below this (in em) are not worth a `TJ` adjustment. */
const PLACEMENT_EPSILON = 0.0005;

/** Characters that belong with whatever font their neighbours are in. */
const COMMON = /^[\s\p{P}\p{S}\p{N}\u200b-\u200f\u2060\ufeff]/u;
/** Code points that stay with the character before them (marks, joiners, variation selectors). */
const CLUSTER_CONTINUES = /^[\p{M}\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
/** Tabs and other control characters show as spaces (callers pass single lines). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A subset tag: six capital letters spelling `value` in base 26. */
function subsetTag(value: number): string {
  let tag = '';
  let rest = Math.abs(Math.floor(value));
  for (let i = 0; i < 6; i++) {
    tag = String.fromCharCode(65 + (rest % 26)) + tag;
    rest = Math.floor(rest / 26);
  }
  return tag;
}

/** Characters with their marks: the units fonts are chosen for. */
function clusters(text: string): string[] {
  const result: string[] = [];
  for (const character of text) {
    if (result.length > 0 && CLUSTER_CONTINUES.test(character)) result[result.length - 1] += character;
    else result.push(character);
  }
  return result;
}

class DocumentFonts implements TextFonts {
  private readonly standard = new Map<string, StandardFace>();
  private readonly hostFonts: EmbeddableFont[];
  private readonly bundled = new Map<string, EmbeddableFont>();
  /** The font chosen for a code point, for regular and for bold text. */
  private readonly chosen = [new Map<number, EmbeddableFont>(), new Map<number, EmbeddableFont>()] as const;
  /** Fonts that text was set in, in the order of first use. */
  private readonly embedded: EmbeddableFont[] = [];
  private readonly context: EmbeddingContext;
  /** Runs and measurements are served one at a time, in call order (glyph order in subsets, object numbers). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly lib: PdfLib,
    private readonly doc: PDFDocument,
    private readonly options: FontOptions,
  ) {
    let fontkit: Promise<Fontkit> | undefined;
    // Tags differ between saves of different documents (and between a file and its next update).
    let tags = doc.context.largestObjectNumber * 7;
    this.context = {
      lib,
      doc,
      fontkit: () => (fontkit ??= loadFontkit()),
      nextTag: () => subsetTag(tags++),
      used: (font) => this.used(font),
    };
    this.hostFonts = (options.fonts ?? []).map(
      (source, index) => new EmbeddableFont(`host font ${index + 1} (${describeFontSource(source)})`, source, false, this.context),
    );
  }

  runs(text: string, style?: TextStyle, options?: RunOptions): Promise<TextRun[]> {
    return this.serialized(async () => {
      const runs: TextRun[] = [];
      for (const piece of await this.pieces(text, style, options)) {
        const run = piece.font instanceof EmbeddableFont ? this.encodeEmbedded(piece, piece.font) : this.encodeStandard(piece, piece.font);
        if (piece.syntheticBold) run.syntheticBold = true;
        if (piece.syntheticItalic) run.syntheticItalic = true;
        runs.push(run);
      }
      return runs;
    });
  }

  width(text: string, style?: TextStyle, options?: RunOptions): Promise<number> {
    return this.serialized(async () => {
      let total = 0;
      for (const piece of await this.pieces(text, style, options)) {
        total += piece.font instanceof EmbeddableFont ? piece.font.width(this.shapedText(piece, piece.font), piece.rtl) : this.standardWidth(piece.font, piece.text);
      }
      return total;
    });
  }

  metrics(style?: TextStyle): FontMetrics {
    return standardMetrics(style);
  }

  /**
   * Remembers a font that text was set in. The first one hooks the
   * document's flush, where pdf-lib writes its own fonts and images before
   * saving: ours are written there too, with every glyph used by then.
   */
  private used(font: EmbeddableFont): void {
    if (this.embedded.length === 0) {
      const flush = this.doc.flush.bind(this.doc);
      this.doc.flush = async () => {
        for (const embedded of this.embedded) embedded.write();
        await flush();
      };
    }
    this.embedded.push(font);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Brackets of right-to-left text mirrored, unless the font does it. */
  private shapedText(piece: Piece, font: EmbeddableFont): string {
    return piece.rtl && !font.mirrorsBrackets ? mirrored(piece.text) : piece.text;
  }

  private encodeStandard(piece: Piece, face: StandardFace): TextRun {
    const hex = face.font.encodeText(piece.text).toString().slice(1, -1);
    return { font: face.font.ref, hex, width: this.standardWidth(face, piece.text), text: piece.text };
  }

  /**
   * A run in an embedded font: its codes, and where shaping moved glyphs off
   * their advances, the `TJ` pieces that draw them there.
   */
  private encodeEmbedded(piece: Piece, font: EmbeddableFont): TextRun {
    const glyphs = font.shape(this.shapedText(piece, font), piece.rtl);
    const { font: ref, codes } = font.encode(glyphs, piece.rtl);
    const hexes = codes.map((code) => code.toString(16).padStart(4, '0'));
    const placed: NonNullable<TextRun['placed']> = [];
    let adjusted = false;
    // `pen` is where the font's layout puts the next glyph's origin, `drawn` where TJ has got to (em).
    let pen = 0;
    let drawn = 0;
    glyphs.forEach((glyph, i) => {
      const rise = Math.abs(glyph.dy) < PLACEMENT_EPSILON ? 0 : glyph.dy;
      let current = placed[placed.length - 1];
      if (!current || current.rise !== rise) {
        current = { glyphs: [], rise };
        placed.push(current);
        if (rise !== 0) adjusted = true;
      }
      const shift = pen + glyph.dx - drawn;
      if (Math.abs(shift) >= PLACEMENT_EPSILON) {
        current.glyphs.push(Math.round(-shift * 1000 * 1000) / 1000);
        adjusted = true;
        drawn += shift;
      }
      current.glyphs.push(hexes[i]!);
      drawn += glyph.width;
      pen += glyph.advance;
    });
    const run: TextRun = { font: ref, hex: hexes.join(''), width: pen, text: piece.text };
    if (adjusted) run.placed = placed;
    return run;
  }

  private standardWidth(face: StandardFace, text: string): number {
    let total = 0;
    for (const character of text) {
      let width = face.widths.get(character);
      if (width === undefined) {
        width = face.font.widthOfTextAtSize(character, 1);
        face.widths.set(character, width);
      }
      total += width;
    }
    return total;
  }

  private standardFace(style: TextStyle | undefined): StandardFace {
    const name = standardFontName(style);
    let face = this.standard.get(name);
    if (!face) {
      const standardFont = Object.values(this.lib.StandardFonts).find((value) => value === name) ?? this.lib.StandardFonts.Helvetica;
      face = { font: this.doc.embedStandardFont(standardFont), widths: new Map() };
      this.standard.set(name, face);
    }
    return face;
  }

  /** The pieces of one line, in drawing order. */
  private async pieces(raw: string, style: TextStyle | undefined, options: RunOptions | undefined): Promise<Piece[]> {
    const text = raw.replace(CONTROL, ' ').replace(/\p{Cs}/gu, '\ufffd');
    if (!text) return [];
    const within = options?.within?.replace(CONTROL, ' ');
    if (isWinAnsiText(within ?? text) && isWinAnsiText(text)) {
      return [{ font: this.standardFace(style), text, rtl: false, syntheticBold: false, syntheticItalic: false }];
    }
    const pieces: Piece[] = [];
    for (const run of visualRuns(text)) {
      const inRun: Piece[] = [];
      for (const [font, characters] of await this.fontsOf(clusters(run.text), style)) {
        inRun.push({
          font,
          text: characters.join(''),
          rtl: run.rtl,
          syntheticBold: Boolean(style?.bold) && !font.bold,
          syntheticItalic: Boolean(style?.italic),
        });
      }
      // A right-to-left run in several fonts: its pieces go right to left too.
      if (run.rtl) inRun.reverse();
      pieces.push(...inRun);
    }
    return pieces;
  }

  /** Groups of consecutive clusters (logical order) with the font each is set in. */
  private async fontsOf(characters: readonly string[], style: TextStyle | undefined): Promise<[EmbeddableFont, string[]][]> {
    const chosen: (EmbeddableFont | undefined)[] = [];
    for (const cluster of characters) {
      chosen.push(COMMON.test(cluster) ? undefined : await this.fontFor(cluster, style));
    }
    // The font of the next character that has one of its own, for each position.
    const following: (EmbeddableFont | undefined)[] = [];
    for (let i = characters.length - 1, next: EmbeddableFont | undefined; i >= 0; i--) {
      following[i] = next;
      next = chosen[i] ?? next;
    }
    // Spaces, digits and punctuation join a neighbour's font when it has them, so runs stay whole.
    for (let i = 0; i < characters.length; i++) {
      if (chosen[i]) continue;
      const codePoint = characters[i]!.codePointAt(0)!;
      const before = chosen[i - 1];
      const after = following[i];
      if (before?.has(codePoint)) chosen[i] = before;
      else if (after?.has(codePoint)) chosen[i] = after;
      else chosen[i] = await this.fontFor(characters[i]!, style);
    }
    const groups: [EmbeddableFont, string[]][] = [];
    characters.forEach((cluster, i) => {
      const font = chosen[i]!;
      const last = groups[groups.length - 1];
      if (last && last[0] === font) last[1].push(cluster);
      else groups.push([font, [cluster]]);
    });
    return groups;
  }

  /** The first font of the chain that has the cluster's character (loading fonts as it goes). */
  private async fontFor(cluster: string, style: TextStyle | undefined): Promise<EmbeddableFont> {
    const codePoint = cluster.codePointAt(0)!;
    const chosen = this.chosen[style?.bold ? 1 : 0];
    let font = chosen.get(codePoint);
    if (!font) {
      font = await this.findFont(cluster, codePoint, Boolean(style?.bold));
      chosen.set(codePoint, font);
    }
    return font;
  }

  private async findFont(cluster: string, codePoint: number, bold: boolean): Promise<EmbeddableFont> {
    for (const font of this.hostFonts) {
      await font.load();
      if (font.has(codePoint)) return font;
    }
    const chain = bundledFonts(bold);
    const preferred = [...chain.filter((font) => font.preferredFor?.test(cluster)), ...chain.filter((font) => !font.preferredFor?.test(cluster))];
    for (const bundled of preferred) {
      const font = this.bundledFont(bundled);
      await font.load();
      if (font.has(codePoint)) return font;
    }
    const fallback = this.bundledFont(chain[0]!);
    await fallback.load();
    return fallback;
  }

  private bundledFont(bundled: BundledFont): EmbeddableFont {
    let font = this.bundled.get(bundled.file);
    if (!font) {
      const url = bundledFontUrl(bundled, this.options.bundledFontsUrl);
      font = new EmbeddableFont(`the bundled font ${bundled.label}`, url, bundled.bold, this.context);
      this.bundled.set(bundled.file, font);
    }
    return font;
  }
}

/** The fonts of `doc` for writers to set text in (see TextFonts). */
export function createTextFonts(lib: PdfLib, doc: PDFDocument, options: FontOptions = {}): TextFonts {
  return new DocumentFonts(lib, doc, options);
}
