import { stubKind } from './stub-kind.js';

export const stampKind = stubKind('pspdfkit/stamp');
