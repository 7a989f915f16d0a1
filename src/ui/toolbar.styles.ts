import { css } from 'lit';

export const toolbarStyles = css`
  .toolbar {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 0 0 auto;
    min-height: 40px;
    padding: 4px 8px;
    background: var(--ipv-toolbar-background);
    color: var(--ipv-toolbar-color);
    border-bottom: 1px solid var(--ipv-border-color);
  }
  /* The built-in toolbar: the row of items (tools, groups, "More") and the page and zoom controls. */
  ipv-toolbar {
    display: flex;
    align-items: center;
    gap: var(--ipv-spacing, 8px);
    flex: 1 1 auto;
    min-width: 0;
  }
  .toolbar-items {
    display: flex;
    align-items: center;
    gap: 2px;
    flex: 1 1 auto;
    min-width: 0;
  }
  .toolbar-items > *,
  .toolbar-controls > * {
    flex: none;
  }
  .toolbar-group,
  .toolbar-more {
    display: inline-flex;
  }
  .menu-button {
    position: relative;
  }
  /* A menu button's mark: a small corner triangle, inside the button's box so every button is as wide. */
  .menu-caret {
    position: absolute;
    right: 3px;
    bottom: 3px;
    border-style: solid;
    border-width: 0 0 5px 5px;
    border-color: transparent transparent currentColor transparent;
    opacity: 0.8;
  }
  /* A popover in the top layer: the viewer's overflow never clips it; toolbar-menu.ts places it. */
  .toolbar-menu {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    min-width: 180px;
    max-width: calc(100vw - 8px);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 4px;
  }
  .toolbar-menu:popover-open {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .toolbar-menu .menu-item {
    justify-content: flex-start;
    width: 100%;
    min-height: 36px;
    padding: 4px 10px 4px 6px;
    white-space: nowrap;
    text-align: start;
  }
  .menu-separator {
    flex: none;
    height: 1px;
    margin: 4px 0;
    background: var(--ipv-border-color);
  }
  .toolbar-controls {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: none;
  }
  .page-number {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
  }
  .page-number input {
    box-sizing: border-box;
    width: 3.5em;
    min-height: 28px;
    text-align: right;
    font: inherit;
    padding: 3px 6px;
    border: 1px solid var(--ipv-border-color);
    border-radius: 4px;
  }
  .toolbar-controls[data-mode='minimal'] .page-number input {
    width: 2.75em;
    padding: 3px 4px;
  }
  select {
    box-sizing: border-box;
    min-height: 28px;
    font: inherit;
    padding: 3px 6px;
    border: 1px solid var(--ipv-border-color);
    border-radius: 4px;
    background: var(--ipv-page-background);
    color: inherit;
  }
  /* Minimal controls: the zoom menu as a magnifier; its options still read in full when it opens. */
  .zoom-box {
    position: relative;
    display: inline-flex;
  }
  .zoom-box select {
    width: 40px;
    color: transparent;
  }
  .zoom-box select option {
    color: CanvasText;
    background: Canvas;
  }
  .zoom-box .zoom-icon {
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    pointer-events: none;
  }
  .separator {
    width: 1px;
    align-self: stretch;
    margin: 4px 4px;
    background: var(--ipv-border-color);
  }
  .body {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-height: 0;
  }
  .sidebar {
    flex: 0 0 auto;
    overflow: auto;
  }
  .body > .viewport {
    flex: 1 1 auto;
  }
`;
