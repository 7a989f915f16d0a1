import { stubKind } from './stub-kind.js';

export const imageKind = stubKind('pspdfkit/image');
