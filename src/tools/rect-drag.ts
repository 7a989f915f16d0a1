/**
 * A rectangle dragged out on one page (redaction, link): the corners follow
 * the pointer in page points and a preview is drawn in the tool overlay.
 */
import type { Point, Rect } from '../model/index.js';
import type { PagePointer, ToolContext } from './tool.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Below this many CSS pixels on either side a drag is a click and makes nothing. */
const MIN_SIZE = 3;

export class RectDrag {
  readonly pageIndex: number;
  readonly #start: Point;
  #rect: Rect;

  constructor(pointer: PagePointer) {
    this.pageIndex = pointer.pageIndex;
    this.#start = pointer.point;
    this.#rect = [pointer.point[0], pointer.point[1], 0, 0];
  }

  get rect(): Rect {
    return this.#rect;
  }

  /** Follows the pointer (clamped to the page) and redraws the preview with `className`. */
  move(pointer: PagePointer, context: ToolContext, className: string): void {
    const frame = context.pageFrame(this.pageIndex);
    const clamp = (value: number, max: number | undefined) => Math.min(Math.max(value, 0), max ?? Number.POSITIVE_INFINITY);
    const x = clamp(pointer.point[0], frame?.width);
    const y = clamp(pointer.point[1], frame?.height);
    const [sx, sy] = this.#start;
    this.#rect = [Math.min(sx, x), Math.min(sy, y), Math.abs(x - sx), Math.abs(y - sy)];
    context.clearOverlay();
    const group = context.overlay(this.pageIndex);
    if (!group) return;
    const [left, top, width, height] = this.#rect;
    const preview = group.ownerDocument.createElementNS(SVG_NS, 'rect');
    preview.setAttribute('class', `preview ${className}`);
    for (const [name, value] of Object.entries({ x: left, y: top, width, height })) preview.setAttribute(name, String(value));
    group.append(preview);
  }

  /** Whether the rectangle is big enough on screen to be meant. */
  isMeant(context: ToolContext): boolean {
    return Math.min(this.#rect[2], this.#rect[3]) * context.scale >= MIN_SIZE;
  }
}
