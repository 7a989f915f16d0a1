/**
 * The closed value sets of Instant JSON (spec 003), as runtime lists. The
 * validator checks against these lists and the types are derived from them,
 * so the two cannot drift apart.
 */

/** The only `format` value this version of the format has. */
export const INSTANT_JSON_FORMAT = 'https://pspdfkit.com/instant-json/v1';

/** The 17 annotation types of the spec, in the order spec 003 lists them. */
export const ANNOTATION_TYPES = [
  'pspdfkit/image',
  'pspdfkit/ink',
  'pspdfkit/link',
  'pspdfkit/markup/highlight',
  'pspdfkit/markup/redaction',
  'pspdfkit/markup/squiggly',
  'pspdfkit/markup/strikeout',
  'pspdfkit/markup/underline',
  'pspdfkit/note',
  'pspdfkit/comment-marker',
  'pspdfkit/shape/ellipse',
  'pspdfkit/shape/line',
  'pspdfkit/shape/polygon',
  'pspdfkit/shape/polyline',
  'pspdfkit/shape/rectangle',
  'pspdfkit/stamp',
  'pspdfkit/text',
] as const;

export const ANNOTATION_FLAGS = [
  'noPrint',
  'noZoom',
  'noRotate',
  'noView',
  'hidden',
  'invisible',
  'readOnly',
  'locked',
  'toggleNoView',
  'lockedContents',
] as const;

export const LINE_CAPS = [
  'square',
  'circle',
  'diamond',
  'openArrow',
  'closedArrow',
  'butt',
  'reverseOpenArrow',
  'reverseClosedArrow',
  'slash',
] as const;

export const BLEND_MODES = [
  'normal',
  'multiply',
  'screen',
  'overlay',
  'darken',
  'lighten',
  'colorDodge',
  'colorBurn',
  'hardLight',
  'softLight',
  'difference',
  'exclusion',
] as const;

/** PDF border styles (spec 003 names the type `BorderStyle` without listing it). */
export const BORDER_STYLES = ['solid', 'dashed', 'beveled', 'inset', 'underline'] as const;

export const NOTE_ICONS = [
  'comment',
  'rightPointer',
  'rightArrow',
  'check',
  'circle',
  'cross',
  'insert',
  'newParagraph',
  'note',
  'paragraph',
  'help',
  'star',
  'key',
] as const;

export const STAMP_TYPES = [
  'Accepted',
  'Approved',
  'AsIs',
  'Completed',
  'Confidential',
  'Departmental',
  'Draft',
  'Experimental',
  'Expired',
  'Final',
  'ForComment',
  'ForPublicRelease',
  'InformationOnly',
  'InitialHere',
  'NotApproved',
  'NotForPublicRelease',
  'PreliminaryResults',
  'Rejected',
  'Revised',
  'SignHere',
  'Sold',
  'TopSecret',
  'Void',
  'Witness',
  'Custom',
] as const;

export const FONT_STYLES = ['italic', 'bold'] as const;
export const HORIZONTAL_ALIGNS = ['left', 'center', 'right'] as const;
export const VERTICAL_ALIGNS = ['top', 'center', 'bottom'] as const;
export const TEXT_FORMATS = ['plain', 'xhtml'] as const;
export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const ACTION_TYPES = [
  'goTo',
  'goToRemote',
  'goToEmbedded',
  'launch',
  'uri',
  'hide',
  'javaScript',
  'submitForm',
  'resetForm',
  'named',
] as const;

export const NAMED_ACTIONS = [
  'nextPage',
  'prevPage',
  'firstPage',
  'lastPage',
  'goBack',
  'goForward',
  'goToPage',
  'find',
  'print',
  'outline',
  'search',
  'brightness',
  'zoomIn',
  'zoomOut',
  'saveAs',
  'info',
] as const;

export const SUBMIT_FORM_FLAGS = [
  'includeExclude',
  'includeNoValueFields',
  'exportFormat',
  'getMethod',
  'submitCoordinated',
  'xfdf',
  'includeAppendSaves',
  'includeAnnotations',
  'submitPDF',
  'canonicalFormat',
  'excludeNonUserAnnotations',
  'excludeFKey',
  'embedForm',
] as const;

export const GO_TO_EMBEDDED_TARGETS = ['parent', 'child'] as const;
