/**
 * `stamp`: activating the tool (or clicking the page before a stamp is
 * chosen) opens the stamp picker; once one is picked, each click on a page
 * places a `pspdfkit/stamp` centred there, sized to its words. On a page
 * with /Rotate the stamp gets the page's rotation so it reads upright.
 */
import { stampKind } from '../annotations/stamp.js';
import { standardStamp } from '../annotations/stamp-types.js';
import type { AnnotationInput, Point } from '../model/index.js';
import { roundRect, shownBoxAt } from './page-point.js';
import { clientReference, pageReference } from './tool-popover.js';
import { StampPicker, type StampChoice } from './stamp-picker.js';
import type { Tool, ToolContext } from './tool.js';

/** Height of a stamp in points: one line, or a title over a subtitle. */
const LINE_HEIGHT = 32;
const TWO_LINE_HEIGHT = 44;

/** The stamp's size as shown: its height by the lines, its width by the title's length. */
export function stampSize(choice: StampChoice): [number, number] {
  const title = choice.stampType === 'Custom' ? choice.title : (standardStamp(choice.stampType)?.label ?? choice.stampType);
  const subtitle = choice.stampType === 'Custom' ? choice.subtitle : '';
  const height = subtitle ? TWO_LINE_HEIGHT : LINE_HEIGHT;
  const longest = Math.max(title.length, subtitle.length * 0.55);
  return [Math.round(Math.max(2 * height, longest * LINE_HEIGHT * 0.42 + LINE_HEIGHT * 0.6)), height];
}

export function createStampTool(): Tool {
  let picker: StampPicker | undefined;
  let choice: StampChoice | undefined;
  let press: { pageIndex: number; point: Point } | undefined;

  const pickerOf = (context: ToolContext): StampPicker => {
    if (!picker || !picker.element.isConnected) {
      picker?.remove();
      picker = new StampPicker(
        context,
        (picked) => {
          choice = picked;
          picker?.hide();
          context.host.focus({ preventScroll: true });
        },
        () => context.host.focus({ preventScroll: true }),
      );
    }
    return picker;
  };

  /** Opens the picker at the top-left of the first page shown, or at a point. */
  const showPicker = (context: ToolContext, at?: { pageIndex: number; point: Point }) => {
    const pageIndex = at?.pageIndex ?? 0;
    if (at) {
      pickerOf(context).show(pageReference(context, pageIndex, [at.point[0], at.point[1], 0, 0]));
      return;
    }
    const viewport = context.pageElement(pageIndex)?.closest('[part~="viewport"]') ?? context.host;
    const box = viewport.getBoundingClientRect();
    pickerOf(context).show(clientReference({ left: box.left, top: box.top + 8, width: 0, height: 0 }));
  };

  return {
    id: 'stamp',
    label: 'Stamp',
    icon: 'M9 3h6l-1 8h4a2 2 0 0 1 2 2v3H4v-3a2 2 0 0 1 2-2h4zM4 20h16',
    cursor: 'copy',
    edits: true,
    activate(context) {
      if (context.readonly) return;
      showPicker(context);
    },
    deactivate() {
      picker?.remove();
      picker = undefined;
      press = undefined;
    },
    pointerDown(pointer) {
      press = { pageIndex: pointer.pageIndex, point: pointer.point };
      return true;
    },
    pointerUp(_pointer, context) {
      const at = press;
      press = undefined;
      if (!at) return;
      if (!choice) {
        showPicker(context, at);
        return;
      }
      const [width, height] = stampSize(choice);
      const bbox = roundRect(shownBoxAt(context, at.pageIndex, at.point, width, height));
      const rotation = context.pageFrame(at.pageIndex)?.rotation ?? 0;
      const words = choice.stampType === 'Custom' ? { title: choice.title, ...(choice.subtitle ? { subtitle: choice.subtitle } : {}) } : {};
      context.create({ ...stampKind.defaults, type: 'pspdfkit/stamp', pageIndex: at.pageIndex, bbox, stampType: choice.stampType, rotation, ...words } as AnnotationInput);
    },
    cancel() {
      press = undefined;
    },
    keyDown(event, context) {
      // S reopens the picker, for keyboard users who want another stamp.
      if (event.key.toLowerCase() === 's' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        showPicker(context);
        return true;
      }
      return false;
    },
  };
}
