/**
 * SVG path data (the `d` attribute our viewer draws icons with) as PDF path
 * operators, so a saved appearance traces exactly the outline the viewer
 * shows. The path keeps its own coordinates: the caller sets a `cm` that
 * maps them into user space (flipping y, since SVG's y points down).
 *
 * Every command of SVG 1.1 is understood, absolute and relative: M L H V C S
 * Q T A Z. PDF has no quadratic curves or arcs, so those become cubic Béziers
 * (arcs in pieces of at most a quarter turn, as SVG's implementation notes
 * describe the endpoint-to-centre conversion).
 */
import type { ContentBuilder } from '../../content-stream.js';

type Point = [number, number];

/** Tokens of path data: command letters and numbers (arc flags are read one character at a time). */
class PathTokens {
  private index = 0;
  constructor(private readonly data: string) {}

  private skipSeparators(): void {
    while (this.index < this.data.length && /[\s,]/.test(this.data[this.index]!)) this.index++;
  }

  /** The next command letter, or undefined when numbers (or nothing) follow. */
  command(): string | undefined {
    this.skipSeparators();
    const char = this.data[this.index];
    if (char !== undefined && /[MmLlHhVvCcSsQqTtAaZz]/.test(char)) {
      this.index++;
      return char;
    }
    return undefined;
  }

  /** Whether a number comes next. */
  hasNumber(): boolean {
    this.skipSeparators();
    const char = this.data[this.index];
    return char !== undefined && /[-+.\d]/.test(char);
  }

  atEnd(): boolean {
    this.skipSeparators();
    return this.index >= this.data.length;
  }

  number(): number {
    this.skipSeparators();
    const match = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(this.data.slice(this.index));
    if (!match) throw new SyntaxError(`path data: a number was expected at ${this.index} in "${this.data}"`);
    this.index += match[0].length;
    return Number(match[0]);
  }

  /** An arc flag: one character, 0 or 1 ("a1 1 0 110 10" is legal). */
  flag(): boolean {
    this.skipSeparators();
    const char = this.data[this.index];
    if (char !== '0' && char !== '1') throw new SyntaxError(`path data: an arc flag was expected at ${this.index} in "${this.data}"`);
    this.index++;
    return char === '1';
  }
}

/** Appends the path of SVG path data `d` to `content` (no painting operator). */
export function appendSvgPath(content: ContentBuilder, d: string): void {
  const tokens = new PathTokens(d);
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  /** The last control point of a C/S (for S) or Q/T (for T); reset by other commands. */
  let lastCubic: Point | undefined;
  let lastQuad: Point | undefined;
  let command: string | undefined;

  while (!tokens.atEnd()) {
    const next = tokens.command();
    if (next !== undefined) command = next;
    else if (command === undefined || /[Zz]/.test(command)) {
      throw new SyntaxError(`path data: a command was expected in "${d}"`);
    }
    const letter = command!;
    const relative = letter === letter.toLowerCase();
    const base = (): Point => (relative ? current : [0, 0]);
    const point = (): Point => {
      const [bx, by] = base();
      const x = tokens.number();
      return [bx + x, by + tokens.number()];
    };

    switch (letter.toUpperCase()) {
      case 'M': {
        current = point();
        start = current;
        content.moveTo(...current);
        // Numbers after a moveto are implicit linetos of the same relativity.
        command = relative ? 'l' : 'L';
        lastCubic = lastQuad = undefined;
        break;
      }
      case 'L':
        current = point();
        content.lineTo(...current);
        lastCubic = lastQuad = undefined;
        break;
      case 'H':
        current = [(relative ? current[0] : 0) + tokens.number(), current[1]];
        content.lineTo(...current);
        lastCubic = lastQuad = undefined;
        break;
      case 'V':
        current = [current[0], (relative ? current[1] : 0) + tokens.number()];
        content.lineTo(...current);
        lastCubic = lastQuad = undefined;
        break;
      case 'C': {
        const c1 = point();
        const c2 = point();
        const end = point();
        content.curveTo(...c1, ...c2, ...end);
        lastCubic = c2;
        lastQuad = undefined;
        current = end;
        break;
      }
      case 'S': {
        const c1: Point = lastCubic ? [2 * current[0] - lastCubic[0], 2 * current[1] - lastCubic[1]] : current;
        const c2 = point();
        const end = point();
        content.curveTo(...c1, ...c2, ...end);
        lastCubic = c2;
        lastQuad = undefined;
        current = end;
        break;
      }
      case 'Q': {
        const control = point();
        const end = point();
        quadratic(content, current, control, end);
        lastQuad = control;
        lastCubic = undefined;
        current = end;
        break;
      }
      case 'T': {
        const control: Point = lastQuad ? [2 * current[0] - lastQuad[0], 2 * current[1] - lastQuad[1]] : current;
        const end = point();
        quadratic(content, current, control, end);
        lastQuad = control;
        lastCubic = undefined;
        current = end;
        break;
      }
      case 'A': {
        const rx = tokens.number();
        const ry = tokens.number();
        const xAxisRotation = tokens.number();
        const largeArc = tokens.flag();
        const sweep = tokens.flag();
        const end = point();
        arc(content, current, rx, ry, xAxisRotation, largeArc, sweep, end);
        lastCubic = lastQuad = undefined;
        current = end;
        break;
      }
      case 'Z':
        content.closePath();
        current = start;
        lastCubic = lastQuad = undefined;
        break;
    }
    // A Z takes no numbers: whatever follows must be a new command.
    if (/[Zz]/.test(letter) && tokens.hasNumber()) throw new SyntaxError(`path data: numbers after Z in "${d}"`);
  }
}

