// Writes demo/sample.pdf: a small multi-page document with real, selectable
// text, mixed page sizes (A4 portrait, US Letter, A4 landscape, and an A4 page
// with /Rotate 90) and simple vector graphics, so that the demo works offline
// and per-page sizing and rotation are visible at a glance.
//
// The output is deterministic (fixed dates, fixed trailer /ID, no random
// values), so running `npm run sample` twice gives byte-identical files.
//
// Usage: node scripts/make-sample-pdf.mjs [output path]   (default: demo/sample.pdf)
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PDFDocument,
  PDFHexString,
  StandardFonts,
  PageSizes,
  LineCapStyle,
  degrees,
  rgb,
} from 'pdf-lib';

/** Fixed trailer /ID pair (16 bytes each, hex). pdf.js fingerprints = these. */
export const SAMPLE_PDF_ID = ['6970762D73616D706C652D7065726D61', '6970762D73616D706C652D6368616E67'];
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

const INK = rgb(0.13, 0.15, 0.2);
const MUTED = rgb(0.42, 0.45, 0.5);
const ACCENT = rgb(0.11, 0.36, 0.71);
const ACCENT_LIGHT = rgb(0.86, 0.91, 0.98);
const WARM = rgb(0.89, 0.42, 0.16);
const GREEN = rgb(0.18, 0.58, 0.36);
const YELLOW = rgb(0.98, 0.82, 0.2);
const WHITE = rgb(1, 1, 1);

const MARGIN = 64;
const TOTAL_PAGES = 8;

/**
 * Draws on a pdf-lib page in *display* coordinates: origin at the top-left of
 * the page as a reader sees it, y downward. For a page with /Rotate 90 the
 * content is written sideways into the stored page so that it reads upright
 * once the viewer applies the rotation.
 */
class Surface {
  constructor(page, rotation = 0) {
    this.page = page;
    this.rotation = rotation;
    const { width, height } = page.getSize();
    this.pageHeight = height;
    if (rotation === 90) {
      page.setRotation(degrees(90));
      this.width = height;
      this.height = width;
    } else {
      this.width = width;
      this.height = height;
    }
  }

  /** Display point → user-space point. */
  pt(x, y) {
    if (this.rotation === 90) return { x: y, y: x };
    return { x, y: this.pageHeight - y };
  }

  /** Text with its baseline starting at display (x, y). */
  text(str, x, y, { font, size, color = INK }) {
    const at = this.pt(x, y);
    this.page.drawText(str, {
      x: at.x,
      y: at.y,
      font,
      size,
      color,
      rotate: degrees(this.rotation),
    });
  }

  /** Rectangle with its top-left corner at display (x, y). */
  rect(x, y, w, h, { color, borderColor, borderWidth = 0, opacity, borderDashArray } = {}) {
    const box =
      this.rotation === 90
        ? { x: y, y: x, width: h, height: w }
        : { x, y: this.pageHeight - y - h, width: w, height: h };
    this.page.drawRectangle({
      ...box,
      color,
      borderColor,
      borderWidth: borderColor ? borderWidth || 1 : 0,
      opacity,
      borderDashArray,
    });
  }

  line(x1, y1, x2, y2, { color = INK, thickness = 1, dashArray, lineCap } = {}) {
    this.page.drawLine({ start: this.pt(x1, y1), end: this.pt(x2, y2), color, thickness, dashArray, lineCap });
  }

  circle(cx, cy, r, { color, borderColor, borderWidth = 1 } = {}) {
    const c = this.pt(cx, cy);
    this.page.drawCircle({ x: c.x, y: c.y, size: r, color, borderColor, borderWidth: borderColor ? borderWidth : 0 });
  }

  /** Arrow from (x1, y1) to (x2, y2) with a filled head. */
  arrow(x1, y1, x2, y2, { color = INK, thickness = 1.5, head = 8 } = {}) {
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const bx = x2 - head * Math.cos(angle);
    const by = y2 - head * Math.sin(angle);
    this.line(x1, y1, bx, by, { color, thickness });
    const spread = head * 0.5;
    const lx = bx + spread * Math.sin(angle);
    const ly = by - spread * Math.cos(angle);
    const rx = bx - spread * Math.sin(angle);
    const ry = by + spread * Math.cos(angle);
    const p = [this.pt(x2, y2), this.pt(lx, ly), this.pt(rx, ry)];
    // drawSvgPath flips y itself (SVG y is downward from the given origin).
    const d = `M ${p[0].x} ${-p[0].y} L ${p[1].x} ${-p[1].y} L ${p[2].x} ${-p[2].y} Z`;
    this.page.drawSvgPath(d, { x: 0, y: 0, color, borderWidth: 0 });
  }
}

