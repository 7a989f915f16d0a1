import { expect } from '@open-wc/testing';
import { cleanupViewers, near } from '../helpers/viewer-fixture.js';
import { annotationBox, blankViewer, draw, frameOf, pagePixels, RED, WHITE, type BlankPage } from '../helpers/annotation-kit.js';

describe('annotation layer', () => {
  afterEach(cleanupViewers);

  it('draws a filled rectangle at its bbox and nothing outside it', async () => {
    const spec: BlankPage = { width: 400, height: 300 };
    const viewer = await blankViewer([spec]);
    const rect = await draw(viewer, {
      type: 'pspdfkit/shape/rectangle',
      pageIndex: 0,
      bbox: [100, 50, 120, 80],
      strokeColor: '#0000ff',
      strokeWidth: 4,
      fillColor: '#ff0000',
    });
    expect(annotationBox(viewer, rect.id)).to.exist;
    const pixels = await pagePixels(viewer, 0, frameOf(spec));
    expect(near(pixels.at([160, 90]), RED), 'inside the fill').to.be.true;
    expect(near(pixels.at([101, 90]), [0, 0, 255]), 'on the stroke').to.be.true;
    expect(near(pixels.at([90, 90]), WHITE), 'left of it').to.be.true;
    expect(near(pixels.at([160, 140]), WHITE), 'below it').to.be.true;
  });
});
