export const BUNDLED_FONTS_URL = new URL('../../fonts/', import.meta.url);
