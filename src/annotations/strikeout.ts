import { stubKind } from './stub-kind.js';

export const strikeoutKind = stubKind('pspdfkit/markup/strikeout');
