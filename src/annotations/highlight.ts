import { stubKind } from './stub-kind.js';

export const highlightKind = stubKind('pspdfkit/markup/highlight');
