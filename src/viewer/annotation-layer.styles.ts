import { css } from 'lit';

/** The annotation layer and the boxes it positions (see page-annotation-layer.ts). */
export const annotationLayerStyles = css`
  .annotation-layer {
    /* Lengths of boxes follow the page's scale; a constant-size box redefines --scale-factor for its content only. */
    --page-scale: var(--scale-factor);
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
    transform-origin: 0 0;
    pointer-events: none;
  }
  /* Constant-size drawings in a run are in CSS pixels (page-annotation-layer.ts), whatever the zoom. */
  .annotation-run > .constant-size {
    scale: calc(1 / var(--page-scale));
  }
  .annotation.pending {
    visibility: hidden;
  }
  .annotation.interactive {
    pointer-events: auto;
    cursor: pointer;
  }
  .annotation.interactive:focus-visible {
    outline: 2px solid var(--ipv-accent-color);
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