function wrap(text, font, size, maxWidth) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A simple top-down text flow on one surface. */
class Flow {
  constructor(surface, fonts, { x = MARGIN, y = MARGIN, width } = {}) {
    this.s = surface;
    this.f = fonts;
    this.x = x;
    this.y = y;
    this.width = width ?? surface.width - 2 * MARGIN;
  }

  heading(str, { size = 20 } = {}) {
    this.y += size;
    this.s.text(str, this.x, this.y, { font: this.f.bold, size, color: ACCENT });
    this.y += 8;
    this.s.line(this.x, this.y, this.x + this.width, this.y, { color: ACCENT, thickness: 1.2 });
    this.y += 18;
  }

  subheading(str) {
    this.y += 6 + 13;
    this.s.text(str, this.x, this.y, { font: this.f.bold, size: 13, color: INK });
    this.y += 10;
  }

  paragraph(str, { size = 11.5, leading = 16, font = this.f.body, color = INK, indent = 0 } = {}) {
    for (const line of wrap(str, font, size, this.width - indent)) {
      this.y += leading;
      this.s.text(line, this.x + indent, this.y, { font, size, color });
    }
    this.y += leading * 0.6;
  }

  bullets(items, opts = {}) {
    for (const item of items) {
      const size = opts.size ?? 11.5;
      this.s.circle(this.x + 5, this.y + 16 - size * 0.33, 2, { color: ACCENT });
      this.paragraph(item, { ...opts, indent: 16 });
      this.y -= 4;
    }
    this.y += 6;
  }

  gap(h) {
    this.y += h;
  }
}

function footer(surface, fonts, pageNumber) {
  const y = surface.height - 46;
  surface.line(MARGIN, y - 14, surface.width - MARGIN, y - 14, { color: MUTED, thickness: 0.5 });
  surface.text('instant-pdf-viewer sample document', MARGIN, y, { font: fonts.sans, size: 9, color: MUTED });
  const label = `Page ${pageNumber} of ${TOTAL_PAGES}`;
  const w = fonts.sans.widthOfTextAtSize(label, 9);
  surface.text(label, surface.width - MARGIN - w, y, { font: fonts.sans, size: 9, color: MUTED });
}

function caption(surface, fonts, str, x, y, { size = 9, color = MUTED, font = fonts.sans, center = false } = {}) {
  const dx = center ? font.widthOfTextAtSize(str, size) / 2 : 0;
  surface.text(str, x - dx, y, { font, size, color });
}

// ---------------------------------------------------------------------------
// Pages

function titlePage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4));
  s.rect(0, 0, s.width, 190, { color: ACCENT });
  s.rect(0, 190, s.width, 8, { color: YELLOW });
  s.text('instant-pdf-viewer', MARGIN, 100, { font: fonts.bold, size: 34, color: WHITE });
  s.text('A sample document for the demo and for eyeballing the renderer', MARGIN, 134, {
    font: fonts.sans,
    size: 13,
    color: WHITE,
  });

  const flow = new Flow(s, fonts, { y: 240 });
  flow.subheading('What this file is for');
  flow.paragraph(
    'This document was generated by a small script in the repository. It gives the demo something to ' +
      'open without a network connection, and it lets anyone working on the viewer check quickly that ' +
      'pages are sized, rotated and drawn the way the file describes them. All of its text is real text ' +
      'in the standard Helvetica and Times fonts, so it can be selected, searched and copied.',
  );
  flow.subheading('Contents');
  const rows = [
    ['1', 'Title page', 'A4 portrait'],
    ['2', 'What the viewer does', 'A4 portrait'],
    ['3', 'From bytes to pixels', 'A4 portrait'],
    ['4', 'A page in US Letter size', 'US Letter portrait'],
    ['5', 'A wide page', 'A4 landscape'],
    ['6', 'A rotated page', 'A4 stored portrait, /Rotate 90'],
    ['7', 'Annotations as a JSON overlay', 'A4 portrait'],
    ['8', 'Test pattern and colophon', 'A4 portrait'],
  ];
  flow.gap(8);
  for (const [n, title, size] of rows) {
    flow.y += 20;
    s.text(n, MARGIN, flow.y, { font: fonts.bold, size: 11.5, color: ACCENT });
    s.text(title, MARGIN + 24, flow.y, { font: fonts.body, size: 11.5 });
    const w = fonts.sans.widthOfTextAtSize(size, 10);
    s.text(size, s.width - MARGIN - w, flow.y, { font: fonts.sans, size: 10, color: MUTED });
    s.line(MARGIN, flow.y + 6, s.width - MARGIN, flow.y + 6, { color: ACCENT_LIGHT, thickness: 0.75 });
  }

  // A row of page silhouettes at their true relative proportions.
  const baseY = 700;
  const scale = 0.12;
  const shapes = [
    [595, 842, 0, 'A4'],
    [612, 792, 0, 'Letter'],
    [842, 595, 0, 'A4 wide'],
    [842, 595, 90, 'Rotated'],
  ];
  let x = MARGIN;
  for (const [w, h, rot, label] of shapes) {
    const sw = w * scale;
    const sh = h * scale;
    s.rect(x, baseY - sh, sw, sh, { color: ACCENT_LIGHT, borderColor: ACCENT, borderWidth: 1 });
    if (rot) s.arrow(x + sw / 2 - 14, baseY - sh / 2, x + sw / 2 + 14, baseY - sh / 2, { color: WARM });
    caption(s, fonts, label, x + sw / 2, baseY + 14, { center: true });
    x += sw + 28;
  }
  footer(s, fonts, 1);
}

