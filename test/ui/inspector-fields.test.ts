/**
 * Each inspector field, driven with the real keyboard and mouse: the exact
 * change in the exported Instant JSON, one `annotations-changed` with
 * source 'user' and one undo step per committed change.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InstantPdfViewer } from '../../src/instant-pdf-viewer.js';
import type { AnnotationInput } from '../../src/model/index.js';
import { blankViewer, settled } from '../helpers/annotation-kit.js';
import { cleanupViewers } from '../helpers/viewer-fixture.js';

type Record_ = Record<string, unknown>;

async function inspecting(input: Record_): Promise<{ viewer: InstantPdfViewer; panel: HTMLElement; sources: string[]; current: () => Record_ }> {
  // Inside the test window (800 × 600), so that real clicks reach every control.
  const viewer = await blankViewer([{ width: 400, height: 300 }], { zoom: '1' }, { width: 780, height: 580 });
  const created = viewer.createAnnotation(input as unknown as AnnotationInput);
  viewer.selectedAnnotationIds = [created.id];
  await settled(viewer);
  const panel = viewer.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('ipv-inspector')!;
  await panel.updateComplete;
  const sources: string[] = [];
  viewer.addEventListener('annotations-changed', (event) => sources.push((event as CustomEvent<{ source: string }>).detail.source));
  const current = () => (viewer.exportInstantJson().annotations as unknown as Record_[]).find((a) => a['id'] === created.id)!;
  return { viewer, panel, sources, current };
}

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

function field<T extends Element = HTMLInputElement>(panel: HTMLElement, selector: string): T {
  const found = panel.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the inspector`);
  return found;
}

/**
 * Clicks a colour choice of a colour field (`[data-color]` or `.swatch-none`): where the bar is
 * narrow, the field is one button that opens the swatches first.
 */
async function pickColor(panel: HTMLElement, field: string, choice: string): Promise<HTMLElement> {
  const opener = panel.querySelector<HTMLElement>(`[data-field="${field}"] .swatch-current`);
  if (opener) {
    await click(opener);
    // It is placed against the button once open.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
  const target = field_<HTMLElement>(panel, `[data-field="${field}"] ${choice}`);
  await click(target);
  return target;
}
const field_ = <T extends Element>(panel: HTMLElement, selector: string): T => field<T>(panel, selector);

/** Types `text` over what a field holds, then leaves it with `key` (Enter applies, Tab moves on). */
async function retype(input: HTMLInputElement, text: string, key: 'Enter' | 'Tab'): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await sendKeys({ press: key });
}

