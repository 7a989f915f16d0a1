import { stubKind } from './stub-kind.js';

export const polylineKind = stubKind('pspdfkit/shape/polyline');
