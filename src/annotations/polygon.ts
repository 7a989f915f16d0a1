import { stubKind } from './stub-kind.js';

export const polygonKind = stubKind('pspdfkit/shape/polygon');
