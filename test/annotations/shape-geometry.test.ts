/** Hit tests and geometry of shapes and ink, without drawing. */
import { expect } from '@open-wc/testing';
import type { AnnotationOfType, KnownAnnotationType, Point } from '../../src/model/index.js';
import { LINE_CAPS } from '../../src/model/index.js';
import type { AnnotationKind } from '../../src/annotations/annotation-kind.js';
import { ellipseKind } from '../../src/annotations/ellipse.js';
import { inkKind } from '../../src/annotations/ink.js';
import { lineKind } from '../../src/annotations/line.js';
import { polygonKind } from '../../src/annotations/polygon.js';
import { polylineKind } from '../../src/annotations/polyline.js';
import { rectangleKind } from '../../src/annotations/rectangle.js';
import { capPath, capShape } from '../../src/annotations/line-caps.js';
import { cloudPathData, polygonCloud } from '../../src/annotations/cloudy-border.js';
import { smoothPathData, smoothPolyline } from '../../src/annotations/smooth-path.js';
import { inPolygon } from '../../src/annotations/hit-geometry.js';
import { pathNumber } from '../../src/annotations/path-data.js';

type Fields<T extends KnownAnnotationType> = Omit<AnnotationOfType<T>, 'v' | 'id' | 'pageIndex' | 'type'>;

function record<T extends KnownAnnotationType>(type: T, fields: Fields<T>): AnnotationOfType<T> {
  return { v: 2, id: 'a', pageIndex: 0, type, ...fields } as unknown as AnnotationOfType<T>;
}

function hits<T extends KnownAnnotationType>(kind: AnnotationKind<T>, annotation: AnnotationOfType<T>, tolerance = 0) {
  return (point: Point) => kind.hitTest(annotation, point, tolerance);
}

const close = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-9;

