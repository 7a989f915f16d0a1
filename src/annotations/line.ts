import { stubKind } from './stub-kind.js';

export const lineKind = stubKind('pspdfkit/shape/line');
