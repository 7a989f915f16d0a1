import { stubKind } from './stub-kind.js';

export const linkKind = stubKind('pspdfkit/link');
