import { css } from 'lit';

/** The in-place text editor, the note editor, the stamp picker and tool messages. */
export const placingStyles = css`
  .text-editor {
    position: absolute;
    z-index: 3;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border: none;
    outline: 1px dashed var(--ipv-accent-color);
    background: transparent;
    line-height: 1.2;
    white-space: pre-wrap;
    overflow: hidden;
    resize: none;
  }
  .text-editor:focus-visible,
  .text-editor:focus {
    outline: 2px solid var(--ipv-accent-color);
  }
  .tool-popover {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 5;
    box-sizing: border-box;
    max-width: min(360px, calc(100vw - 16px));
    padding: 8px;
  }
  .tool-popover[hidden] {
    display: none;
  }
  .tool-popover textarea {
    display: block;
    box-sizing: border-box;
    width: 240px;
    min-height: 80px;
    font: inherit;
  }
  .tool-popover :focus-visible {
    outline: 2px solid var(--ipv-accent-color);
    outline-offset: 1px;
  }
  .stamp-list {
    display: grid;
    grid-template-columns: repeat(2, 1fr);
    gap: 4px;
    max-height: 260px;
    overflow: auto;
    margin-bottom: 8px;
  }
  .stamp-list button {
    font: inherit;
    font-size: 11px;
    font-weight: 700;
    padding: 4px 6px;
    border: 2px solid currentColor;
    border-radius: 4px;
    background: #fff;
    cursor: pointer;
  }
  .stamp-list button[aria-pressed='true'] {
    background: color-mix(in srgb, currentColor, transparent 85%);
  }
  .stamp-custom {
    display: grid;
    gap: 4px;
  }
  .stamp-custom input {
    font: inherit;
  }
  .tool-message {
    position: fixed;
    z-index: 6;
    padding: 6px 12px;
    border-radius: var(--ipv-radius, 6px);
    background: #b3261e;
    color: #fff;
    font: var(--ipv-font-size) / 1.4 var(--ipv-font-family);
  }
  .tool-message[hidden] {
    display: none;
  }
`;
