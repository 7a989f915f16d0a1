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
  .toolbar-controls {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: 1 1 auto;
    justify-content: center;
  }
  .page-number {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .page-number input {
    width: 3.5em;
    text-align: right;
    font: inherit;
    padding: 3px 6px;
    border: 1px solid var(--ipv-border-color);
    border-radius: 4px;
  }
  select {
    font: inherit;
    padding: 3px 6px;
    border: 1px solid var(--ipv-border-color);
    border-radius: 4px;
    background: var(--ipv-page-background);
    color: inherit;
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
