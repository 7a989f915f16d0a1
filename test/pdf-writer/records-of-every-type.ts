/**
 * One realistic Instant JSON record of each of the 17 annotation types, laid
 * out without overlap on a 600 × 450 pt page (a 5 × 4 grid of 118 × 110 pt
 * cells), with the attachment the image needs. Each bbox holds everything its
 * annotation draws (strokes, caps, icons), as a record exported by a viewer
 * does, so the saved /Rect is the bbox itself.
 *
 * Also what each type becomes in a PDF (its /Subtype) and what our reader
 * makes of that PDF annotation again: a comment marker and an image come back
 * as a note and a stamp, because a PDF Text and a PDF Stamp are all a reader
 * sees (see READ_BACK_TYPE).
 */
import type { Annotation, Attachment, KnownAnnotationType, Point, Rect } from '../../src/model/index.js';
import { base64Of, sha256Hex } from './round-trip-kit.js';

/** The 17 types of src/model/annotation-types.ts, in the order of the grid. */
export const EVERY_TYPE = [
  'pspdfkit/markup/highlight',
  'pspdfkit/markup/underline',
  'pspdfkit/markup/strikeout',
  'pspdfkit/markup/squiggly',
  'pspdfkit/markup/redaction',
  'pspdfkit/text',
  'pspdfkit/ink',
  'pspdfkit/link',
  'pspdfkit/note',
  'pspdfkit/comment-marker',
  'pspdfkit/shape/ellipse',
  'pspdfkit/shape/rectangle',
  'pspdfkit/shape/line',
  'pspdfkit/shape/polyline',
  'pspdfkit/shape/polygon',
  'pspdfkit/image',
  'pspdfkit/stamp',
] as const satisfies readonly KnownAnnotationType[];

export type EveryType = (typeof EVERY_TYPE)[number];

/** The /Subtype each type is written as (issue 18). */
export const WRITTEN_SUBTYPE: Readonly<Record<EveryType, string>> = {
  'pspdfkit/markup/highlight': 'Highlight',
  'pspdfkit/markup/underline': 'Underline',
  'pspdfkit/markup/strikeout': 'StrikeOut',
  'pspdfkit/markup/squiggly': 'Squiggly',
  'pspdfkit/markup/redaction': 'Redact',
  'pspdfkit/text': 'FreeText',
  'pspdfkit/ink': 'Ink',
  'pspdfkit/link': 'Link',
  'pspdfkit/note': 'Text',
  'pspdfkit/comment-marker': 'Text',
  'pspdfkit/shape/ellipse': 'Circle',
  'pspdfkit/shape/rectangle': 'Square',
  'pspdfkit/shape/line': 'Line',
  'pspdfkit/shape/polyline': 'PolyLine',
  'pspdfkit/shape/polygon': 'Polygon',
  'pspdfkit/image': 'Stamp',
  'pspdfkit/stamp': 'Stamp',
};

/**
 * The type our reader gives the saved annotation. Two differ from the record,
 * by design of the format rather than by a bug: a comment marker is written as
 * a PDF Text annotation, which reads back as a note; an image is a Stamp whose
 * appearance paints it, which reads back as a Custom stamp (pdf.js does not
 * hand the XObject over to make an attachment of it).
 */
export const READ_BACK_TYPE: Readonly<Record<EveryType, KnownAnnotationType>> = {
  ...(Object.fromEntries(EVERY_TYPE.map((type) => [type, type])) as Record<EveryType, KnownAnnotationType>),
  'pspdfkit/comment-marker': 'pspdfkit/note',
  'pspdfkit/image': 'pspdfkit/stamp',
};

/** Text each type carries (its `note`, or the text of notes, markers and free text), as /Contents. */
export const CONTENTS: Readonly<Partial<Record<EveryType, string>>> = {
  'pspdfkit/markup/highlight': 'Key finding',
  'pspdfkit/markup/redaction': 'Personal data',
  'pspdfkit/text': 'Hello, PDF',
  'pspdfkit/note': 'Check this figure',
  'pspdfkit/comment-marker': 'Open thread',
  'pspdfkit/shape/rectangle': 'Totals do not add up',
  'pspdfkit/shape/line': 'Move here',
};

