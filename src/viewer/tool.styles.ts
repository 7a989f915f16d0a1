import { css } from 'lit';

/** Previews drawn by tools and the selection frame, above a page's annotations. */
export const toolStyles = css`
  /*
   * With a drawing tool one finger draws and two fingers scroll and zoom, both
   * done by the viewer (tool-controller.ts, zoom-gestures.ts): no native
   * panning, which would cancel the pointers.
   */
  .pages[data-finger-draws] {
    touch-action: none;
  }
  .tool-overlay {
    /* Previews are drawn by the annotation kinds, like the layer (see annotation-layer.styles.ts). */
    stroke-miterlimit: 10;
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .tool-overlay .selection-frame {
    fill: none;
    stroke: var(--ipv-accent-color);
    vector-effect: non-scaling-stroke;
    stroke-width: 1.5;
  }
  .tool-overlay .selection-handle {
    fill: #fff;
    stroke: var(--ipv-accent-color);
    vector-effect: non-scaling-stroke;
    stroke-width: 1.5;
  }
  .tool-overlay .marquee {
    fill: color-mix(in srgb, var(--ipv-accent-color), transparent 88%);
    stroke: var(--ipv-accent-color);
    vector-effect: non-scaling-stroke;
    stroke-dasharray: 4 3;
  }
  .tool-overlay .preview {
    vector-effect: non-scaling-stroke;
  }
  .tool-overlay .redaction-preview {
    fill: none;
    stroke: #ff0000;
    stroke-width: 1.5;
  }
  .tool-overlay .link-preview {
    fill: color-mix(in srgb, var(--ipv-accent-color), transparent 85%);
    stroke: var(--ipv-accent-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
`;
