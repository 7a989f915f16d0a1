/**
 * A multi-line redaction takes the pointer over its marked areas only: the
 * text between its rects (inside its bbox) stays clickable and selectable.
 */
import { expect } from '@open-wc/testing';
import { cleanupViewers } from '../helpers/viewer-fixture.js';
import { settled } from '../helpers/annotation-kit.js';
import { click, client, setup } from '../tools/drawing-kit.js';

afterEach(cleanupViewers);

describe('redaction hit area', () => {
  it('is hit inside its rects, not between them', async () => {
    const s = await setup('select');
    const redaction = s.viewer.createAnnotation({
      type: 'pspdfkit/markup/redaction',
      pageIndex: 0,
      bbox: [50, 50, 200, 70],
      rects: [
        [150, 50, 100, 20],
        [50, 100, 120, 20],
      ],
    } as Parameters<typeof s.viewer.createAnnotation>[0]);
    await settled(s.viewer);

    // Inside the bbox, outside both rects: the page, not the redaction, is under the pointer.
    const [x, y] = client(s, [80, 65]);
    const under = s.viewer.shadowRoot!.elementFromPoint(x, y);
    expect(under?.closest('[data-annotation-id]')).to.equal(null);
    await click(s, [80, 65]);
    await settled(s.viewer);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([]);

    // Inside a rect: it is.
    const [rx, ry] = client(s, [100, 110]);
    expect(s.viewer.shadowRoot!.elementFromPoint(rx, ry)?.closest('[data-annotation-id]')?.getAttribute('data-annotation-id')).to.equal(redaction.id);
    await click(s, [100, 110]);
    await settled(s.viewer);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([redaction.id]);
  });
});
