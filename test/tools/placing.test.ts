import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupViewers, nextEvent, waitFor } from '../helpers/viewer-fixture.js';
import { blankViewer, frameOf } from '../helpers/annotation-kit.js';
import { clickAt, exported, useTool } from './placing-kit.js';

const PAGE = { width: 400, height: 300 };

describe('placing tools', () => {
  afterEach(cleanupViewers);

  it('text, note, stamp and image are built-in tools: the attribute selects them and tool-changed fires', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    for (const tool of ['text', 'note', 'stamp', 'image']) {
      const changed = nextEvent<{ tool: string }>(viewer, 'tool-changed');
      viewer.setAttribute('tool', tool);
      expect((await changed).detail.tool).to.equal(tool);
      expect(viewer.tool).to.equal(tool);
    }
  });

  it('Escape inside the text editor commits without leaving the tool; Escape again goes back to select', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [50, 50], frameOf(PAGE));
    await waitFor(() => viewer.shadowRoot!.querySelector('textarea.text-editor'), 'the editor');
    await sendKeys({ type: 'Hi' });
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !viewer.shadowRoot!.querySelector('textarea.text-editor'), 'the editor to close');
    expect(viewer.tool).to.equal('text');
    expect(exported(viewer)).to.have.length(1);
    // The viewer has focus again, so its own keys work.
    await sendKeys({ press: 'Escape' });
    await waitFor(() => viewer.tool === 'select', 'the select tool');
  });

  it('switching tools commits an open editor', async () => {
    const viewer = await blankViewer([PAGE], { zoom: '1' });
    await useTool(viewer, 'text');
    await clickAt(viewer, [50, 50], frameOf(PAGE));
    await waitFor(() => viewer.shadowRoot!.querySelector('textarea.text-editor'), 'the editor');
    await sendKeys({ type: 'Kept' });
    await useTool(viewer, 'select');
    expect(viewer.shadowRoot!.querySelector('textarea.text-editor')).to.equal(null);
    expect(exported(viewer)[0]!['text']).to.deep.equal({ format: 'plain', value: 'Kept' });
  });
});
