import { css } from 'lit';

/** The annotation layer and the boxes it positions (see page-annotation-layer.ts). */
export const annotationLayerStyles = css`
  .annotation-layer {
    /* Inside, one CSS pixel is one PDF point (page-annotation-layer.ts). */
    --page-scale: var(--scale-factor);
    zoom: var(--page-scale);
  }
  .annotation {
    position: absolute;
    box-sizing: border-box;
    transform-origin: 0 0;
    pointer-events: none;
  }
  svg.annotation,
  .annotation-run {
    overflow: visible;
    /* PDF's miter limit, inherited by every drawing (SVG's own default is 4). */
    stroke-miterlimit: 10;
  }
  .annotation-run {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  /* Constant-size drawings are at their 100 % size whatever the zoom (page-annotation-layer.ts): */
  /* in a run, a drawing in CSS pixels; */
  .annotation-run .constant-size {
    scale: calc(1 / var(--page-scale));
  }
  /* an HTML box, in points like any other. */
  .annotation-layer > .constant-size {
    scale: calc(4 / 3 / var(--page-scale));
  }
  .annotation.pending {
    visibility: hidden;
  }
  .annotation.interactive {
    pointer-events: auto;
    cursor: pointer;
  }
  /*
   * The focus ring is at least 2 CSS pixels at every zoom. Lengths in the layer are points
   * (zoomed), and outline widths are floored to whole pixels after zooming, hence the extra
   * 1px / scale where the zoomed width is not a whole number.
   */
  .annotation.interactive:focus-visible {
    outline: calc(2px / var(--page-scale)) solid var(--ipv-accent-color);
    outline-offset: calc(1px / var(--page-scale));
  }
  /* A constant-size box is scaled by 4/3 ÷ scale (its class): 1.5 of its points are 2 pixels. */
  .annotation-layer > .annotation.constant-size.interactive:focus-visible {
    outline-width: calc(1.5px + 1px / var(--page-scale));
    outline-offset: 0.75px;
  }
  /* An SVG drawing's outline is drawn in CSS pixels. */
  .annotation-run .annotation.interactive:focus-visible {
    outline-width: calc(2px + 1px / var(--page-scale));
    outline-offset: 1px;
  }
  .annotation .page-svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
`;
