/**
 * Small element builders for annotation drawing. Attribute values and text
 * are always set as data (setAttribute / textContent), never parsed as HTML.
 */
import type { Rect } from '../model/index.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** An SVG element with attributes; `undefined` values are left out. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  return element;
}

/** One element for several parts of a drawing: the part itself when there is one, else a `<g>` of them. */
export function svgGroup(parts: readonly SVGElement[]): SVGElement | undefined {
  if (parts.length <= 1) return parts[0];
  const group = document.createElementNS(SVG_NS, 'g');
  group.append(...parts);
  return group;
}

/** An HTML element with a class and inline style. */
export function htmlElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  style?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (style) element.style.cssText = style;
  return element;
}

export function setAttributes(element: Element, attributes: Attributes): void {
  // for…in rather than Object.entries: a page of a thousand drawings would allocate an array per attribute.
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, String(value));
  }
}

/** Smallest extent a viewBox gets, so a degenerate bbox (`[x, y, 0, 0]`) still draws its stroke. */
const MIN_EXTENT = 1e-3;

/**
 * An SVG filling `box` whose user units are page points: drawing at `[x, y]`
 * lands at that point of the page. It does not clip, so strokes and line caps
 * may reach past the bbox.
 */
export function pageSvg(box: HTMLElement, bbox: Rect): SVGSVGElement {
  const [left, top, width, height] = bbox;
  const svg = svgElement('svg', {
    viewBox: `${left} ${top} ${Math.max(width, MIN_EXTENT)} ${Math.max(height, MIN_EXTENT)}`,
    preserveAspectRatio: 'none',
    class: 'page-svg',
    'aria-hidden': 'true',
  });
  box.append(svg);
  return svg;
}

/** A length in page points: the annotation layer is zoomed so that one CSS pixel is one point. */
export function points(value: number): string {
  return `${value}px`;
}
