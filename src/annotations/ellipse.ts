import { stubKind } from './stub-kind.js';

export const ellipseKind = stubKind('pspdfkit/shape/ellipse');