const PAGE = { width: 600, height: 450 } as const;
/** The grid's margin, and the default distance between cells: no record reaches into the next cell. */
const MARGIN = 10;
const PITCH: Point = [118, 110];
/** How far a record reaches from its cell's top-left corner, at most (the stamp's right edge, the ink's bottom). */
const REACH: Point = [112, 88];

/** The top-left corner of grid cell `index` (row-major, 5 columns). */
function cell(index: number, [pitchX, pitchY]: Point): Point {
  return [MARGIN + (index % 5) * pitchX, MARGIN + Math.floor(index / 5) * pitchY];
}

/**
 * The cell pitch that fits the grid into a page of `width` × `height`
 * points: the default where it fits, else closer cells (whose records then
 * overlap; fine for tests that do not compare pixels).
 */
export function pitchFor(width: number, height: number): Point {
  const fit = (size: number, reach: number, gaps: number) => (size - 2 * MARGIN - reach) / gaps;
  return [Math.min(PITCH[0], fit(width, REACH[0], 4)), Math.min(PITCH[1], fit(height, REACH[1], 3))];
}

function unionOf(rects: readonly Rect[]): Rect {
  const left = Math.min(...rects.map(([x]) => x));
  const top = Math.min(...rects.map(([, y]) => y));
  const right = Math.max(...rects.map(([x, , w]) => x + w));
  const bottom = Math.max(...rects.map(([, y, , h]) => y + h));
  return [left, top, right - left, bottom - top];
}

/** A 2-colour PNG (red left half, blue right half), the picture the image annotation shows. */
async function pictureBytes(): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(60, 40);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#e53935';
  context.fillRect(0, 0, 30, 40);
  context.fillStyle = '#1e88e5';
  context.fillRect(30, 0, 30, 40);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

export interface EveryTypeDocument {
  /** One record per type, in EVERY_TYPE order, all on `pageIndex`. */
  readonly annotations: Annotation[];
  readonly attachments: Record<string, Attachment>;
  /** The page the records are laid out for (their frame). */
  readonly page: typeof PAGE;
}

export interface EveryTypeOptions {
  /** The page the records go on (default 0). */
  readonly pageIndex?: number;
  /** The distance between grid cells (default: 118 × 110 pt, no overlap on a 600 × 450 pt page). */
  readonly pitch?: Point;
}

