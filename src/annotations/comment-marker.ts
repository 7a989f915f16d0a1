import { stubKind } from './stub-kind.js';

export const commentMarkerKind = stubKind('pspdfkit/comment-marker');
