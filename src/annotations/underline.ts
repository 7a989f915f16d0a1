import { stubKind } from './stub-kind.js';

export const underlineKind = stubKind('pspdfkit/markup/underline');