/** Chooses an option of a <select> with the keyboard, as a person would. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((option) => option.value === value);
  if (target < 0) throw new Error(`no option ${value}`);
  select.focus();
  const steps = target - select.selectedIndex;
  for (let i = 0; i < Math.abs(steps); i++) await sendKeys({ press: steps > 0 ? 'ArrowDown' : 'ArrowUp' });
}

const LINE = {
  type: 'pspdfkit/shape/line',
  pageIndex: 0,
  bbox: [49, 49, 102, 52],
  startPoint: [50, 50],
  endPoint: [150, 100],
  strokeColor: '#ff0000',
  strokeWidth: 2,
};

describe('inspector fields', () => {
  afterEach(cleanupViewers);

  it('stroke width, dash and line caps of a line', async () => {
    const { viewer, panel, sources, current } = await inspecting(LINE);
    await retype(field(panel, 'input[name="strokeWidth"]'), '5', 'Enter');
    expect(current()['strokeWidth']).to.equal(5);

    await choose(field<HTMLSelectElement>(panel, 'select[name="dash"]'), 'dashed');
    expect(current()['strokeDashArray']).to.deep.equal([3, 3]);

    await choose(field<HTMLSelectElement>(panel, 'select[name="lineCapEnd"]'), 'openArrow');
    expect(current()['lineCaps']).to.deep.equal({ end: 'openArrow' });
    expect(sources.every((source) => source === 'user')).to.equal(true);
    expect(sources.length).to.be.at.least(3);

    // Each committed change is its own undo step.
    const steps = sources.length;
    for (let i = 0; i < steps; i++) viewer.undo();
    expect(current()['strokeWidth']).to.equal(2);
    expect(current()).to.not.have.property('strokeDashArray');
    expect(current()).to.not.have.property('lineCaps');
  });

  it('fill colour from a swatch and back to none; opacity with the keyboard is one step per key', async () => {
    const { viewer, panel, sources, current } = await inspecting({
      type: 'pspdfkit/shape/rectangle',
      pageIndex: 0,
      bbox: [50, 50, 100, 60],
      strokeColor: '#ff0000',
      strokeWidth: 2,
    });
    const swatch = await pickColor(panel, 'fillColor', '[data-color="#000000"]');
    expect(current()['fillColor']).to.equal(swatch.dataset['color']);
    await pickColor(panel, 'fillColor', '.swatch-none');
    expect(current()).to.not.have.property('fillColor');

    const opacity = field(panel, 'input[name="opacity"]');
    opacity.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(current()['opacity']).to.equal(0.95);
    expect(sources).to.deep.equal(['user', 'user', 'user']);
    viewer.undo();
    expect(current()['opacity']).to.equal(undefined);
  });

  it('free text: font size, bold, italic and alignment', async () => {
    const { panel, current } = await inspecting({
      type: 'pspdfkit/text',
      pageIndex: 0,
      bbox: [50, 50, 150, 40],
      text: { format: 'plain', value: 'Hello' },
      fontSize: 12,
      fontColor: '#000000',
      horizontalAlign: 'left',
      verticalAlign: 'top',
    });
    await retype(field(panel, 'input[name="fontSize"]'), '20', 'Tab');
    expect(current()['fontSize']).to.equal(20);

    await click(field(panel, 'button[name="bold"]'));
    await click(field(panel, 'button[name="italic"]'));
    expect(current()['fontStyle']).to.deep.equal(['bold', 'italic']);
    await click(field(panel, 'button[name="align-center"]'));
    expect(current()['horizontalAlign']).to.equal('center');
    expect(field(panel, 'button[name="align-center"]').getAttribute('aria-pressed')).to.equal('true');
  });

  it('note icon and stamp type', async () => {
    const note = await inspecting({ type: 'pspdfkit/note', pageIndex: 0, bbox: [50, 50, 24, 24], text: { format: 'plain', value: 'x' }, icon: 'comment', color: '#ffd400' });
    await choose(field<HTMLSelectElement>(note.panel, 'select[name="icon"]'), 'star');
    expect(note.current()['icon']).to.equal('star');
    cleanupViewers();

    const stamp = await inspecting({ type: 'pspdfkit/stamp', pageIndex: 0, bbox: [50, 50, 120, 40], stampType: 'Approved' });
    await choose(field<HTMLSelectElement>(stamp.panel, 'select[name="stampType"]'), 'Draft');
    expect(stamp.current()['stampType']).to.equal('Draft');
  });

  it('link target: a page number or a web address typed and applied with Enter; a refused one changes nothing and says why', async () => {
    const { viewer, panel, sources, current } = await inspecting({
      type: 'pspdfkit/link', pageIndex: 0, bbox: [50, 50, 120, 30], action: { type: 'uri', uri: 'https://example.com/a' },
    });
    const input = field(panel, 'input[name="linkTarget"]');
    expect(input.value, 'the current target').to.equal('https://example.com/a');
    const clear = async () => {
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
    };

    await clear();
    await sendKeys({ type: 'https://example.org/b' });
    await sendKeys({ press: 'Enter' });
    expect(current()['action']).to.deep.equal({ type: 'uri', uri: 'https://example.org/b' });
    expect(sources).to.deep.equal(['user']);

    await clear();
    await sendKeys({ type: 'javascript:alert(1)' });
    await sendKeys({ press: 'Enter' });
    await (panel as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(current()['action'], 'unchanged').to.deep.equal({ type: 'uri', uri: 'https://example.org/b' });
    expect(sources, 'no change').to.have.length(1);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(panel.querySelector('[role="alert"]')!.textContent).to.contain('javascript:');

    await clear();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Enter' });
    expect(current()['action']).to.deep.equal({ type: 'goTo', pageIndex: 0 });
    await (panel as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(field(panel, 'input[name="linkTarget"]').value, 'shown as a page number').to.equal('1');

    viewer.undo();
    expect(current()['action']).to.deep.equal({ type: 'uri', uri: 'https://example.org/b' });
  });
});
