import type { Activity } from '../../model/activity';
import type { Lead } from '../../model/lead';
import type { ScoreLine } from '../../model/score';
import type { ScoringRules } from '../../model/settings';

export type { ScoreLine } from '../../model/score';
export type { ScoringRules } from '../../model/settings';

export type ScoredLeadFields = Pick<
  Lead,
  'title' | 'company' | 'companyDomain' | 'location' | 'emails' | 'phones' | 'tags'
>;
export type ScoredActivity = Pick<Activity, 'kind' | 'direction' | 'at'>;

/** What every rule is shown: the lead, what happened with them, the rep's rules and weights, and the time. */
export interface ScoringInput {
  lead: ScoredLeadFields;
  activities: readonly ScoredActivity[];
  rules: ScoringRules;
  now: number;
}

/**
 * One kind of rule: it gives the lines of the breakdown it explains. A fit rule also says the most it can
 * give, so the grade (fit alone) is a share of what the rep's weights allow.
 */
export interface ScoringRule {
  id: string;
  kind: ScoreLine['kind'];
  maxPoints(rules: ScoringRules): number;
  lines(input: ScoringInput): ScoreLine[];
}

/** A fit line of whole points, or none when the rule gives nothing. */
export function fitLine(rule: string, label: string, points: number): ScoreLine[] {
  const p = Math.round(points);
  return p > 0 ? [{ rule, kind: 'fit', label, points: p }] : [];
}

/** A text as a breakdown line quotes it: trimmed, and cut short so the line stays one line. */
export function quote(s: string): string {
  const t = s.trim();
  return `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
}
