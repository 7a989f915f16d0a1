import type { InstantJson } from 'instant-pdf-viewer';

/** Instant JSON as a server would have stored it: one note on page 1. */
export const SAVED: InstantJson = {
  format: 'https://pspdfkit.com/instant-json/v1',
  annotations: [
    {
      v: 2,
      id: 'saved-note',
      type: 'pspdfkit/note',
      pageIndex: 0,
      bbox: [380, 220, 24, 24],
      opacity: 1,
      color: '#ffd600',
      text: { format: 'plain', value: 'Stored by the app' },
      createdAt: '2026-11-21T12:00:00Z',
      updatedAt: '2026-11-21T12:00:00Z',
    },
  ],
};