/** The records of every type on one page. */
export async function recordsOfEveryType({ pageIndex = 0, pitch = PITCH }: EveryTypeOptions = {}): Promise<EveryTypeDocument> {
  const picture = await pictureBytes();
  const pictureId = await sha256Hex(picture);
  const base = (index: number) => ({
    v: 2 as const,
    id: `01JEVERYTYPE${String(pageIndex).padStart(2, '0')}${String(index).padStart(12, '0')}`,
    pageIndex,
    creatorName: 'Ana Lima',
    createdAt: '2026-12-08T09:30:00.000Z',
    updatedAt: '2026-12-08T09:45:12.000Z',
  });
  const records: Record<EveryType, Annotation> = {} as Record<EveryType, Annotation>;
  const at = (type: EveryType) => cell(EVERY_TYPE.indexOf(type), pitch);

  const markup = (type: EveryType, color: string, rects: Rect[], extra: object = {}) => {
    records[type] = { ...base(EVERY_TYPE.indexOf(type)), type, bbox: unionOf(rects), rects, color, ...extra } as Annotation;
  };
  const lines = (type: EveryType): Rect[] => {
    const [left, top] = at(type);
    return [
      [left + 5, top + 20, 90, 14],
      [left + 5, top + 40, 62, 14],
    ];
  };
  markup('pspdfkit/markup/highlight', '#ffff00', lines('pspdfkit/markup/highlight'), { blendMode: 'multiply', note: CONTENTS['pspdfkit/markup/highlight'] });
  markup('pspdfkit/markup/underline', '#0000ff', lines('pspdfkit/markup/underline'));
  markup('pspdfkit/markup/strikeout', '#ff0000', lines('pspdfkit/markup/strikeout'));
  markup('pspdfkit/markup/squiggly', '#00a000', lines('pspdfkit/markup/squiggly'));
  {
    const [left, top] = at('pspdfkit/markup/redaction');
    const rects: Rect[] = [[left + 5, top + 20, 90, 34]];
    records['pspdfkit/markup/redaction'] = {
      ...base(4),
      type: 'pspdfkit/markup/redaction',
      bbox: unionOf(rects),
      rects,
      outlineColor: '#ff0000',
      fillColor: '#000000',
      overlayText: 'REDACTED',
      note: CONTENTS['pspdfkit/markup/redaction'],
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/text');
    records['pspdfkit/text'] = {
      ...base(5),
      type: 'pspdfkit/text',
      bbox: [left + 2, top + 15, 104, 40],
      text: { format: 'plain', value: CONTENTS['pspdfkit/text']! },
      font: 'Helvetica',
      fontSize: 14,
      fontColor: '#1a237e',
      backgroundColor: '#fff9c4',
      horizontalAlign: 'left',
      verticalAlign: 'top',
      rotation: 0,
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/ink');
    const strokes: Point[][] = [
      [
        [left + 10, top + 60],
        [left + 30, top + 20],
        [left + 50, top + 60],
        [left + 70, top + 20],
        [left + 90, top + 60],
      ],
      [
        [left + 10, top + 80],
        [left + 90, top + 80],
      ],
    ];
    const lineWidth = 3;
    records['pspdfkit/ink'] = {
      ...base(6),
      type: 'pspdfkit/ink',
      // The strokes' extent plus half the line width and a miter's worth at the zigzag's tips.
      bbox: [left + 2, top + 12, 96, 76],
      lines: { points: strokes, intensities: strokes.map((stroke) => stroke.map(() => 0.5)) },
      lineWidth,
      strokeColor: '#1565c0',
      isDrawnNaturally: false,
      opacity: 0.8,
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/link');
    records['pspdfkit/link'] = {
      ...base(7),
      type: 'pspdfkit/link',
      bbox: [left + 5, top + 30, 90, 30],
      action: { type: 'uri', uri: 'https://example.com/annual-report' },
      borderStyle: 'solid',
      borderWidth: 2,
      borderColor: '#0000ff',
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/note');
    records['pspdfkit/note'] = {
      ...base(8),
      type: 'pspdfkit/note',
      bbox: [left + 40, top + 30, 18, 18],
      text: { format: 'plain', value: CONTENTS['pspdfkit/note']! },
      icon: 'comment',
      color: '#ffe066',
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/comment-marker');
    records['pspdfkit/comment-marker'] = {
      ...base(9),
      type: 'pspdfkit/comment-marker',
      bbox: [left + 40, top + 30, 18, 18],
      text: { format: 'plain', value: CONTENTS['pspdfkit/comment-marker']! },
      icon: 'comment',
      color: '#ffc21a',
      isCommentThreadRoot: true,
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/shape/ellipse');
    records['pspdfkit/shape/ellipse'] = {
      ...base(10),
      type: 'pspdfkit/shape/ellipse',
      bbox: [left + 5, top + 10, 90, 70],
      strokeColor: '#6a1b9a',
      strokeWidth: 3,
      fillColor: '#e1bee7',
      opacity: 0.7,
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/shape/rectangle');
    records['pspdfkit/shape/rectangle'] = {
      ...base(11),
      type: 'pspdfkit/shape/rectangle',
      bbox: [left + 5, top + 10, 90, 70],
      strokeColor: '#d32f2f',
      strokeWidth: 4,
      strokeDashArray: [6, 3],
      note: CONTENTS['pspdfkit/shape/rectangle'],
      flags: ['locked'],
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/shape/line');
    records['pspdfkit/shape/line'] = {
      ...base(12),
      type: 'pspdfkit/shape/line',
      bbox: [left, top, 100, 80],
      startPoint: [left + 15, top + 65],
      endPoint: [left + 85, top + 15],
      strokeColor: '#000000',
      strokeWidth: 2,
      lineCaps: { end: 'openArrow' },
      note: CONTENTS['pspdfkit/shape/line'],
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/shape/polyline');
    records['pspdfkit/shape/polyline'] = {
      ...base(13),
      type: 'pspdfkit/shape/polyline',
      bbox: [left, top, 100, 80],
      points: [
        [left + 14, top + 64],
        [left + 38, top + 16],
        [left + 62, top + 64],
        [left + 86, top + 16],
      ],
      strokeColor: '#ef6c00',
      strokeWidth: 2,
      lineCaps: { start: 'circle', end: 'closedArrow' },
      fillColor: '#ffe0b2',
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/shape/polygon');
    records['pspdfkit/shape/polygon'] = {
      ...base(14),
      type: 'pspdfkit/shape/polygon',
      bbox: [left, top, 100, 80],
      points: [
        [left + 50, top + 10],
        [left + 90, top + 70],
        [left + 10, top + 70],
      ],
      strokeColor: '#2e7d32',
      strokeWidth: 2,
      fillColor: '#c8e6c9',
      flags: ['readOnly'],
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/image');
    records['pspdfkit/image'] = {
      ...base(15),
      type: 'pspdfkit/image',
      bbox: [left + 5, top + 15, 90, 60],
      imageAttachmentId: pictureId,
      contentType: 'image/png',
      fileName: 'halves.png',
      description: 'Red and blue halves',
      rotation: 0,
    } as Annotation;
  }
  {
    const [left, top] = at('pspdfkit/stamp');
    records['pspdfkit/stamp'] = {
      ...base(16),
      type: 'pspdfkit/stamp',
      bbox: [left + 2, top + 25, 110, 40],
      stampType: 'Approved',
      rotation: 0,
    } as Annotation;
  }

  return {
    annotations: EVERY_TYPE.map((type) => records[type]),
    attachments: { [pictureId]: { binary: base64Of(picture), contentType: 'image/png' } },
    page: PAGE,
  };
}

/** The record of one type from a document of every type. */
export function recordOf(document: EveryTypeDocument, type: EveryType): Annotation {
  const record = document.annotations.find((annotation) => annotation.type === type);
  if (!record) throw new Error(`no ${type} record`);
  return record;
}

/** A record of the style set, with what it shows. */
export interface StyledRecord {
  readonly label: string;
  readonly record: Annotation;
}

/**
 * Records in the styles issue 18 says the appearance streams must keep:
 * cloudy borders, dashes, line caps, blend modes, opacity, rotation, fonts,
 * callouts, other icons and a custom stamp; one per grid cell of the same
 * 600 × 450 pt page, each bbox holding its drawing. The ink multiplied over a
 * highlight shares its cell with the highlight (a blend needs something under
 * it); the comparison of that cell covers both.
 */
export async function recordsOfManyStyles(): Promise<{ styled: StyledRecord[]; attachments: Record<string, Attachment> }> {
  const picture = await pictureBytes();
  const pictureId = await sha256Hex(picture);
  const styled: StyledRecord[] = [];
  const add = (label: string, fields: (left: number, top: number) => object) => {
    const index = styled.length;
    const [left, top] = cell(index, PITCH);
    const record = { v: 2, id: `01JSTYLES00000000000000${String(index).padStart(3, '0')}`, pageIndex: 0, ...fields(left, top) } as Annotation;
    styled.push({ label, record });
  };
  const text = (value: string) => ({ type: 'pspdfkit/text', text: { format: 'plain', value }, font: 'Helvetica', fontSize: 12, horizontalAlign: 'left', verticalAlign: 'top' });

  add('cloudy rectangle', (l, t) => ({ type: 'pspdfkit/shape/rectangle', bbox: [l + 5, t + 10, 90, 70], strokeColor: '#1565c0', strokeWidth: 2, fillColor: '#bbdefb', cloudyBorderIntensity: 2 }));
  add('dashed ellipse', (l, t) => ({ type: 'pspdfkit/shape/ellipse', bbox: [l + 5, t + 10, 90, 70], strokeColor: '#00695c', strokeWidth: 2, strokeDashArray: [4, 4] }));
  add('cloudy polygon', (l, t) => ({
    type: 'pspdfkit/shape/polygon',
    bbox: [l, t, 100, 85],
    points: [[l + 50, t + 15], [l + 85, t + 70], [l + 15, t + 70]],
    strokeColor: '#c62828',
    strokeWidth: 1.5,
    cloudyBorderIntensity: 1,
  }));
  add('free text with a callout', (l, t) => ({
    ...text('Look here'),
    bbox: [l, t, 112, 88],
    fontColor: '#e65100',
    backgroundColor: '#fff9c4',
    borderStyle: 'solid',
    borderWidth: 1,
    callout: { start: [l + 8, t + 80], knee: [l + 25, t + 20], end: [l + 40, t + 20], cap: 'closedArrow', innerRectInset: [40, 5, 2, 50] },
  }));
  add('free text turned 90°', (l, t) => ({ ...text('Turned'), bbox: [l + 35, t + 5, 30, 80], fontColor: '#000000', rotation: 90 }));
  add('free text in Courier, right and bottom aligned', (l, t) => ({
    ...text('Right'),
    bbox: [l + 5, t + 20, 95, 40],
    font: 'Courier',
    fontSize: 14,
    fontColor: '#283593',
    horizontalAlign: 'right',
    verticalAlign: 'bottom',
  }));
  add('free text with a dashed border', (l, t) => ({ ...text('Dashed'), bbox: [l + 5, t + 20, 95, 40], fontColor: '#283593', borderStyle: 'dashed', borderWidth: 1 }));
  add('stamp turned 90°', (l, t) => ({ type: 'pspdfkit/stamp', bbox: [l + 30, t, 40, 95], stampType: 'Draft', rotation: 90 }));
  add('custom stamp with subtitle', (l, t) => ({ type: 'pspdfkit/stamp', bbox: [l, t + 20, 110, 50], stampType: 'Custom', title: 'Reviewed', subtitle: 'by Ana', color: '#6a1b9a' }));
  add('image turned 90°', (l, t) => ({ type: 'pspdfkit/image', bbox: [l + 20, t + 5, 60, 90], imageAttachmentId: pictureId, contentType: 'image/png', rotation: 90 }));
  add('dashed line, closed arrows, filled', (l, t) => ({
    type: 'pspdfkit/shape/line',
    bbox: [l, t + 20, 110, 40],
    startPoint: [l + 15, t + 40],
    endPoint: [l + 95, t + 40],
    strokeColor: '#4a148c',
    strokeWidth: 2,
    strokeDashArray: [5, 3],
    lineCaps: { start: 'closedArrow', end: 'closedArrow' },
    fillColor: '#ce93d8',
  }));
  add('note with the key icon, dark', (l, t) => ({ type: 'pspdfkit/note', bbox: [l + 40, t + 30, 18, 18], icon: 'key', color: '#37474f', text: { format: 'plain', value: 'Key' } }));
  add('highlight under a multiplied ink', (l, t) => ({ type: 'pspdfkit/markup/highlight', bbox: [l + 5, t + 30, 90, 20], rects: [[l + 5, t + 30, 90, 20]], color: '#ffff00', blendMode: 'multiply' }));
  {
    const [l, t] = cell(styled.length - 1, PITCH);
    const stroke: Point[] = [[l + 10, t + 25], [l + 50, t + 55], [l + 90, t + 25]];
    // Not a cell of its own: drawn over the highlight above, compared with it.
    styled.push({
      label: 'multiplied ink at 80 % over the highlight',
      record: {
        v: 2,
        id: '01JSTYLES00000000000000999',
        pageIndex: 0,
        type: 'pspdfkit/ink',
        bbox: [l + 5, t + 18, 90, 44],
        lines: { points: [stroke], intensities: [stroke.map(() => 0.5)] },
        lineWidth: 6,
        strokeColor: '#e91e63',
        isDrawnNaturally: false,
        blendMode: 'multiply',
        opacity: 0.8,
      } as Annotation,
    });
  }
  add('dashed link border', (l, t) => ({
    type: 'pspdfkit/link',
    bbox: [l + 5, t + 30, 90, 30],
    action: { type: 'uri', uri: 'https://example.com/' },
    borderStyle: 'dashed',
    borderWidth: 1.5,
    borderColor: '#ff6f00',
  }));
  add('redaction over two rects', (l, t) => ({
    type: 'pspdfkit/markup/redaction',
    bbox: [l + 5, t + 20, 90, 40],
    rects: [[l + 5, t + 20, 90, 14], [l + 5, t + 46, 60, 14]],
    outlineColor: '#2962ff',
  }));
  add('polyline, round caps, wide', (l, t) => ({
    type: 'pspdfkit/shape/polyline',
    bbox: [l, t, 100, 85],
    points: [[l + 15, t + 70], [l + 50, t + 15], [l + 85, t + 70]],
    strokeColor: '#33691e',
    strokeWidth: 5,
    lineCaps: { start: 'butt', end: 'circle' },
    opacity: 0.6,
  }));
  return { styled, attachments: { [pictureId]: { binary: base64Of(picture), contentType: 'image/png' } } };
}