function quadratic(content: ContentBuilder, from: Point, control: Point, to: Point): void {
  content.curveTo(
    from[0] + (2 / 3) * (control[0] - from[0]),
    from[1] + (2 / 3) * (control[1] - from[1]),
    to[0] + (2 / 3) * (control[0] - to[0]),
    to[1] + (2 / 3) * (control[1] - to[1]),
    to[0],
    to[1],
  );
}

/** An elliptical arc from `from` to `to` as cubic Béziers (SVG 1.1 appendix F.6). */
function arc(
  content: ContentBuilder,
  from: Point,
  rxIn: number,
  ryIn: number,
  rotationDegrees: number,
  largeArc: boolean,
  sweep: boolean,
  to: Point,
): void {
  if (from[0] === to[0] && from[1] === to[1]) return;
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0) {
    content.lineTo(...to);
    return;
  }
  const phi = (rotationDegrees * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  // The midpoint, in the ellipse's own axes.
  const dx = (from[0] - to[0]) / 2;
  const dy = (from[1] - to[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  // Radii too small to reach are scaled up until the arc just fits.
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  let factor = Math.sqrt(Math.max(0, numerator / denominator));
  if (largeArc === sweep) factor = -factor;
  const cx1 = (factor * rx * y1) / ry;
  const cy1 = (-factor * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2;

  /** The signed angle from vector u to vector v. */
  const angle = (ux: number, uy: number, vx: number, vy: number): number => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  else if (sweep && delta < 0) delta += 2 * Math.PI;

  const pieces = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / pieces;
  // Control-point distance for a circular arc of `step` radians on the unit circle.
  const k = (4 / 3) * Math.tan(step / 4);
  const onEllipse = (t: number): Point => {
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    return [cos * ex - sin * ey + cx, sin * ex + cos * ey + cy];
  };
  const tangent = (t: number): Point => {
    const ex = -rx * Math.sin(t);
    const ey = ry * Math.cos(t);
    return [cos * ex - sin * ey, sin * ex + cos * ey];
  };
  for (let i = 0; i < pieces; i++) {
    const t1 = theta1 + i * step;
    const t2 = t1 + step;
    const p1 = onEllipse(t1);
    const d1 = tangent(t1);
    const p2 = i === pieces - 1 ? to : onEllipse(t2);
    const d2 = tangent(t2);
    content.curveTo(p1[0] + k * d1[0], p1[1] + k * d1[1], p2[0] - k * d2[0], p2[1] - k * d2[1], p2[0], p2[1]);
  }
}
