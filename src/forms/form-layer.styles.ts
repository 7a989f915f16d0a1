import { css } from 'lit';

/** The form layer and its controls (see page-form-layer.ts and form-controls.ts). */
export const formLayerStyles = css`
  .form-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
    /* Lengths follow the page's scale, as in the annotation layer. */
    --page-scale: var(--scale-factor);
  }
  .form-widget {
    position: absolute;
    box-sizing: border-box;
    transform-origin: 0 0;
    pointer-events: auto;
  }
  .form-control {
    position: absolute;
    box-sizing: border-box;
    margin: 0;
    transform-origin: 50% 50%;
    border: none;
    border-radius: 0;
    background: transparent;
    color: #000;
    line-height: normal;
    outline: none;
  }
  textarea.form-control {
    resize: none;
    overflow: auto;
    padding-top: calc(var(--page-scale) * 1px);
  }
  select.form-control {
    appearance: none;
    padding-block: 0;
  }
  select.form-control[size] {
    overflow-y: auto;
  }
  /* A field that takes input shows where it is when pointed at. */
  .form-control:not([readonly]):not([aria-readonly]):hover {
    box-shadow: inset 0 0 0 1px var(--ipv-accent-color);
  }
  .form-control:focus-visible,
  .form-control:focus {
    box-shadow: 0 0 0 2px var(--ipv-accent-color);
  }
  /* Checkboxes, radio buttons and push buttons: the PDF draws them on the canvas; the control only takes input. */
  .form-toggle > .form-control {
    appearance: none;
    opacity: 0;
    cursor: pointer;
    padding: 0;
  }
  .form-toggle:focus-within {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: 1px;
  }
  .form-toggle > .form-control[aria-readonly],
  .form-toggle > .form-control[aria-disabled] {
    cursor: default;
  }
`;
