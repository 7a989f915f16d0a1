/**
 * Focus, forced colours and the dark theme for the parts the other style
 * modules leave to the browser: the page viewport, the password prompt, tool
 * editors. In `forced-colors: active` the browser drops box shadows and
 * background colours, which is what made pages, popovers, selection frames
 * and pressed buttons visible; here they get borders and outlines in system
 * colours instead.
 */
import { css } from 'lit';

export const a11yStyles = css`
  .viewport:focus-visible {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: -2px;
  }
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: 1px;
  }
  .password-prompt input,
  .tool-popover input,
  .tool-popover textarea,
  .link-editor input {
    background: var(--ipv-control-background, #fff);
    color: inherit;
  }
  .message {
    color: var(--ipv-popover-color, inherit);
    background: var(--ipv-popover-background, var(--ipv-page-background));
  }

  @media (forced-colors: active) {
    /* Before the focus rules, which win over it when both apply. */
    .annotation.interactive:hover {
      outline: 1px solid Highlight;
    }
    :host(:focus-visible),
    .viewport:focus-visible,
    .annotation.interactive:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    [tabindex]:focus-visible {
      outline: 2px solid Highlight;
    }
    .page {
      outline: 1px solid CanvasText;
    }
    .note-popover,
    .tool-popover,
    .link-editor,
    .toolbar-menu,
    .message,
    .tool-message,
    ipv-inspector {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .tool-overlay {
      forced-color-adjust: none;
    }
    .tool-overlay .selection-frame,
    .tool-overlay .selection-handle,
    .tool-overlay .marquee,
    .tool-overlay .link-preview {
      stroke: Highlight;
    }
    .tool-overlay .selection-handle {
      fill: Canvas;
    }
    .progress > div {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
