/**
 * Image and link annotations as a person sees and uses them: screenshot
 * pixels at page points, real mouse hover and clicks.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { Annotation, Attachment, Point } from '../../src/model/index.js';
import { cleanupViewers, near, nextEvent, waitFor } from '../helpers/viewer-fixture.js';
import {
  annotationBox,
  blankViewer,
  BLUE,
  draw,
  frameOf,
  pagePixels,
  RED,
  settled,
  toClient,
  WHITE,
  type BlankPage,
  type Frame,
} from '../helpers/annotation-kit.js';

const FORMAT = 'https://pspdfkit.com/instant-json/v1' as const;
const isWhite = (rgba: readonly number[]) => near(rgba, WHITE, 20);

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An image whose left half is `left` and right half `right`, encoded as `type`. */
async function twoColourImage(width: number, height: number, left: string, right: string, type = 'image/png'): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  context.fillStyle = left;
  context.fillRect(0, 0, width / 2, height);
  context.fillStyle = right;
  context.fillRect(width / 2, 0, width / 2, height);
  const blob = await canvas.convertToBlob({ type, quality: 1 });
  return base64Of(new Uint8Array(await blob.arrayBuffer()));
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Imports annotations with their attachments and waits for them to be drawn. */
async function importWith(viewer: InstantPdfViewer, annotations: Annotation[], attachments: Record<string, Attachment>): Promise<void> {
  await viewer.importInstantJson({ format: FORMAT, annotations, attachments });
  await settled(viewer);
  await waitFor(() => annotations.every((annotation) => annotationBox(viewer, annotation.id)), 'annotation boxes');
  // Decoding a data: URL is asynchronous; wait until every picture is ready or has been replaced.
  await waitFor(
    () => [...viewer.shadowRoot!.querySelectorAll<HTMLImageElement>('img.image-picture')].every((image) => image.complete),
    'images to decode',
  );
  await settled(viewer);
}

function imageRecord(id: string, bbox: [number, number, number, number], fields: Partial<Annotation> & Record<string, unknown>): Annotation {
  return { v: 2, id, type: 'pspdfkit/image', pageIndex: 0, bbox, ...fields } as Annotation;
}

async function hover(viewer: InstantPdfViewer, point: Point, frame: Frame, pageIndex = 0): Promise<void> {
  const { x, y } = toClient(viewer, pageIndex, point, frame);
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
}