describe('shape hit tests', () => {
  it('hits an unfilled rectangle or ellipse only near its stroke, a filled one also inside', () => {
    const bbox: [number, number, number, number] = [100, 100, 100, 60];
    const rectangle = record('pspdfkit/shape/rectangle', { bbox, strokeWidth: 4 });
    const ellipse = record('pspdfkit/shape/ellipse', { bbox, strokeWidth: 4 });
    const cases: Array<[string, (point: Point, tolerance?: number) => boolean, (point: Point) => boolean]> = [
      ['rectangle', (point, tolerance = 0) => rectangleKind.hitTest(rectangle, point, tolerance), hits(rectangleKind, { ...rectangle, fillColor: '#ff0000' })],
      ['ellipse', (point, tolerance = 0) => ellipseKind.hitTest(ellipse, point, tolerance), hits(ellipseKind, { ...ellipse, fillColor: '#ff0000' })],
    ];
    for (const [name, open, filled] of cases) {
      expect(open([102, 130]), `${name}: on the stroke at the left`).to.be.true;
      expect(open([150, 130]), `${name}: middle, unfilled`).to.be.false;
      expect(open([95, 130]), `${name}: left of the bbox`).to.be.false;
      expect(open([97.5, 130], 3), `${name}: within tolerance + half the stroke`).to.be.true;
      expect(filled([150, 130]), `${name}: middle, filled`).to.be.true;
    }
    expect(hits(ellipseKind, { ...ellipse, fillColor: '#ff0000' })([102, 102]), 'bbox corner outside a filled ellipse').to.be.false;
  });

  it('hits a cloudy border on its arcs, not in the notches or (unfilled) inside', () => {
    const bbox: [number, number, number, number] = [100, 50, 200, 120];
    const cloudy = { bbox, strokeWidth: 2, cloudyBorderIntensity: 2, cloudyBorderInset: [10, 10, 10, 10] as [number, number, number, number] };
    const open = hits(rectangleKind, record('pspdfkit/shape/rectangle', cloudy));
    const filled = hits(rectangleKind, record('pspdfkit/shape/rectangle', { ...cloudy, fillColor: '#ff0000' }));
    const step = 180 / 11;
    expect(open([110 + 5 * step, 50]), 'arc peak').to.be.true;
    expect(open([110 + 5.5 * step, 50]), 'notch').to.be.false;
    expect(open([200, 60]), 'the plain edge').to.be.false;
    expect(open([200, 110]), 'inside, unfilled').to.be.false;
    expect(filled([200, 110]), 'inside, filled').to.be.true;
    expect(filled([110 + 5 * step, 53]), 'inside a scallop, filled').to.be.true;
    const ellipse = hits(ellipseKind, record('pspdfkit/shape/ellipse', { ...cloudy, bbox: [20, 20, 160, 100], cloudyBorderIntensity: 1, cloudyBorderInset: [5, 5, 5, 5] }));
    expect(ellipse([180, 70]), 'ellipse cloud peak').to.be.true;
    expect(ellipse([100, 70]), 'inside the ellipse cloud').to.be.false;
  });

  it('builds clouds whose arcs all meet outside the base shape', () => {
    const base: Point[] = [[0, 0], [100, 0], [100, 60], [60, 30], [0, 60]];
    for (const vertices of [base, [...base].reverse()]) {
      const data = cloudPathData(polygonCloud(vertices, 5));
      const ends = [...data.matchAll(/A5 5 0 [01] 1 (-?[\d.]+) (-?[\d.]+)/g)].map((match): Point => [Number(match[1]), Number(match[2])]);
      expect(ends.length).to.be.greaterThan(20);
      // Every notch lies outside the base, except near the concave vertex (60,30).
      const outside = ends.filter((point) => !inPolygon(point, vertices) || Math.hypot(point[0] - 60, point[1] - 30) < 10);
      expect(outside.length, 'notches outside the base').to.equal(ends.length);
    }
  });

  it('hits lines and polylines near their path and their caps', () => {
    const plain = hits(lineKind, record('pspdfkit/shape/line', { bbox: [40, 100, 120, 0], startPoint: [40, 100], endPoint: [160, 100], strokeWidth: 2 }));
    expect(plain([100, 100.9]), 'on the line').to.be.true;
    expect(plain([100, 103]), 'beside the line').to.be.false;
    expect(plain([154, 103.46]), 'where an arrow wing would be').to.be.false;
    const arrowed = hits(lineKind, record('pspdfkit/shape/line', { bbox: [40, 100, 120, 0], startPoint: [40, 100], endPoint: [160, 100], strokeWidth: 2, lineCaps: { end: 'openArrow' } }));
    expect(arrowed([154, 103.46]), 'on the arrow wing').to.be.true;
    expect(lineKind.hitTest(record('pspdfkit/shape/line', { bbox: [40, 100, 120, 0], startPoint: [40, 100], endPoint: [160, 100] }), [100, 104], 4), 'within tolerance').to.be.true;

    const polyline = record('pspdfkit/shape/polyline', { bbox: [40, 40, 160, 80], points: [[40, 40], [120, 120], [200, 40]], strokeWidth: 3, fillColor: '#ff0000', lineCaps: { start: 'circle' } });
    expect(polylineKind.hitTest(polyline, [160, 80], 0), 'second segment').to.be.true;
    expect(polylineKind.hitTest(polyline, [120, 60], 0), 'inside the V: never filled').to.be.false;
    expect(polylineKind.hitTest(polyline, [38, 42], 0), 'inside the filled start circle').to.be.true;
  });

  it('hits polygons inside only when filled, and near the closing edge', () => {
    const points: Point[] = [[20, 220], [140, 220], [80, 140]];
    const open = record('pspdfkit/shape/polygon', { bbox: [20, 140, 120, 80], points, strokeWidth: 2 });
    expect(polygonKind.hitTest(open, [80, 200], 0), 'inside, unfilled').to.be.false;
    expect(polygonKind.hitTest({ ...open, fillColor: '#ff0000' }, [80, 200], 0), 'inside, filled').to.be.true;
    expect(polygonKind.hitTest(open, [50, 180], 0), 'on the closing edge').to.be.true;
    expect(polygonKind.hitTest(open, [40, 160], 1), 'outside').to.be.false;
  });

  it('hits ink near the smoothed curve, its dots, and its background', () => {
    const annotation = record('pspdfkit/ink', {
      bbox: [100, 50, 200, 50],
      lines: { points: [[[100, 100], [150, 50], [200, 100]], [[300, 50]]], intensities: [] },
      lineWidth: 2,
      strokeColor: '#0000ff',
      isDrawnNaturally: false,
    });
    expect(inkKind.hitTest(annotation, [143.75, 68.75], 0), 'on the curve').to.be.true;
    expect(inkKind.hitTest(annotation, [150, 52], 0), 'the polyline corner').to.be.false;
    expect(inkKind.hitTest(annotation, [300.5, 50.5], 0), 'the dot').to.be.true;
    expect(inkKind.hitTest(annotation, [250, 95], 0), 'empty bbox area').to.be.false;
    expect(inkKind.hitTest({ ...annotation, backgroundColor: '#ffff00' }, [250, 95], 0), 'with a background').to.be.true;
  });
});

