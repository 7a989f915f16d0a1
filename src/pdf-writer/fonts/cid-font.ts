/**
 * An embedded font as PDF objects (ISO 32000-1, 9.7): a Type0 font with
 * Identity-H encoding over a CIDFont that holds a subset of the font's
 * glyphs. Our own writer rather than pdf-lib's, for text extraction: codes
 * are given per glyph *and text* (a CIDToGIDMap sends several codes to one
 * glyph), so a glyph shared by several characters after shaping — the
 * dotless body of ب, ت and ث in Noto Sans Arabic — maps back to the right
 * one in /ToUnicode. Pieces of a decomposed character (its dots) map to a
 * word joiner, an invisible format character that text extraction drops.
 *
 * Everything is named and numbered in the order of use, so the same text
 * gives the same bytes. The objects are written when the document is saved
 * and rewritten if glyphs were added after a save.
 */
import type { Fontkit, PDFDocument, PDFRef, PdfLib } from '../pdf-lib.js';

export type FontkitFace = NonNullable<ReturnType<Fontkit['create']>>;
type Subset = ReturnType<FontkitFace['createSubset']>;

/** Stands for the pieces of a character drawn as several glyphs (invisible, dropped by text extraction). */
const WORD_JOINER = '\u2060';
/** Codes are two bytes (Identity-H). */
const MAX_CODES = 0xffff;
/** bfchar blocks hold at most 100 entries (ISO 32000-1, 9.10.3). */
const BFCHAR_BLOCK = 100;

interface CodeEntry {
  gid: number;
  /** The glyph's number in the subset. */
  subsetGid: number;
  /** What /ToUnicode says the code is. */
  text: string;
}

interface FontRefs {
  cidFont: PDFRef;
  descriptor: PDFRef;
  file: PDFRef;
  toUnicode: PDFRef;
  cidToGid: PDFRef | undefined;
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export class CidFont {
  readonly ref: PDFRef;
  readonly baseFont: string;
  private readonly subset: Subset;
  /** A CFF font's codes must be its subset glyph numbers (no CIDToGIDMap for CIDFontType0). */
  private readonly cff: boolean;
  private readonly entries: CodeEntry[] = [{ gid: 0, subsetGid: 0, text: '' }];
  private readonly codes = new Map<string, number>();
  private refs?: FontRefs;
  private writtenEntries = 0;

  constructor(
    private readonly lib: PdfLib,
    private readonly doc: PDFDocument,
    private readonly face: FontkitFace,
    tag: string,
    private readonly bold: boolean,
  ) {
    this.ref = doc.context.nextRef();
    const name = (face.postscriptName ?? '').replace(/[^A-Za-z0-9_.-]/g, '') || 'Font';
    // A subset's name is a tag, "+" and the font's name (ISO 32000-1, 9.6.4).
    this.baseFont = `${tag}+${name}`;
    this.subset = face.createSubset();
    this.cff = 'cff' in (this.subset as object);
  }

  /** The code of a glyph standing for `text` (logical order; reversed for /ToUnicode in right-to-left runs). */
  code(gid: number, text: string, rtl: boolean): number {
    const shown = rtl && Array.from(text).length > 1 ? Array.from(text).reverse().join('') : text;
    const key = `${gid}\u0000${shown}`;
    let code = this.codes.get(key);
    if (code !== undefined) return code;
    const subsetGid = this.subset.includeGlyph(gid);
    if (this.cff) {
      // One code per glyph: the text of its first use.
      code = subsetGid;
      this.entries[code] ??= { gid, subsetGid, text: shown };
    } else if (this.entries.length > MAX_CODES) {
      code = this.entries.findIndex((entry) => entry.gid === gid);
    } else {
      code = this.entries.length;
      this.entries.push({ gid, subsetGid, text: shown });
    }
    this.codes.set(key, code);
    return code;
  }

  /** Writes the font's objects, or rewrites them when codes were added since the last write. */
  write(): void {
    if (this.refs && this.writtenEntries === this.entries.length) return;
    const context = this.doc.context;
    const { PDFName, PDFString } = this.lib;
    this.refs ??= {
      cidFont: context.nextRef(),
      descriptor: context.nextRef(),
      file: context.nextRef(),
      toUnicode: context.nextRef(),
      cidToGid: this.cff ? undefined : context.nextRef(),
    };
    const refs = this.refs;
    this.writtenEntries = this.entries.length;

    const program = this.subset.encode();
    const file = this.cff
      ? context.flateStream(program, { Subtype: 'CIDFontType0C' })
      : context.flateStream(program, { Length1: program.length });
    context.assign(refs.file, file);

    const scale = 1000 / this.face.unitsPerEm;
    const { bbox } = this.face;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: this.baseFont,
      // Symbolic (glyphs outside the standard Latin set); Italic when the face slants.
      Flags: 4 | (this.face.italicAngle ? 64 : 0),
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((value) => Math.round(value * scale)),
      ItalicAngle: round(this.face.italicAngle),
      Ascent: Math.round(this.face.ascent * scale),
      Descent: Math.round(this.face.descent * scale),
      CapHeight: Math.round((this.face.capHeight || this.face.ascent) * scale),
      StemV: this.bold ? 120 : 80,
    });
    descriptor.set(PDFName.of(this.cff ? 'FontFile3' : 'FontFile2'), refs.file);
    context.assign(refs.descriptor, descriptor);

    const widths = this.entries.map((entry) => round((this.face.getGlyph(entry.gid)?.advanceWidth ?? 0) * scale));
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: this.cff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: this.baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: refs.descriptor,
      DW: 0,
      W: [0, widths],
    });
    if (refs.cidToGid) {
      const map = new Uint8Array(this.entries.length * 2);
      this.entries.forEach((entry, code) => {
        map[code * 2] = entry.subsetGid >> 8;
        map[code * 2 + 1] = entry.subsetGid & 0xff;
      });
      context.assign(refs.cidToGid, context.flateStream(map, {}));
      cidFont.set(PDFName.of('CIDToGIDMap'), refs.cidToGid);
    }
    context.assign(refs.cidFont, cidFont);

    context.assign(refs.toUnicode, context.flateStream(this.toUnicode(), {}));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [refs.cidFont],
        ToUnicode: refs.toUnicode,
      }),
    );
  }

  /** The /ToUnicode CMap: each code's text as UTF-16BE. */
  private toUnicode(): string {
    const pairs: string[] = [];
    this.entries.forEach((entry, code) => {
      if (code === 0 && entry.gid === 0 && entry.text === '') return;
      const hex = code.toString(16).padStart(4, '0');
      pairs.push(`<${hex}> <${utf16Hex(entry.text === '' ? WORD_JOINER : entry.text)}>`);
    });
    const blocks: string[] = [];
    for (let i = 0; i < pairs.length; i += BFCHAR_BLOCK) {
      const block = pairs.slice(i, i + BFCHAR_BLOCK);
      blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }
}
