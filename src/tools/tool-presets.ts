/**
 * Tool presets: the properties each tool gives its next annotation (colour,
 * width, opacity, font, icon, …) over the kind's defaults. The host sets them
 * through the viewer's `toolPresets` property; a person sets them in the
 * property bar while a drawing tool is active.
 *
 * A preset never moves or replaces what the person drew or typed: geometry
 * and content keys are dropped from it wherever it is applied.
 */
import { kindOf } from '../annotations/registry.js';
import type { Annotation, AnnotationInput, LineCaps, Point } from '../model/index.js';
import { openPathBounds, polygonBounds } from './shape-geometry.js';
import { HIGHLIGHTER_STYLE } from './highlighter-tool.js';

/** `{ [toolId]: properties of that tool's next annotation }`, as the public `toolPresets` property holds it. */
export type ToolPresets = { [toolId: string]: Partial<AnnotationInput> };

/**
 * Keys a preset never sets: where the annotation is and what it is made of
 * (geometry, identity), and what the person entered with the tool (text,
 * link target, chosen stamp, image).
 */
const PROTECTED_KEYS: ReadonlySet<string> = new Set([
  'type', 'pageIndex', 'bbox', 'points', 'lines', 'rects', 'startPoint', 'endPoint',
  'id', 'pdfObjectId', 'createdAt', 'updatedAt', 'v',
  'text', 'action', 'stampType', 'imageAttachmentId',
]);

/** What a built-in drawing tool creates: the annotation type and the tool's own style over the kind's defaults. */
interface ToolAnnotation {
  readonly type: string;
  readonly style?: Readonly<Record<string, unknown>>;
}

const TOOL_ANNOTATIONS: Readonly<Record<string, ToolAnnotation>> = {
  ink: { type: 'pspdfkit/ink' },
  highlighter: { type: 'pspdfkit/ink', style: HIGHLIGHTER_STYLE },
  line: { type: 'pspdfkit/shape/line' },
  arrow: { type: 'pspdfkit/shape/line', style: { lineCaps: { end: 'openArrow' } } },
  rectangle: { type: 'pspdfkit/shape/rectangle' },
  ellipse: { type: 'pspdfkit/shape/ellipse' },
  polygon: { type: 'pspdfkit/shape/polygon' },
  polyline: { type: 'pspdfkit/shape/polyline' },
  highlight: { type: 'pspdfkit/markup/highlight' },
  underline: { type: 'pspdfkit/markup/underline' },
  strikeout: { type: 'pspdfkit/markup/strikeout' },
  squiggly: { type: 'pspdfkit/markup/squiggly' },
  redaction: { type: 'pspdfkit/markup/redaction' },
  text: { type: 'pspdfkit/text' },
  note: { type: 'pspdfkit/note' },
  stamp: { type: 'pspdfkit/stamp' },
  link: { type: 'pspdfkit/link' },
};

/** The annotation type a built-in drawing tool creates; undefined for select, pan, eraser, image and unknown ids. */
export function toolAnnotationType(toolId: string): string | undefined {
  return TOOL_ANNOTATIONS[toolId]?.type;
}

/**
 * The record a tool's next annotation starts from, without geometry: the
 * kind's defaults, the tool's own style, then its preset. The property bar
 * shows it while the tool is active and nothing is selected.
 */
export function nextAnnotationOf(toolId: string, preset: Partial<AnnotationInput> | undefined): Annotation | undefined {
  const tool = TOOL_ANNOTATIONS[toolId];
  if (!tool) return undefined;
  const kind = kindOf({ type: tool.type } as Annotation);
  return {
    ...(kind?.defaults ?? {}),
    ...(kind?.defaultBlendMode ? { blendMode: kind.defaultBlendMode } : {}),
    ...tool.style,
    ...presetPart(preset),
    type: tool.type,
    id: `next:${toolId}`,
    pageIndex: 0,
    bbox: [0, 0, 0, 0],
  } as unknown as Annotation;
}

/**
 * Which built-in tool made `input`, told from its record: the type, and for
 * the two tools that share a type, the highlighter's multiply blend and the
 * arrow's end cap.
 */
export function toolOfRecord(input: AnnotationInput): string | undefined {
  const record = input as unknown as Record<string, unknown>;
  switch (input.type) {
    case 'pspdfkit/ink':
      return record['blendMode'] === 'multiply' ? 'highlighter' : 'ink';
    case 'pspdfkit/shape/line':
      return (record['lineCaps'] as { end?: unknown } | undefined)?.end ? 'arrow' : 'line';
    default:
      return Object.keys(TOOL_ANNOTATIONS).find((id) => TOOL_ANNOTATIONS[id]!.type === input.type);
  }
}

/** The keys of `preset` a new annotation may take (see PROTECTED_KEYS). */
export function presetPart(preset: Readonly<Record<string, unknown>> | undefined): Partial<AnnotationInput> {
  const part: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(preset ?? {})) if (!PROTECTED_KEYS.has(key)) part[key] = value;
  return part as Partial<AnnotationInput>;
}