describe('shape geometry', () => {
  it('orients caps along the line and ends the line at a closed arrow base', () => {
    const arrow = capShape('closedArrow', [100, 100], [100, 0], 2);
    expect(close(arrow.outline[0]!, [100, 100]), 'tip at the end').to.be.true;
    expect(arrow.outline.slice(1).every(([, y]) => Math.abs(y - 88) < 1e-9), 'base 12 pt back up the line').to.be.true;
    expect(close(arrow.lineEnd, [100, 88])).to.be.true;
    const thick = capShape('openArrow', [0, 0], [-100, 0], 10);
    expect(thick.outline[0]![0]).to.equal(-60);
    for (const cap of LINE_CAPS) {
      const shape = capShape(cap, [0, 0], [-10, 0], 1);
      expect(shape.outline.length, cap).to.be.greaterThan(1);
      expect(shape.fillable, cap).to.equal(['square', 'circle', 'diamond', 'closedArrow', 'reverseClosedArrow'].includes(cap));
    }
    const capped = capPath([[0, 0], [0, 0], [50, 0]], { start: 'closedArrow' }, 1);
    expect(capped.caps[0]!.outline[1]![0], 'start cap oriented past a repeated point').to.be.greaterThan(0);
  });

  it('writes path numbers rounded to thousandths, as String() writes the rounded value', () => {
    const cases: [number, string][] = [
      [0, '0'], [-0, '0'], [-0.0004, '0'], [-0.0006, '-0.001'], [12, '12'], [-12, '-12'], [0.5, '0.5'], [-0.05, '-0.05'],
      [12.3456, '12.346'], [99.9996, '100'], [-99.9996, '-100'], [0.1 + 0.2, '0.3'], [1e6 + 0.0704, '1000000.07'], [7.007, '7.007'],
    ];
    for (const [value, text] of cases) expect(pathNumber(value), String(value)).to.equal(text);
    let seed = 3;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const value = (seed / 2147483648 - 0.5) * 10 ** ((i % 8) - 2);
      const expected = String(Math.round(value * 1000) / 1000);
      expect(pathNumber(value), String(value)).to.equal(expected);
    }
  });

  it('smooths through midpoints and keeps the ends', () => {
    expect(smoothPathData([[0, 0], [10, 0]])).to.equal('M0 0L10 0');
    expect(smoothPathData([[0, 0], [10, 10], [20, 0]])).to.equal('M0 0Q10 10 15 5L20 0');
    const dense = smoothPolyline([[0, 0], [10, 10], [20, 0], [30, 10]]);
    expect(dense[0]).to.deep.equal([0, 0]);
    expect(dense[dense.length - 1]).to.deep.equal([30, 10]);
  });

  it('has labels and defaults', () => {
    expect([rectangleKind, ellipseKind, lineKind, polylineKind, polygonKind].map((kind) => kind.defaults.strokeWidth)).to.deep.equal([2, 2, 2, 2, 2]);
    expect(inkKind.defaults.lineWidth).to.be.greaterThan(0);
    expect(ellipseKind.label(record('pspdfkit/shape/ellipse', { bbox: [0, 0, 1, 1] }))).to.equal('Ellipse');
    const signature = record('pspdfkit/ink', { bbox: [0, 0, 1, 1], lines: { points: [[[0, 0]]], intensities: [[1]] }, lineWidth: 1, strokeColor: '#000000', isDrawnNaturally: false, isSignature: true });
    expect(inkKind.label(signature)).to.equal('Signature');
    expect(inkKind.label({ ...signature, isSignature: false })).to.equal('Ink');
  });
});
