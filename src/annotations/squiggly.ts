import { stubKind } from './stub-kind.js';

export const squigglyKind = stubKind('pspdfkit/markup/squiggly');
