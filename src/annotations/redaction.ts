import { stubKind } from './stub-kind.js';

export const redactionKind = stubKind('pspdfkit/markup/redaction');
