import { stubKind } from './stub-kind.js';

export const inkKind = stubKind('pspdfkit/ink');
