import { css } from 'lit';

/**
 * The look every floating surface shares (note popover, toolbar menus, tool
 * popovers, link editor, shortcut list), so a theme sets it in one place; each
 * surface's own rule only places and sizes it.
 */
export const popoverSurfaceStyles = css`
  .note-popover,
  .toolbar-menu,
  .tool-popover,
  .link-editor,
  .shortcut-help {
    border: 1px solid var(--ipv-border-color);
    border-radius: var(--ipv-radius, 6px);
    background: var(--ipv-popover-background, #fff);
    color: var(--ipv-popover-color, #202124);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    font: var(--ipv-font-size) / 1.4 var(--ipv-font-family);
  }
`;