function viewerPage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4));
  const flow = new Flow(s, fonts);
  flow.heading('1  What the viewer does');
  flow.paragraph(
    'instant-pdf-viewer is a custom element. A web page adds one script tag, writes the element into its ' +
      'markup with the address of a PDF, and gets a scrolling view of the document with a toolbar, text that ' +
      'can be selected and copied, and tools for marking it up. Nothing about the element depends on a ' +
      'framework: a React, Vue or Angular application sees the same attributes, properties and events as a ' +
      'hand-written HTML page.',
  );
  flow.paragraph(
    'The element never rewrites the PDF. Everything a reader adds, whether a highlight, a note, an ink ' +
      'stroke or a rectangle, is kept in a model that lives beside the document bytes, and the element can ' +
      'hand that model back as Instant JSON at any moment. The host application stores the JSON wherever it ' +
      'likes and passes it back in the next time the document is opened. The PDF is transferred once; the ' +
      'changes travel as a small overlay.',
  );
  flow.paragraph(
    'Annotations that are already part of the PDF are read into the same model when the document opens. ' +
      'Editing or deleting one of them is recorded against its original object number, so the exported JSON ' +
      'describes exactly what changed and nothing else.',
  );
  flow.subheading('Things to try on this document');
  flow.bullets([
    'Select a sentence on this page and copy it. The words are text drawn with standard fonts, not a ' +
      'picture of text, so the clipboard receives the sentence itself.',
    'Zoom in and watch the edges of the shapes below. They are vector graphics and are drawn again at ' +
      'every scale, so they should stay sharp.',
    'Scroll to the end. Every page has its own size, and each one should keep its own proportions.',
  ]);

  // Three stacked "layers" drawn as offset cards.
  const top = flow.y + 20;
  const labels = [
    ['interaction layer', rgb(0.93, 0.93, 0.95)],
    ['annotation layer', rgb(1, 0.95, 0.8)],
    ['text layer', rgb(0.88, 0.95, 0.9)],
    ['canvas', ACCENT_LIGHT],
  ];
  labels.forEach(([label, color], i) => {
    const x = MARGIN + 40 + i * 26;
    const y = top + i * 34;
    s.rect(x, y, 230, 120, { color, borderColor: ACCENT, borderWidth: 1 });
    s.text(label, x + 10, y + 18, { font: fonts.bold, size: 10, color: ACCENT });
  });
  caption(s, fonts, 'Each page on screen is a stack of layers; only the canvas holds pixels.', MARGIN + 40, top + 250);
  footer(s, fonts, 2);
}

