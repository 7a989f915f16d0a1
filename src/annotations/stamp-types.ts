/**
 * The standard stamps: the words each one shows and its conventional colour
 * (as PDF readers draw them: green for approval, red for refusal, secrecy and
 * signing, blue for status).
 */
import type { StampType } from '../model/index.js';

export const STAMP_GREEN = '#1e8e3e';
export const STAMP_RED = '#d32f2f';
export const STAMP_BLUE = '#1a56db';

export interface StandardStamp {
  /** Shown in capitals, as words. */
  readonly label: string;
  readonly color: string;
}

export type StandardStampType = Exclude<StampType, 'Custom'>;

export const STANDARD_STAMPS: Readonly<Record<StandardStampType, StandardStamp>> = {
  Accepted: { label: 'ACCEPTED', color: STAMP_GREEN },
  Approved: { label: 'APPROVED', color: STAMP_GREEN },
  AsIs: { label: 'AS IS', color: STAMP_BLUE },
  Completed: { label: 'COMPLETED', color: STAMP_GREEN },
  Confidential: { label: 'CONFIDENTIAL', color: STAMP_RED },
  Departmental: { label: 'DEPARTMENTAL', color: STAMP_BLUE },
  Draft: { label: 'DRAFT', color: STAMP_BLUE },
  Experimental: { label: 'EXPERIMENTAL', color: STAMP_BLUE },
  Expired: { label: 'EXPIRED', color: STAMP_RED },
  Final: { label: 'FINAL', color: STAMP_GREEN },
  ForComment: { label: 'FOR COMMENT', color: STAMP_BLUE },
  ForPublicRelease: { label: 'FOR PUBLIC RELEASE', color: STAMP_BLUE },
  InformationOnly: { label: 'INFORMATION ONLY', color: STAMP_BLUE },
  InitialHere: { label: 'INITIAL HERE', color: STAMP_RED },
  NotApproved: { label: 'NOT APPROVED', color: STAMP_RED },
  NotForPublicRelease: { label: 'NOT FOR PUBLIC RELEASE', color: STAMP_RED },
  PreliminaryResults: { label: 'PRELIMINARY RESULTS', color: STAMP_BLUE },
  Rejected: { label: 'REJECTED', color: STAMP_RED },
  Revised: { label: 'REVISED', color: STAMP_BLUE },
  SignHere: { label: 'SIGN HERE', color: STAMP_RED },
  Sold: { label: 'SOLD', color: STAMP_BLUE },
  TopSecret: { label: 'TOP SECRET', color: STAMP_RED },
  Void: { label: 'VOID', color: STAMP_RED },
  Witness: { label: 'WITNESS', color: STAMP_RED },
};

/** The standard stamp for a type, or undefined for `Custom` (and any type the table lacks). */
export function standardStamp(stampType: string): StandardStamp | undefined {
  return Object.prototype.hasOwnProperty.call(STANDARD_STAMPS, stampType)
    ? STANDARD_STAMPS[stampType as StandardStampType]
    : undefined;
}
