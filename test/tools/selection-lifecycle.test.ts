/**
 * The selection people expect: what they just made is selected whatever the
 * tool, a tool switch leaves nothing selected behind, and undo shows what
 * it brought back, selected.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settled } from '../helpers/annotation-kit.js';
import { cleanupViewers, nextEvent } from '../helpers/viewer-fixture.js';
import { click, drag, exported, setup } from './drawing-kit.js';

afterEach(cleanupViewers);

describe('selection lifecycle', () => {
  it('selects an ink stroke as soon as it is drawn', async () => {
    const s = await setup('ink');
    await drag(s, [[60, 60], [120, 90], [180, 70], [240, 120]]);
    const ink = exported(s.viewer).find((a) => a['type'] === 'pspdfkit/ink');
    expect(ink, 'an ink annotation').to.exist;
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([ink!['id']]);
  });

  it('selects a note as soon as it is placed', async () => {
    const s = await setup('note');
    await click(s, [100, 100]);
    await sendKeys({ type: 'Remember this' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await settled(s.viewer);
    const note = exported(s.viewer).find((a) => a['type'] === 'pspdfkit/note');
    expect(note, 'a note').to.exist;
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([note!['id']]);
  });

  it('clears the selection when the person switches tools', async () => {
    const s = await setup('rectangle');
    await drag(s, [[40, 40], [140, 120]]);
    expect(s.viewer.selectedAnnotationIds).to.have.length(1);
    const cleared = nextEvent<{ annotationIds: string[] }>(s.viewer, 'selection-changed');
    s.viewer.tool = 'highlight';
    await s.viewer.updateComplete;
    expect((await cleared).detail.annotationIds).to.deep.equal([]);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([]);

    // Back to select: Delete has nothing to act on, so the rectangle stays.
    s.viewer.tool = 'select';
    await s.viewer.updateComplete;
    s.viewer.focus();
    await sendKeys({ press: 'Delete' });
    await settled(s.viewer);
    expect(exported(s.viewer).filter((a) => a['type'] === 'pspdfkit/shape/rectangle')).to.have.length(1);
  });

  it('reselects what undo brings back after a delete', async () => {
    const s = await setup('rectangle');
    await drag(s, [[40, 40], [140, 120]]);
    const [id] = s.viewer.selectedAnnotationIds;
    s.viewer.focus();
    await sendKeys({ press: 'Delete' });
    await settled(s.viewer);
    expect(exported(s.viewer)).to.have.length(0);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([]);

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settled(s.viewer);
    expect(exported(s.viewer).map((a) => a['id'])).to.deep.equal([id]);
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([id]);
  });

  it('keeps a selection made by the switch itself (a text box committed by leaving the tool)', async () => {
    const s = await setup('text');
    await click(s, [80, 80]);
    await sendKeys({ type: 'Hello' });
    s.viewer.tool = 'select';
    await s.viewer.updateComplete;
    await settled(s.viewer);
    const text = exported(s.viewer).find((a) => a['type'] === 'pspdfkit/text');
    expect(text, 'the committed text box').to.exist;
    expect(s.viewer.selectedAnnotationIds).to.deep.equal([text!['id']]);
  });
});