function pipelinePage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4));
  const flow = new Flow(s, fonts);
  flow.heading('2  From bytes to pixels');
  flow.paragraph(
    'When the src attribute changes, the element fetches the file and hands it to pdf.js, which parses it in ' +
      'a web worker so that the page stays responsive while a large document is read. As soon as the number ' +
      'of pages and their sizes are known, the element lays out an empty placeholder for every page, so the ' +
      'scroll bar has its final length straight away and jumping to page 400 does not wait for pages 1 to 399.',
  );
  flow.paragraph(
    'Pages are drawn lazily. Only the pages on screen, plus a small margin above and below, receive a canvas. ' +
      'A page that scrolls far out of view gives its canvas back, which keeps memory flat even for documents ' +
      'with thousands of pages. On top of the canvas sits a transparent text layer whose invisible glyphs line ' +
      'up with the drawn ones, which is what makes selection and copying work.',
  );
  flow.paragraph(
    'Zoom is either a number or a rule. With fit-width the page is scaled to fill the available ' +
      'width; fit-page keeps a whole page in view; auto chooses whichever is more comfortable for the ' +
      'size of the window. Changing the zoom redraws the visible pages and keeps the reader at the same place ' +
      'in the document.',
  );

  // Pipeline diagram.
  const y0 = flow.y + 40;
  const box = (x, y, w, label, sub, color) => {
    s.rect(x, y, w, 54, { color, borderColor: ACCENT, borderWidth: 1.2 });
    caption(s, fonts, label, x + w / 2, y + 24, { font: fonts.bold, size: 11, color: INK, center: true });
    caption(s, fonts, sub, x + w / 2, y + 40, { size: 8.5, center: true });
  };
  const w = 128;
  const gap = (s.width - 2 * MARGIN - 3 * w) / 2;
  const xs = [MARGIN, MARGIN + w + gap, MARGIN + 2 * (w + gap)];
  box(xs[0], y0, w, 'PDF bytes', 'URL, Blob or buffer', ACCENT_LIGHT);
  box(xs[1], y0, w, 'pdf.js worker', 'parse, fonts, layout', rgb(1, 0.95, 0.8));
  box(xs[2], y0, w, 'page view', 'canvas + text + notes', rgb(0.88, 0.95, 0.9));
  s.arrow(xs[0] + w + 4, y0 + 27, xs[1] - 4, y0 + 27, { color: WARM });
  s.arrow(xs[1] + w + 4, y0 + 27, xs[2] - 4, y0 + 27, { color: WARM });

  const y1 = y0 + 130;
  box(xs[2], y1, w, 'Instant JSON', 'annotations overlay', rgb(0.95, 0.9, 0.98));
  const left = xs[2] + w / 2 - 24;
  const right = xs[2] + w / 2 + 24;
  s.arrow(left, y1 - 4, left, y0 + 58, { color: GREEN });
  s.arrow(right, y0 + 58, right, y1 - 4, { color: GREEN });
  caption(s, fonts, 'applied on load', left - 6 - fonts.sans.widthOfTextAtSize('applied on load', 8.5), y0 + 96, { size: 8.5 });
  caption(s, fonts, 'user edits', right + 6, y0 + 96, { size: 8.5 });
  caption(
    s,
    fonts,
    'Orange: the document on its way to the screen. Green: annotations, kept apart from the file.',
    MARGIN,
    y1 + 90,
  );
  footer(s, fonts, 3);
}

function letterPage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.Letter));
  // A frame inset exactly half an inch, and an inch ruler along the top edge.
  s.rect(36, 36, s.width - 72, s.height - 72, { borderColor: GREEN, borderWidth: 1, borderDashArray: [4, 3] });
  for (let i = 0; i <= 8.5 * 4; i++) {
    const x = i * 18;
    const len = i % 4 === 0 ? 12 : i % 2 === 0 ? 8 : 5;
    s.line(x, 0, x, len, { color: GREEN, thickness: 0.6 });
    if (i % 4 === 0 && i > 0 && i < 34) caption(s, fonts, String(i / 4), x + 2, 22, { size: 7, color: GREEN });
  }
  const flow = new Flow(s, fonts);
  flow.heading('3  A page in US Letter size');
  flow.paragraph(
    'This page measures 8.5 by 11 inches, or 612 by 792 points, while its neighbours are A4 at 595 by 842 ' +
      'points. The difference is small but easy to see: this page is about three percent wider and six percent ' +
      'shorter than an A4 page, so next to its neighbours it looks a little squatter.',
  );
  flow.paragraph(
    'A PDF stores the size of every page separately. Nothing requires a document to use one size throughout, ' +
      'and real documents often do not: a report may include a fold-out chart, a contract may contain a ' +
      'scanned letter, a book may carry a plate in a different format. A viewer that assumed one size for ' +
      'every page would stretch or clip pages like this one.',
  );
  flow.paragraph(
    'The dashed green frame is inset exactly half an inch from every edge, and the ruler along the top edge ' +
      'is marked in quarter inches. If the page has been laid out at its true proportions, the four margins ' +
      'outside the frame look equal, and the last numbered mark, 8, sits half an inch from the right edge.',
  );
  // Two squares that must stay squares.
  const y = flow.y + 30;
  s.rect(MARGIN, y, 144, 144, { color: ACCENT_LIGHT, borderColor: ACCENT, borderWidth: 1 });
  s.circle(MARGIN + 72, y + 72, 72, { borderColor: ACCENT, borderWidth: 1 });
  caption(s, fonts, '2 in square with inscribed circle', MARGIN, y + 162);
  s.rect(MARGIN + 200, y + 72, 72, 72, { color: rgb(1, 0.95, 0.8), borderColor: WARM, borderWidth: 1 });
  caption(s, fonts, '1 in square', MARGIN + 200, y + 162);
  footer(s, fonts, 4);
}

