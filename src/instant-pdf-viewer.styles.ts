import { css } from 'lit';
import { textLayerStyles } from './pdf/text-layer.styles.js';

export const viewerStyles = [
  css`
    :host {
      --ipv-background: #e8eaed;
      --ipv-page-background: #fff;
      --ipv-page-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
      --ipv-toolbar-background: #f8f9fa;
      --ipv-toolbar-color: #202124;
      --ipv-border-color: #dadce0;
      --ipv-accent-color: #1a73e8;
      --ipv-error-color: #b3261e;
      --ipv-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      --ipv-font-size: 14px;

      display: block;
      position: relative;
      box-sizing: border-box;
      height: 600px;
      overflow: hidden;
      contain: content;
      background: var(--ipv-background);
      color: var(--ipv-toolbar-color);
      font-family: var(--ipv-font-family);
      font-size: var(--ipv-font-size);
      outline: none;
    }
    /* The viewer takes focus itself after a press on a page (so that its keys
       work): a ring then would frame the whole element for no reason. It shows
       when a person reached the element with the keyboard. */
    :host(:focus-visible:not(:state(pointer-focus))) {
      outline: 2px solid var(--ipv-accent-color);
      outline-offset: -2px;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    /* The layout lives on an inner box so that a host page setting the
       element's display (block, flex, grid…) cannot break it. */
    .base {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      min-height: 0;
    }

    .viewport {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      overflow: auto;
      scrollbar-gutter: stable;
      touch-action: pan-x pan-y;
      overscroll-behavior: contain;
    }
    .pages {
      position: relative;
      min-width: 100%;
    }
    .page {
      position: absolute;
      left: 50%;
      background: var(--ipv-page-background);
      box-shadow: var(--ipv-page-shadow);
      overflow: hidden;
    }
    .canvas-wrapper,
    .annotation-layer,
    .interaction-layer {
      position: absolute;
      inset: 0;
    }
    .canvas-wrapper canvas {
      display: block;
      width: 100%;
      height: 100%;
    }
    /* Kept, not shown: see PageStack's #markOffscreen. */
    .page[data-offscreen] .canvas-wrapper {
      visibility: hidden;
    }
    .annotation-layer {
      pointer-events: none;
    }
    .interaction-layer {
      pointer-events: none;
    }

    .progress {
      position: absolute;
      inset: 0 0 auto 0;
      height: 4px;
      z-index: 3;
      background: color-mix(in srgb, var(--ipv-accent-color), transparent 75%);
      overflow: hidden;
    }
    .progress-label {
      position: absolute;
      top: 12px;
      left: 50%;
      transform: translateX(-50%);
      z-index: 3;
      display: flex;
      gap: 0.5em;
      padding: 4px 12px;
      border-radius: 999px;
      background: var(--ipv-toolbar-background);
      color: var(--ipv-toolbar-color);
      box-shadow: var(--ipv-page-shadow);
      white-space: nowrap;
      pointer-events: none;
    }
    .progress-percent {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .progress > div {
      height: 100%;
      width: var(--progress, 30%);
      background: var(--ipv-accent-color);
      transition: width 120ms linear;
    }
    .progress[data-indeterminate] > div {
      animation: indeterminate 1.2s ease-in-out infinite;
    }
    @keyframes indeterminate {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(350%);
      }
    }

    .overlay {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      z-index: 2;
      pointer-events: none;
    }
    .message {
      pointer-events: auto;
      max-width: min(32rem, 90%);
      padding: 16px 20px;
      border-radius: 8px;
      background: var(--ipv-page-background);
      box-shadow: var(--ipv-page-shadow);
      line-height: 1.4;
    }
    .message[part~='error'] {
      border-left: 4px solid var(--ipv-error-color);
    }
    .error-message {
      display: grid;
      gap: 12px;
      justify-items: start;
    }
    .retry-button {
      min-height: 32px;
      padding: 4px 14px;
    }
    .password-prompt {
      display: grid;
      gap: 8px;
    }
    .password-prompt .row {
      display: flex;
      gap: 8px;
    }
    .password-prompt input {
      flex: 1;
      font: inherit;
      padding: 6px 8px;
      border: 1px solid var(--ipv-border-color);
      border-radius: 4px;
    }
    .password-prompt .problem {
      color: var(--ipv-error-color);
    }
    button {
      font: inherit;
      color: inherit;
      padding: 4px 10px;
      border: 1px solid var(--ipv-border-color);
      border-radius: 4px;
      background: var(--ipv-page-background);
      cursor: pointer;
    }
    /* Disabled and focused controls: see ui.styles.ts, adopted after these. */
  `,
  textLayerStyles,
];
