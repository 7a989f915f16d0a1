/**
 * A small builder for PDF content streams (appearance streams and flattened
 * page content). It writes operators as text with numbers rounded to three
 * decimals, so the same input always gives the same bytes (the browser and
 * Node must write identical files).
 */

/** A number as a content stream operand: at most 3 decimals, no exponent, no "-0". */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 1000) / 1000;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded);
}

/** `#RRGGBB` as three components in 0..1; black for anything else. */
export function rgbComponents(color: string | undefined): [number, number, number] {
  const match = /^#?([0-9a-f]{6})$/i.exec(color ?? '');
  if (!match) return [0, 0, 0];
  const value = parseInt(match[1]!, 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

/** A content stream being written: each method appends one operator. */
export class ContentBuilder {
  private readonly parts: string[] = [];

  /** Appends raw operator text (already formatted). */
  raw(text: string): this {
    this.parts.push(text);
    return this;
  }

  private op(operator: string, ...operands: number[]): this {
    this.parts.push(operands.length ? `${operands.map(num).join(' ')} ${operator}` : operator);
    return this;
  }

  save(): this {
    return this.op('q');
  }
  restore(): this {
    return this.op('Q');
  }
  /** Concatenates a matrix `[a b c d e f]` to the CTM. */
  transform(a: number, b: number, c: number, d: number, e: number, f: number): this {
    return this.op('cm', a, b, c, d, e, f);
  }
  lineWidth(width: number): this {
    return this.op('w', width);
  }
  /** 0 butt, 1 round, 2 projecting square. */
  lineCap(cap: 0 | 1 | 2): this {
    return this.op('J', cap);
  }
  /** 0 miter, 1 round, 2 bevel. */
  lineJoin(join: 0 | 1 | 2): this {
    return this.op('j', join);
  }
  dash(pattern: readonly number[], phase = 0): this {
    this.parts.push(`[${pattern.map(num).join(' ')}] ${num(phase)} d`);
    return this;
  }
  strokeColor(color: string | undefined): this {
    return this.op('RG', ...rgbComponents(color));
  }
  fillColor(color: string | undefined): this {
    return this.op('rg', ...rgbComponents(color));
  }
  /** Selects a named graphics state from the resources (`/GS0 gs`). */
  graphicsState(name: string): this {
    this.parts.push(`/${name} gs`);
    return this;
  }
  moveTo(x: number, y: number): this {
    return this.op('m', x, y);
  }
  lineTo(x: number, y: number): this {
    return this.op('l', x, y);
  }
  curveTo(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): this {
    return this.op('c', x1, y1, x2, y2, x3, y3);
  }
  rect(x: number, y: number, width: number, height: number): this {
    return this.op('re', x, y, width, height);
  }
  closePath(): this {
    return this.op('h');
  }
  stroke(): this {
    return this.op('S');
  }
  closeStroke(): this {
    return this.op('s');
  }
  fill(): this {
    return this.op('f');
  }
  fillEvenOdd(): this {
    return this.op('f*');
  }
  fillStroke(): this {
    return this.op('B');
  }
  closeFillStroke(): this {
    return this.op('b');
  }
  endPath(): this {
    return this.op('n');
  }
  clip(): this {
    return this.op('W');
  }
  /** Paints a named XObject from the resources (`/Im0 Do`). */
  paintXObject(name: string): this {
    this.parts.push(`/${name} Do`);
    return this;
  }
  beginText(): this {
    return this.op('BT');
  }
  endText(): this {
    return this.op('ET');
  }
  /** Selects a font resource and size (`/F0 12 Tf`). */
  font(name: string, size: number): this {
    this.parts.push(`/${name} ${num(size)} Tf`);
    return this;
  }
  textMatrix(a: number, b: number, c: number, d: number, e: number, f: number): this {
    return this.op('Tm', a, b, c, d, e, f);
  }
  /** Shows glyphs given as hex (`<0041> Tj`): the font's own encoding of the text. */
  showHex(hex: string): this {
    this.parts.push(`<${hex}> Tj`);
    return this;
  }

  /** Whether nothing was written. */
  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join('\n');
  }
}
