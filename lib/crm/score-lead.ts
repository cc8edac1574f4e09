import type { Lead } from '../model/lead';
import type { Grade, Score } from '../model/score';
import { SCORING_RULES } from './scoring/registry';
import type { ScoredActivity, ScoredLeadFields, ScoringRules } from './scoring/scoring-rule';

export type { ScoredActivity, ScoredLeadFields, ScoringRules } from './scoring/scoring-rule';

/** A–D from fit alone, so a perfect-fit lead nobody has talked to yet still stands out (Pardot-style). */
export function gradeForFitShare(share: number): Grade {
  if (share >= 0.75) return 'A';
  if (share >= 0.5) return 'B';
  if (share >= 0.25) return 'C';
  return 'D';
}

/**
 * The lead's score: fit (who they are) plus engagement (what happened with
 * them), each rule that gives points a line of the breakdown, so the rep can
 * see why. Pure: the rules come from settings and time from the caller.
 */
export function scoreLead(
  lead: ScoredLeadFields,
  activities: readonly ScoredActivity[],
  rules: ScoringRules,
  now: number,
): Score {
  const input = { lead, activities, rules, now };
  const fitRules = SCORING_RULES.filter((r) => r.kind === 'fit');
  const fitLines = fitRules.flatMap((r) => r.lines(input));
  const engagementLines = SCORING_RULES.filter((r) => r.kind === 'engagement').flatMap((r) => r.lines(input));
  const fitMax = fitRules.reduce((s, r) => s + r.maxPoints(rules), 0);
  const fitPoints = fitLines.reduce((s, l) => s + l.points, 0);
  const engagementPoints = Math.max(
    0,
    engagementLines.reduce((s, l) => s + l.points, 0),
  );
  const total = Math.min(100, Math.round(fitPoints + engagementPoints));
  return {
    total,
    fit: fitPoints,
    engagement: engagementPoints,
    grade: gradeForFitShare(fitMax > 0 ? fitPoints / fitMax : 0),
    salesReady: total >= rules.salesReadyThreshold,
    breakdown: [...fitLines, ...engagementLines],
    computedAt: now,
  };
}

/** The lead with its score brought up to date. */
export function withScore(lead: Lead, activities: readonly ScoredActivity[], rules: ScoringRules, now: number): Lead {
  return { ...lead, score: scoreLead(lead, activities, rules, now) };
}