async function click(viewer: InstantPdfViewer, point: Point, frame: Frame, pageIndex = 0): Promise<void> {
  const { x, y } = toClient(viewer, pageIndex, point, frame);
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

describe('image annotations', () => {
  afterEach(cleanupViewers);

  it('stretches the attachment over the bbox and turns it by rotation', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    const png = await twoColourImage(40, 20, '#ff0000', '#0000ff');
    const key = await sha256Hex(png);
    await importWith(
      viewer,
      [
        imageRecord('plain', [40, 40, 160, 80], { imageAttachmentId: key, contentType: 'image/png', description: 'Two colours' }),
        imageRecord('turned', [220, 40, 160, 80], { imageAttachmentId: key, contentType: 'image/png', rotation: 90 }),
      ],
      { [key]: { binary: png, contentType: 'image/png' } },
    );
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    // Unrotated: left half red, right half blue, the whole bbox covered.
    expect(near(pixels.at([45, 45]), RED), 'top-left corner').to.be.true;
    expect(near(pixels.at([110, 115]), RED), 'left half').to.be.true;
    expect(near(pixels.at([130, 45]), BLUE), 'right half').to.be.true;
    expect(near(pixels.at([195, 115]), BLUE), 'bottom-right corner').to.be.true;
    expect(isWhite(pixels.at([45, 125])), 'below the bbox').to.be.true;
    // Rotated 90° counterclockwise: the image's left half is at the bottom, its right half on top, still filling the bbox.
    expect(near(pixels.at([225, 45]), BLUE), 'turned: top-left').to.be.true;
    expect(near(pixels.at([375, 70]), BLUE), 'turned: top-right').to.be.true;
    expect(near(pixels.at([225, 115]), RED), 'turned: bottom-left').to.be.true;
    expect(near(pixels.at([375, 90]), RED), 'turned: bottom-right').to.be.true;
    expect(isWhite(pixels.at([300, 125])), 'turned: below the bbox').to.be.true;
    const image = annotationBox(viewer, 'plain')!.querySelector('img')!;
    expect(image.alt).to.equal('Two colours');
    expect(image.src.startsWith('data:image/png;base64,')).to.be.true;
  });

  it('draws a JPEG attachment keyed by pdfObjectId, at zoom 2', async () => {
    const spec: BlankPage = { width: 200, height: 150 };
    const viewer = await blankViewer([spec], { zoom: '2' });
    const jpeg = await twoColourImage(64, 32, '#00c000', '#0000ff', 'image/jpeg');
    await importWith(viewer, [imageRecord('jpeg', [20, 20, 120, 60], { imageAttachmentId: '800', contentType: 'image/jpeg', rotation: 180 })], {
      '800': { binary: jpeg, contentType: 'image/jpeg' },
    });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    // Half a turn: the image's right half (blue) is on the left.
    expect(near(pixels.at([40, 50]), BLUE, 50), 'left part').to.be.true;
    expect(near(pixels.at([120, 50]), [0, 192, 0], 50), 'right part').to.be.true;
    expect(isWhite(pixels.at([150, 50])), 'right of the bbox').to.be.true;
  });

  it('turns with a page that has /Rotate 90', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const viewer = await blankViewer([spec]);
    const png = await twoColourImage(40, 20, '#ff0000', '#0000ff');
    await importWith(viewer, [imageRecord('rotated-page', [40, 40, 160, 80], { imageAttachmentId: '1', contentType: 'image/png' })], {
      '1': { binary: png },
    });
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([60, 80]), RED), 'left half, in page points').to.be.true;
    expect(near(pixels.at([180, 80]), BLUE), 'right half, in page points').to.be.true;
    expect(isWhite(pixels.at([220, 80])), 'outside the bbox').to.be.true;
  });

  it('says "image missing" in the viewer\'s language', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1', locale: 'de' });
    await importWith(viewer, [imageRecord('missing', [20, 20, 160, 100], { imageAttachmentId: 'nope', contentType: 'image/png' })], {});
    expect(annotationBox(viewer, 'missing')!.textContent).to.equal('Bild fehlt');
  });

  it('shows a placeholder when the attachment is missing, broken or not an image', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=true"><rect width="10" height="10"/></svg>');
    const pdf = btoa('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n');
    const truncatedPng = (await twoColourImage(8, 8, '#ff0000', '#0000ff')).slice(0, 40);
    await importWith(
      viewer,
      [
        imageRecord('missing', [20, 20, 160, 100], { imageAttachmentId: 'nope', contentType: 'image/png', description: 'Logo' }),
        imageRecord('not-base64', [220, 20, 160, 100], { imageAttachmentId: 'bad', contentType: 'image/png' }),
        imageRecord('svg', [20, 160, 100, 100], { imageAttachmentId: 'svg', contentType: 'image/png' }),
        imageRecord('pdf', [140, 160, 100, 100], { imageAttachmentId: 'pdf', contentType: 'application/pdf' }),
        imageRecord('truncated', [260, 160, 100, 100], { imageAttachmentId: 'truncated', contentType: 'image/png' }),
      ],
      {
        bad: { binary: '@@not base64@@', contentType: 'image/png' },
        svg: { binary: svg, contentType: 'image/svg+xml' },
        pdf: { binary: pdf, contentType: 'application/pdf' },
        truncated: { binary: truncatedPng, contentType: 'image/png' },
      },
    );
    await waitFor(() => annotationBox(viewer, 'truncated')!.querySelector('.image-placeholder'), 'the undecodable PNG to be replaced');
    await settled(viewer);
    for (const id of ['missing', 'not-base64', 'svg', 'truncated']) {
      expect(annotationBox(viewer, id)!.textContent, id).to.equal('Image missing');
    }
    expect(annotationBox(viewer, 'pdf')!.textContent).to.equal('PDF image not shown');
    expect(viewer.shadowRoot!.querySelector('img[src^="data:image/svg"]')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    // The placeholder is a grey box: never an empty (white) one.
    for (const point of [[25, 25], [100, 30], [225, 110], [25, 255]] as Point[]) {
      const [r, g, b] = pixels.at(point);
      expect(r < 240 && Math.abs(r - g) < 20 && Math.abs(g - b) < 20, `grey at ${point}`).to.be.true;
    }
    const text = annotationBox(viewer, 'missing')!.querySelector('.image-placeholder-text')!.getBoundingClientRect();
    const textInk = pixels.pixels.share(text, (rgba) => rgba[0]! < 150);
    expect(textInk, 'the words are visible').to.be.greaterThan(0.03);
  });
});

