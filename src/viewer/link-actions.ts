/**
 * What clicking a link does. Only page jumps inside the viewer and absolute
 * `http:`, `https:` and `mailto:` URLs are followed; JavaScript, launch,
 * remote and form actions never run.
 */
import type { Action } from '../model/index.js';

const OPENABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to open for `uri`, or null when it must not be opened. Only
 * absolute URLs open: pdf.js reports the file names of Launch and GoToR
 * actions as link URLs (`calc.exe`), and a URI whose scheme is disguised
 * with character references (`javascript&#58;…`) parses as a relative path;
 * resolved against the host page, either would open a page of the host's
 * origin that the PDF never meant.
 */
export function openableUrl(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    return null;
  }
  return OPENABLE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

export interface LinkNavigator {
  readonly pageCount: number;
  readonly currentPage: number;
  goToPage(pageIndex: number): void;
  openUrl(url: string): void;
}

/** Carries out a link's action (and its sub-actions); returns whether anything happened. */
export function followAction(action: Action | undefined, navigator: LinkNavigator): boolean {
  let followed = false;
  for (let step = action, depth = 0; step && depth < 8; step = step.subAction, depth++) {
    followed = followOne(step, navigator) || followed;
  }
  return followed;
}

function followOne(action: Action, navigator: LinkNavigator): boolean {
  switch (action.type) {
    case 'goTo':
      if (!Number.isInteger(action.pageIndex) || action.pageIndex < 0 || action.pageIndex >= navigator.pageCount) return false;
      navigator.goToPage(action.pageIndex);
      return true;
    case 'uri': {
      const url = openableUrl(action.uri);
      if (url === null) return false;
      navigator.openUrl(url);
      return true;
    }
    case 'named':
      return followNamed(action.action, navigator);
    default:
      return false;
  }
}

function followNamed(name: string, navigator: LinkNavigator): boolean {
  const last = navigator.pageCount - 1;
  const targets: Record<string, number> = {
    nextPage: Math.min(last, navigator.currentPage + 1),
    prevPage: Math.max(0, navigator.currentPage - 1),
    firstPage: 0,
    lastPage: last,
  };
  const target = targets[name];
  if (target === undefined) return false;
  navigator.goToPage(target);
  return true;
}
