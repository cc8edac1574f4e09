import type { Lead } from '../model/lead';
import { LEAD_STATUS_LABEL, type LeadStatus } from '../model/lead-status';

/** The statuses a rep still works on; disqualifying and converting start from these only. */
export const OPEN_STATUSES: readonly LeadStatus[] = ['new', 'working', 'qualified'];

export function isOpenStatus(status: LeadStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export type TransitionCheck =
  | { ok: true; unchanged: boolean }
  | {
      ok: false;
      reason: string;
    };

/** Where a lead stands in the funnel: a lead only moves forward, except that a disqualified one may be reopened. */
const RANK: Record<'new' | 'working' | 'qualified', number> = { new: 0, working: 1, qualified: 2 };

export const USE_CONVERT_MESSAGE =
  'A lead becomes converted only by converting it: use Convert, which creates the contact and account.';
export const CONVERTED_IS_FINAL_MESSAGE = 'This lead is converted: conversion is final and its status cannot change.';
const MAX_REASON = 500;

export const REASON_REQUIRED_MESSAGE = 'Give a reason to disqualify this lead.';

/**
 * Whether a lead in `from` may be set to `to` by hand. Asking for the status a
 * lead already has is allowed and changes nothing, so bulk actions over a mixed
 * selection do not report those leads as refused.
 */
export function checkTransition(from: LeadStatus, to: LeadStatus, reason = ''): TransitionCheck {
  if (from === 'converted') return { ok: false, reason: CONVERTED_IS_FINAL_MESSAGE };
  if (to === 'converted') return { ok: false, reason: USE_CONVERT_MESSAGE };
  if (to === 'disqualified') {
    if (from === 'disqualified') return { ok: true, unchanged: true };
    if (!reason.trim()) return { ok: false, reason: REASON_REQUIRED_MESSAGE };
    if (reason.trim().length > MAX_REASON)
      return { ok: false, reason: `A reason is at most ${MAX_REASON} characters.` };
    return { ok: true, unchanged: false };
  }
  if (from === 'disqualified') {
    return to === 'working'
      ? { ok: true, unchanged: false }
      : { ok: false, reason: `A disqualified lead can only be reopened to ${LEAD_STATUS_LABEL.working}.` };
  }
  if (from === to) return { ok: true, unchanged: true };
  if (RANK[to] < RANK[from]) {
    return {
      ok: false,
      reason: `A lead cannot go back from ${LEAD_STATUS_LABEL[from]} to ${LEAD_STATUS_LABEL[to]}; disqualify it instead if it no longer fits.`,
    };
  }
  return { ok: true, unchanged: false };
}

/** Whether a lead may be converted; the reason when not. */
export function checkConversion(from: LeadStatus): TransitionCheck {
  if (from === 'converted') return { ok: false, reason: 'This lead is already converted: conversion is final.' };
  if (from === 'disqualified') return { ok: false, reason: 'Reopen this disqualified lead before converting it.' };
  return { ok: true, unchanged: false };
}

/** The lead in its new status, or the reason it cannot move there. */
export function transitionLead(
  lead: Lead,
  to: LeadStatus,
  reason: string,
  now: number,
): { ok: true; lead: Lead; unchanged: boolean } | { ok: false; reason: string } {
  const check = checkTransition(lead.status, to, reason);
  if (!check.ok) return check;
  if (check.unchanged) return { ok: true, lead, unchanged: true };
  return {
    ok: true,
    unchanged: false,
    // A reopened lead starts clean: the old reason no longer describes it.
    lead: { ...lead, status: to, disqualifyReason: to === 'disqualified' ? reason.trim() : '', updatedAt: now },
  };
}