/**
 * `input` with `preset` over it; geometry and content stay as the tool made
 * them, except that a line's, polyline's or polygon's bbox grows or shrinks
 * with the stroke width and caps the preset gives (the tools size it for the
 * kind's defaults; a wider stroke would reach past it).
 */
export function withPreset<T extends AnnotationInput>(input: T, preset: Partial<AnnotationInput> | undefined): T {
  if (!preset) return input;
  const part = presetPart(preset);
  if (!Object.keys(part).length) return input;
  const merged = { ...input, ...part } as T;
  return 'strokeWidth' in part || 'lineCaps' in part ? withStrokeBox(merged) : merged;
}

/** `record` with the bbox that holds its stroke and caps (lines, polylines, polygons; others as they are). */
function withStrokeBox<T extends AnnotationInput>(record: T): T {
  const fields = record as unknown as { strokeWidth?: unknown; lineCaps?: LineCaps; points?: Point[]; startPoint?: Point; endPoint?: Point };
  const width = typeof fields.strokeWidth === 'number' ? fields.strokeWidth : 1;
  switch (record.type) {
    case 'pspdfkit/shape/line':
      return fields.startPoint && fields.endPoint ? { ...record, bbox: openPathBounds([fields.startPoint, fields.endPoint], fields.lineCaps, width) } : record;
    case 'pspdfkit/shape/polyline':
      return fields.points?.length ? { ...record, bbox: openPathBounds(fields.points, fields.lineCaps, width) } : record;
    case 'pspdfkit/shape/polygon':
      return fields.points?.length ? { ...record, bbox: polygonBounds(fields.points, width) } : record;
    default:
      return record;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A deep copy of `value` as tool presets, or a TypeError that names what is
 * wrong: it must be an object whose values are objects. Unknown keys of a
 * preset are kept (an application may know properties the viewer does not).
 */
export function validToolPresets(value: unknown): ToolPresets {
  if (!isPlainObject(value)) throw new TypeError('toolPresets must be an object: { [toolId]: { …properties } }.');
  const presets: ToolPresets = {};
  for (const [toolId, preset] of Object.entries(value)) {
    if (!isPlainObject(preset)) throw new TypeError(`toolPresets.${toolId} must be an object of annotation properties.`);
    presets[toolId] = structuredClone(preset) as Partial<AnnotationInput>;
  }
  return presets;
}

/**
 * One viewer's presets. Reading gives copies, so a host cannot change them
 * behind the viewer's back.
 */
export class ToolPresetStore {
  #presets: ToolPresets = {};
  /** The viewer's active tool, for `apply`. */
  readonly activeTool: () => string;

  constructor(activeTool: () => string) {
    this.activeTool = activeTool;
  }

  /** A copy of every preset. */
  all(): ToolPresets {
    return structuredClone(this.#presets);
  }

  /** Replaces every preset (validated; throws a TypeError). */
  replace(value: unknown): void {
    this.#presets = validToolPresets(value);
  }

  /** A copy of one tool's preset, without the keys it may not set. */
  preset(toolId: string): Partial<AnnotationInput> | undefined {
    const preset = this.#presets[toolId];
    return preset ? structuredClone(presetPart(preset)) : undefined;
  }

  /**
   * `input` with the preset of the tool that creates it: the active tool
   * when it creates this type (or is an application's own tool with a
   * preset), otherwise the built-in tool whose record this is. The second
   * case covers a tool that commits while the next one is switched on (a
   * free text finished by choosing another tool).
   */
  apply<T extends AnnotationInput>(input: T): T {
    const active = this.activeTool();
    const activeType = toolAnnotationType(active);
    const own = activeType === input.type || (activeType === undefined && active in this.#presets);
    const toolId = own ? active : toolOfRecord(input);
    return toolId === undefined ? input : withPreset(input, this.preset(toolId));
  }

  /**
   * Merges a change a person made into `toolId`'s preset; `undefined`
   * removes the key (the kind's default applies again). Returns whether
   * anything changed.
   */
  patch(toolId: string, patch: Readonly<Record<string, unknown>>): boolean {
    const next: Record<string, unknown> = { ...this.#presets[toolId] };
    let changed = false;
    for (const [key, value] of Object.entries(presetPart(patch))) {
      if (value === undefined) {
        if (key in next) changed = true;
        delete next[key];
      } else {
        if (JSON.stringify(next[key]) !== JSON.stringify(value)) changed = true;
        next[key] = structuredClone(value);
      }
    }
    if (changed) this.#presets = { ...this.#presets, [toolId]: next as Partial<AnnotationInput> };
    return changed;
  }
}

const stores = new WeakMap<Element, ToolPresetStore>();

/**
 * The preset store of a viewer element (made on first use), shared by its
 * `toolPresets` property, its tools' `create` and its property bar. The
 * active tool is the element's public `tool` property.
 */
export function toolPresetStore(viewer: Element): ToolPresetStore {
  let store = stores.get(viewer);
  if (!store) {
    store = new ToolPresetStore(() => {
      const tool = (viewer as Element & { tool?: unknown }).tool;
      return typeof tool === 'string' ? tool : 'select';
    });
    stores.set(viewer, store);
  }
  return store;
}