function landscapePage(doc, fonts) {
  const [a4w, a4h] = PageSizes.A4;
  const s = new Surface(doc.addPage([a4h, a4w]));
  const flow = new Flow(s, fonts, { y: 48 });
  flow.heading('4  A wide page');
  flow.paragraph(
    'This page is A4 in landscape orientation. Its media box is wider than it is tall, so no rotation is ' +
      'involved: the page is simply 842 points wide and 595 points high, and it should appear that way, wide ' +
      'and short, between its portrait neighbours.',
  );
  const chartTop = flow.y + 20;
  const chartHeight = 250;
  const chartBottom = chartTop + chartHeight;
  const n = 12;
  const slot = (s.width - 2 * MARGIN) / n;
  s.line(MARGIN, chartBottom, s.width - MARGIN, chartBottom, { color: INK, thickness: 1 });
  for (let i = 0; i < n; i++) {
    const hue = i / n;
    const h = 30 + (chartHeight - 40) * Math.sin(((i + 0.5) / n) * Math.PI);
    const [r, g, b] = hsvToRgb(hue, 0.65, 0.9);
    s.rect(MARGIN + i * slot + 6, chartBottom - h, slot - 12, h, { color: rgb(r, g, b) });
    caption(s, fonts, String(i + 1), MARGIN + i * slot + slot / 2, chartBottom + 14, { center: true });
  }
  for (let g = 1; g <= 4; g++) {
    const y = chartBottom - (g * chartHeight) / 4;
    s.line(MARGIN, y, s.width - MARGIN, y, { color: MUTED, thickness: 0.3, dashArray: [2, 3] });
  }
  caption(
    s,
    fonts,
    'Twelve bars in twelve hues, heights following half a sine wave. Nothing is measured here; the chart only gives the wide page some shapes.',
    MARGIN,
    chartBottom + 36,
  );
  footer(s, fonts, 5);
}

function rotatedPage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4), 90);
  const flow = new Flow(s, fonts, { y: 48 });
  flow.heading('5  A rotated page');
  flow.paragraph(
    'In the file, this is an ordinary A4 portrait page whose /Rotate entry is 90. Its text was written ' +
      'sideways onto the stored page, so a viewer that applies the rotation shows a landscape page with ' +
      'upright, readable lines like these. If this text runs from bottom to top instead, the rotation was ' +
      'ignored.',
  );
  flow.paragraph(
    'Instant JSON measures geometry before the rotation is applied. An annotation drawn on this page is ' +
      'therefore stored in the coordinates of the unrotated, portrait page, and must be turned back by 90 ' +
      'degrees when it is shown. The orange corner marks the origin of the stored page; the arrow points to ' +
      'what was the top of the stored page.',
  );
  // The stored page's top-left corner (origin of Instant JSON geometry) is at the display top-right.
  const cx = s.width - 24;
  s.line(cx - 40, 24, cx, 24, { color: WARM, thickness: 3 });
  s.line(cx, 24, cx, 64, { color: WARM, thickness: 3 });
  caption(s, fonts, 'stored top-left (0, 0)', cx - 130, 42, { color: WARM });
  s.arrow(s.width / 2 - 60, 430, s.width / 2 + 60, 430, { color: WARM, thickness: 3, head: 14 });
  caption(s, fonts, 'stored "up"', s.width / 2, 452, { center: true, color: WARM });
  s.rect(MARGIN, 380, 120, 80, { color: ACCENT_LIGHT, borderColor: ACCENT, borderWidth: 1 });
  caption(s, fonts, 'shown 120 x 80', MARGIN + 60, 424, { center: true, color: ACCENT });
  footer(s, fonts, 6);
}

