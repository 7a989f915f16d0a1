import { stubKind } from './stub-kind.js';

export const noteKind = stubKind('pspdfkit/note');
