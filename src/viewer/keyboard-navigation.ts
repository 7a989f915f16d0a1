/**
 * Keyboard handling scoped to the element (never `window`): page keys move by
 * page, arrows and space scroll, Ctrl/⌘ with +, − and 0 zoom.
 */
import { keyBelongsToControl } from './input-targets.js';

export interface KeyboardTarget {
  readonly pageCount: number;
  readonly currentPage: number;
  readonly scroller: HTMLElement;
  goToPage(index: number): void;
  zoomBy(direction: 1 | -1): void;
  resetZoom(): void;
}

const LINE_STEP = 40;

/** Handles a keydown; returns true when the key was ours (and its default prevented). */
export function handleViewerKey(event: KeyboardEvent, target: KeyboardTarget): boolean {
  if (event.defaultPrevented || event.altKey || keyBelongsToControl(event) || target.pageCount === 0) return false;
  const command = event.ctrlKey || event.metaKey;
  let handled = true;
  if (command) {
    switch (event.key) {
      case '+':
      case '=':
        target.zoomBy(1);
        break;
      case '-':
      case '_':
        target.zoomBy(-1);
        break;
      case '0':
        target.resetZoom();
        break;
      default:
        handled = false;
    }
  } else {
    const scroller = target.scroller;
    switch (event.key) {
      case 'PageDown':
        target.goToPage(target.currentPage + 1);
        break;
      case 'PageUp':
        target.goToPage(target.currentPage - 1);
        break;
      case 'Home':
        target.goToPage(0);
        break;
      case 'End':
        target.goToPage(target.pageCount - 1);
        break;
      case 'ArrowDown':
        scroller.scrollBy({ top: LINE_STEP });
        break;
      case 'ArrowUp':
        scroller.scrollBy({ top: -LINE_STEP });
        break;
      case 'ArrowRight':
        scroller.scrollBy({ left: LINE_STEP });
        break;
      case 'ArrowLeft':
        scroller.scrollBy({ left: -LINE_STEP });
        break;
      case ' ':
        scroller.scrollBy({ top: (event.shiftKey ? -0.9 : 0.9) * scroller.clientHeight });
        break;
      default:
        handled = false;
    }
  }
  if (handled) event.preventDefault();
  return handled;
}