function jsonPage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4));
  const flow = new Flow(s, fonts);
  flow.heading('6  Annotations as a JSON overlay');
  flow.paragraph(
    'Instant JSON is plain JSON. The top level names the format, carries the pdfId of the document it ' +
      'belongs to, and lists annotations, form field values, attachments and the object numbers of original ' +
      'annotations that were edited or removed. Keys that are empty are left out.',
  );
  flow.paragraph(
    'Each annotation records its type, the page it sits on, its bounding box and its own properties: colours ' +
      'and stroke widths, the points of an ink drawing, the rectangles of a text highlight, the text of a ' +
      'note. Coordinates are PDF points measured from the top-left corner of the page, with y growing ' +
      'downward, and a bounding box is written as left, top, width and height.',
  );
  flow.paragraph(
    'Because the overlay is separate from the file, it can be stored next to the PDF, in a database row or ' +
      'in a version history. It can be reviewed, merged or thrown away without touching the document. This ' +
      'file has a fixed document ID in its trailer, so every copy of it has the same pdfId and an overlay ' +
      'saved against one copy applies to all of them.',
  );

  // Bounding-box diagram: a small page with a bbox and its four numbers.
  const px = MARGIN + 20;
  const py = flow.y + 36;
  const pw = 180;
  const ph = 254;
  s.rect(px, py, pw, ph, { color: WHITE, borderColor: INK, borderWidth: 1 });
  s.circle(px, py, 3, { color: WARM });
  caption(s, fonts, '(0, 0)', px - 14, py - 8, { color: WARM });
  const bx = px + 50;
  const by = py + 80;
  const bw = 100;
  const bh = 60;
  s.rect(bx, by, bw, bh, { color: YELLOW, opacity: 0.45, borderColor: WARM, borderWidth: 1, borderDashArray: [3, 2] });
  s.line(px, by + bh / 2, bx, by + bh / 2, { color: ACCENT, thickness: 0.8, dashArray: [2, 2] });
  caption(s, fonts, 'left', px + 6, by + bh / 2 - 5, { color: ACCENT });
  s.line(bx + bw / 2, py, bx + bw / 2, by, { color: ACCENT, thickness: 0.8, dashArray: [2, 2] });
  caption(s, fonts, 'top', bx + bw / 2 + 5, py + 44, { color: ACCENT });
  s.line(bx, by + bh + 10, bx + bw, by + bh + 10, { color: GREEN, thickness: 0.8 });
  caption(s, fonts, 'width', bx + bw / 2, by + bh + 22, { color: GREEN, center: true });
  s.line(bx + bw + 10, by, bx + bw + 10, by + bh, { color: GREEN, thickness: 0.8 });
  caption(s, fonts, 'height', bx + bw + 14, by + bh / 2 + 3, { color: GREEN });

  const tx = px + pw + 50;
  let ty = py + 12;
  for (const [k, v] of [
    ['type', 'pspdfkit/markup/highlight'],
    ['pageIndex', '6'],
    ['bbox', '[left, top, width, height]'],
    ['rects', 'one box per line of text'],
    ['color', '#FFD233'],
    ['creatorName', 'who made it'],
  ]) {
    s.text(k, tx, ty, { font: fonts.bold, size: 10, color: ACCENT });
    s.text(v, tx + 80, ty, { font: fonts.body, size: 10.5 });
    ty += 20;
  }
  caption(s, fonts, 'A highlight as it might appear in the overlay (abridged).', tx, ty + 6);
  footer(s, fonts, 7);
}

