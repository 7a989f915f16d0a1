import { stubKind } from './stub-kind.js';

export const textKind = stubKind('pspdfkit/text');
