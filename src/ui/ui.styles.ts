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
  /* The property bar: a row of its own in the viewer's column (inspector.component.ts), so the
     pages area shrinks instead of being covered. Below the toolbar; last (at the bottom) when
     the component finds the viewer narrow. Hidden, it takes no space ([hidden]). */
  ipv-inspector {
    display: block;
    flex: none;
    order: 0;
    min-width: 0;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    background: var(--ipv-toolbar-background);
    color: var(--ipv-toolbar-color);
    border-bottom: 1px solid var(--ipv-border-color);
  }
  ipv-inspector[data-dock='bottom'] {
    order: 1;
    border-bottom: none;
    border-top: 1px solid var(--ipv-border-color);
  }
  .inspector-body {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 4px 14px;
    width: max-content;
    min-height: 44px;
    padding: 4px var(--ipv-spacing, 8px);
  }
  .inspector-row {
    display: flex;
    flex: none;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .inspector-label {
    font-size: 0.86em;
    opacity: 0.8;
  }
  .inspector-body button {
    min-width: 28px;
    min-height: 28px;
  }
  .inspector-body input[type='number'],
  .inspector-body input[type='text'],
  .inspector-body select {
    min-height: 28px;
    font: inherit;
    padding: 2px 4px;
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-control-radius, 4px);
    background: var(--ipv-control-background, #fff);
    color: inherit;
  }
  .inspector-body input[type='range'] {
    width: 96px;
    min-height: 24px;
  }
  .inspector-body input[type='number'] {
    width: 4.5em;
  }
  .inspector-body input[type='text'] {
    width: 16em;
  }
  .inspector-body input[aria-invalid='true'] {
    border-color: var(--ipv-error-color);
  }
  .inspector-error {
    flex: none;
    color: var(--ipv-error-color);
    white-space: nowrap;
  }
  .inspector-error:empty {
    display: none;
  }
  .swatches {
    display: flex;
    flex-wrap: nowrap;
    gap: 4px;
    align-items: center;
  }
  .inspector-body .swatch,
  .swatch-popover .swatch {
    min-width: 24px;
    min-height: 24px;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 1px solid var(--ipv-border-color);
    border-radius: 50%;
    background: var(--swatch, transparent);
    cursor: pointer;
  }
  .inspector-body .swatch-current {
    width: 28px;
    height: 28px;
  }
  .inspector-body .swatch-current[data-none] {
    background: linear-gradient(135deg, transparent 45%, #d32f2f 45%, #d32f2f 55%, transparent 55%);
  }
  .inspector-body .swatch[aria-pressed='true'],
  .swatch-popover .swatch[aria-pressed='true'] {
    background: var(--swatch, transparent);
    box-shadow: 0 0 0 2px var(--ipv-accent-color);
  }
  .swatch-none {
    background: linear-gradient(135deg, transparent 45%, #d32f2f 45%, #d32f2f 55%, transparent 55%) !important;
  }
  .swatches input[type='color'] {
    width: 28px;
    height: 28px;
    padding: 0 2px;
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-control-radius, 4px);
    background: var(--ipv-control-background, #fff);
  }
  /* The narrow bar's colour choices: in the top layer, placed by property-bar-color.ts. */
  .swatch-popover {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 8px;
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-radius, 6px);
    background: var(--ipv-popover-background, #fff);
    color: var(--ipv-popover-color, #202124);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .swatch-popover .swatches {
    flex-wrap: wrap;
    max-width: 180px;
    gap: 8px;
  }
  .inspector-delete {
    margin-inline-start: auto;
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
    .inspector-body .swatch,
    .swatch-popover .swatch {
      forced-color-adjust: none;
    }
  }
`;