describe('link annotations', () => {
  let opened: string[] = [];
  const realOpen = window.open;

  beforeEach(() => {
    opened = [];
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });

  afterEach(async () => {
    window.open = realOpen;
    await resetMouse();
    cleanupViewers();
  });

  it('is invisible until hovered; a border is drawn when borderColor and borderWidth are set', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec]);
    const plain = await draw(viewer, { type: 'pspdfkit/link', pageIndex: 0, bbox: [40, 40, 120, 40], action: { type: 'uri', uri: 'https://example.com/' } });
    await draw(viewer, {
      type: 'pspdfkit/link',
      pageIndex: 0,
      bbox: [200, 40, 120, 40],
      action: { type: 'goTo', pageIndex: 0 },
      borderColor: '#ff0000',
      borderWidth: 2,
    });
    await draw(viewer, {
      type: 'pspdfkit/link',
      pageIndex: 0,
      bbox: [40, 150, 300, 40],
      action: { type: 'goTo', pageIndex: 0 },
      borderColor: '#0000ff',
      borderWidth: 3,
      borderStyle: 'dashed',
    });
    expect(annotationBox(viewer, plain.id)!.getAttribute('aria-label')).to.equal('Link to https://example.com/');
    const before = await pagePixels(viewer, 0, frame);
    for (const point of [[41, 60], [100, 41], [100, 60]] as Point[]) {
      expect(isWhite(before.at(point)), `plain link invisible at ${point}`).to.be.true;
    }
    expect(near(before.at([200.7, 60]), RED), 'solid border, left').to.be.true;
    expect(near(before.at([260, 79.3]), RED), 'solid border, bottom').to.be.true;
    expect(isWhite(before.at([260, 60])), 'inside the bordered link').to.be.true;
    // Dashed: along the top edge there are both dashes and gaps.
    const row = Array.from({ length: 120 }, (_, i) => before.at([60 + i * 2, 151]));
    expect(row.some((rgba) => near(rgba, BLUE, 60)), 'dashes').to.be.true;
    expect(row.some((rgba) => isWhite(rgba)), 'gaps').to.be.true;

    await hover(viewer, [100, 60], frame);
    const hovered = await pagePixels(viewer, 0, frame);
    expect(isWhite(hovered.at([40.5, 60])), 'outline on hover').to.be.false;
    expect(isWhite(hovered.at([100, 60])), 'tinted on hover').to.be.false;
    expect(isWhite(hovered.at([30, 60])), 'nothing outside the link').to.be.true;
  });

  it('goes to the linked page when clicked', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec, spec, spec]);
    const link = await draw(viewer, { type: 'pspdfkit/link', pageIndex: 0, bbox: [40, 40, 120, 40], action: { type: 'goTo', pageIndex: 2 } });
    expect(annotationBox(viewer, link.id)!.getAttribute('aria-label')).to.equal('Link to page 3');
    const changed = nextEvent<{ pageIndex: number }>(viewer, 'page-changed');
    await click(viewer, [100, 60], frame);
    expect((await changed).detail.pageIndex).to.equal(2);
    await waitFor(() => viewer.pageIndex === 2, 'pageIndex 2');
  });

  it('opens http(s) links once and never javascript:, file: or data: URLs', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec]);
    const uris = ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'https://example.com/page?q=1'];
    for (const [i, uri] of uris.entries()) {
      await draw(viewer, { type: 'pspdfkit/link', pageIndex: 0, bbox: [40, 20 + i * 60, 200, 40], action: { type: 'uri', uri } });
    }
    for (let i = 0; i < 3; i++) await click(viewer, [140, 40 + i * 60], frame);
    expect(opened, 'unsafe links').to.deep.equal([]);
    await click(viewer, [140, 220], frame);
    expect(opened).to.deep.equal(['https://example.com/page?q=1']);
  });

  it('is clickable and hover-outlined on a page with /Rotate 90', async () => {
    const spec: BlankPage = { width: 400, height: 300, rotate: 90 };
    const frame = frameOf(spec);
    const viewer = await blankViewer([spec]);
    await draw(viewer, { type: 'pspdfkit/link', pageIndex: 0, bbox: [40, 40, 200, 60], action: { type: 'uri', uri: 'https://example.com/' } });
    const before = await pagePixels(viewer, 0, frame);
    expect(isWhite(before.at([140, 70])), 'invisible').to.be.true;
    await hover(viewer, [140, 70], frame);
    const hovered = await pagePixels(viewer, 0, frame);
    expect(isWhite(hovered.at([140, 70])), 'tinted on hover').to.be.false;
    expect(isWhite(hovered.at([140, 110])), 'not past the bbox').to.be.true;
    await click(viewer, [230, 95], frame);
    expect(opened).to.deep.equal(['https://example.com/']);
  });
});

describe('image attachments arriving later', () => {
  afterEach(cleanupViewers);

  it('redraws an unchanged image record when its attachment is imported', async () => {
    const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' });
    const canvas = new OffscreenCanvas(8, 8);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ff0000';
    context.fillRect(0, 0, 8, 8);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    const binary = btoa(String.fromCharCode(...bytes));
    const record = { v: 2, id: 'img-1', type: 'pspdfkit/image', pageIndex: 0, bbox: [50, 50, 100, 80], opacity: 1, imageAttachmentId: 'a1', contentType: 'image/png' };
    await viewer.importInstantJson({ format: 'https://pspdfkit.com/instant-json/v1', annotations: [record] } as never);
    await settled(viewer);
    expect(annotationBox(viewer, 'img-1')!.textContent).to.contain('Image missing');
    await viewer.importInstantJson({ format: 'https://pspdfkit.com/instant-json/v1', annotations: [record], attachments: { a1: { binary, contentType: 'image/png' } } } as never);
    await settled(viewer);
    await waitFor(() => annotationBox(viewer, 'img-1')!.querySelector('img'), 'the picture');
    const pixels = await pagePixels(viewer, 0, frameOf({ width: 400, height: 300 }));
    expect(near(pixels.at([100, 90]), RED)).to.be.true;
  });
});
