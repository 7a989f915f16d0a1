/** Styles of the buttons the toolbar and inspector share, the inspector, and the dark theme (the toolbar's own: toolbar.styles.ts). */
import { css } from 'lit';

const darkPalette = css`
  --ipv-background: #202124;
  --ipv-page-background: #3c4043;
  --ipv-toolbar-background: #292a2d;
  --ipv-toolbar-color: #e8eaed;
  --ipv-border-color: #5f6368;
  --ipv-accent-color: #8ab4f8;
  --ipv-pressed-background: #394457;
  --ipv-error-color: #f28b82;
  --ipv-popover-background: #303134;
  --ipv-popover-color: #e8eaed;
  --ipv-control-background: #3c4043;
  color-scheme: dark;
`;

export const themeStyles = css`
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;

export const uiStyles = css`
  .icon-button,
  .toolbar-controls button,
  .menu-item,
  .inspector-body button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-width: 32px;
    min-height: 32px;
    padding: 4px;
    border: 1px solid transparent;
    border-radius: var(--ipv-control-radius, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled),
  .menu-item:hover:not(:disabled),
  .inspector-body button:hover {
    border-color: var(--ipv-border-color);
  }
  .icon-button[aria-pressed='true'],
  .menu-item[aria-checked='true'],
  .inspector-body [aria-pressed='true'] {
    background: var(--ipv-pressed-background, #d2e3fc);
    border-color: var(--ipv-accent-color);
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: 1px;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  ipv-inspector {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 5;
    width: max-content;
    max-width: min(300px, calc(100% - 16px));
    box-sizing: border-box;
    /* Its height is fitted to the viewer (inspector.component.ts); the rest scrolls, never the page behind. */
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--ipv-spacing, 8px);
  }
  .inspector-body {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .inspector-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    flex-wrap: wrap;
  }
  .inspector-body input[type='number'],
  .inspector-body input[type='text'],
  .inspector-body select {
    font: inherit;
    padding: 2px 4px;
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-control-radius, 4px);
    background: var(--ipv-control-background, #fff);
    color: inherit;
  }
  .inspector-body input[type='number'] {
    width: 5em;
  }
  .inspector-body input[type='text'] {
    flex: 1 1 12em;
    min-width: 0;
  }
  .inspector-body input[aria-invalid='true'] {
    border-color: var(--ipv-error-color);
  }
  .inspector-error {
    color: var(--ipv-error-color);
  }
  .inspector-error:empty {
    display: none;
  }
  .swatches {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .inspector-body .swatch {
    min-width: 22px;
    min-height: 22px;
    width: 22px;
    height: 22px;
    padding: 0;
    border: 1px solid var(--ipv-border-color);
    border-radius: 50%;
    background: var(--swatch, transparent);
  }
  .inspector-body .swatch[aria-pressed='true'] {
    background: var(--swatch, transparent);
    box-shadow: 0 0 0 2px var(--ipv-accent-color);
  }
  .swatch-none {
    background: linear-gradient(135deg, transparent 45%, #d32f2f 45%, #d32f2f 55%, transparent 55%) !important;
  }
  .inspector-actions {
    display: flex;
    justify-content: space-between;
    gap: 8px;
  }
  .inspector-delete {
    color: var(--ipv-error-color) !important;
  }
  @media (forced-colors: active) {
    .icon-button[aria-pressed='true'],
    .menu-item[aria-checked='true'],
    .inspector-body [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline-color: Highlight;
    }
    .icon-button,
    .menu-item {
      border-color: ButtonText;
    }
    .inspector-body .swatch {
      forced-color-adjust: none;
    }
  }
`;