function patternPage(doc, fonts) {
  const s = new Surface(doc.addPage(PageSizes.A4));
  const flow = new Flow(s, fonts);
  flow.heading('7  Test pattern and colophon');
  flow.paragraph(
    'The pattern below is for checking the renderer rather than for reading. Colours should look flat and ' +
      'even, the thinnest lines should stay visible at every zoom level, and the circles should stay round.',
  );
  let y = flow.y + 16;
  // Colour swatches.
  const swatches = [
    rgb(1, 0, 0), rgb(0, 1, 0), rgb(0, 0, 1), rgb(0, 1, 1), rgb(1, 0, 1), rgb(1, 1, 0),
    rgb(0, 0, 0), rgb(0.25, 0.25, 0.25), rgb(0.5, 0.5, 0.5), rgb(0.75, 0.75, 0.75), rgb(0.95, 0.95, 0.95), WHITE,
  ];
  const sw = (s.width - 2 * MARGIN) / swatches.length;
  swatches.forEach((color, i) => s.rect(MARGIN + i * sw, y, sw, 36, { color, borderColor: MUTED, borderWidth: 0.3 }));
  y += 60;
  // Line widths.
  for (const [i, t] of [0.25, 0.5, 1, 2, 4].entries()) {
    const ly = y + i * 18;
    s.line(MARGIN + 60, ly, s.width - MARGIN, ly, { thickness: t, lineCap: LineCapStyle.Butt });
    caption(s, fonts, `${t} pt`, MARGIN, ly + 3);
  }
  y += 5 * 18 + 20;
  // Concentric circles and a checkerboard.
  const cx = MARGIN + 80;
  const cy = y + 80;
  for (let r = 8; r <= 80; r += 8) {
    s.circle(cx, cy, r, { borderColor: r % 16 === 0 ? ACCENT : WARM, borderWidth: 0.8 });
  }
  const cell = 16;
  const gx = MARGIN + 220;
  for (let row = 0; row < 10; row++) {
    for (let col = 0; col < 10; col++) {
      if ((row + col) % 2 === 0) s.rect(gx + col * cell, y + row * cell, cell, cell, { color: INK });
    }
  }
  s.rect(gx, y, 10 * cell, 10 * cell, { borderColor: INK, borderWidth: 0.5 });
  y += 190;

  const colophon = new Flow(s, fonts, { y });
  colophon.subheading('Colophon');
  colophon.paragraph(
    'Generated by scripts/make-sample-pdf.mjs with pdf-lib (npm run sample). The text uses the standard ' +
      'Helvetica and Times faces, which every PDF reader provides, so no font is embedded and the file stays ' +
      'small. The creation date, the modification date and the document ID are fixed, so running the script ' +
      'again produces a byte-identical file.',
    { size: 10.5, leading: 14.5 },
  );
  footer(s, fonts, 8);
}

function hsvToRgb(h, s, v) {
  const i = Math.floor(h * 6);
  const f = h * 6 - i;
  const p = v * (1 - s);
  const q = v * (1 - f * s);
  const t = v * (1 - (1 - f) * s);
  return [
    [v, t, p],
    [q, v, p],
    [p, v, t],
    [p, q, v],
    [t, p, v],
    [v, p, q],
  ][i % 6];
}

// ---------------------------------------------------------------------------

/** Builds the sample document and returns its bytes. */
export async function makeSamplePdf() {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = {
    body: await doc.embedFont(StandardFonts.TimesRoman),
    sans: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  titlePage(doc, fonts);
  viewerPage(doc, fonts);
  pipelinePage(doc, fonts);
  letterPage(doc, fonts);
  landscapePage(doc, fonts);
  rotatedPage(doc, fonts);
  jsonPage(doc, fonts);
  patternPage(doc, fonts);
  if (doc.getPageCount() !== TOTAL_PAGES) throw new Error('TOTAL_PAGES is out of date');

  doc.setTitle('instant-pdf-viewer sample document');
  doc.setAuthor('instant-pdf-viewer contributors');
  doc.setSubject('Sample PDF for the instant-pdf-viewer demo');
  doc.setKeywords(['instant-pdf-viewer', 'sample', 'pdf.js', 'Instant JSON']);
  doc.setCreator('instant-pdf-viewer scripts/make-sample-pdf.mjs');
  doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  doc.setLanguage('en');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.context.trailerInfo.ID = doc.context.obj(SAMPLE_PDF_ID.map((hex) => PDFHexString.of(hex)));

  return doc.save({ useObjectStreams: true });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = path.resolve(process.argv[2] ?? path.join(root, 'demo', 'sample.pdf'));
  const bytes = await makeSamplePdf();
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, bytes);
  console.log(`wrote ${path.relative(process.cwd(), out) || out} (${TOTAL_PAGES} pages, ${bytes.length} bytes)`);
}
