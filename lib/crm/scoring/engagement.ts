import type { Activity } from '../../model/activity';
import type { ScoreLine, ScoringRule } from './scoring-rule';

const DAY = 86_400_000;

/** An activity's weight halves every this many days: last quarter's meeting says little about today. */
export const ENGAGEMENT_HALF_LIFE_DAYS = 30;

/** The points each activity is worth when fresh, as a share of the engagement weight: two-way communication weighs most. */
const ACTIVITY_SHARE: Record<Activity['kind'], Record<Activity['direction'], number>> = {
  reply: { inbound: 0.5, outbound: 0.1 },
  meeting: { inbound: 0.5, outbound: 0.5 },
  email: { inbound: 0.4, outbound: 0.1 },
  call: { inbound: 0.3, outbound: 0.2 },
  note: { inbound: 0, outbound: 0 },
};

const KIND_PLURAL: Record<Activity['kind'], [string, string]> = {
  reply: ['reply', 'replies'],
  meeting: ['meeting', 'meetings'],
  email: ['email', 'emails'],
  call: ['call', 'calls'],
  note: ['note', 'notes'],
};

export function decayFactor(at: number, now: number): number {
  const ageDays = Math.max(0, now - at) / DAY;
  return 0.5 ** (ageDays / ENGAGEMENT_HALF_LIFE_DAYS);
}

function ageText(at: number, now: number): string {
  if (at > now) return 'upcoming';
  const days = Math.floor((now - at) / DAY);
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * Engagement: what happened with the lead, one line per kind and direction of activity, each activity's
 * points decaying with its age, the whole capped at the engagement weight (a last line takes off the excess).
 */
export const engagementRule: ScoringRule = {
  id: 'engagement',
  kind: 'engagement',
  maxPoints: (rules) => Math.round(rules.weights.engagement),
  lines({ activities, rules, now }) {
    const groups = new Map<
      string,
      { kind: Activity['kind']; direction: Activity['direction']; sum: number; count: number; latest: number }
    >();
    for (const a of activities) {
      const share = ACTIVITY_SHARE[a.kind][a.direction];
      if (share === 0) continue;
      const key = `${a.kind}-${a.direction}`;
      const g = groups.get(key) ?? { kind: a.kind, direction: a.direction, sum: 0, count: 0, latest: a.at };
      g.sum += rules.weights.engagement * share * decayFactor(a.at, now);
      g.count += 1;
      g.latest = Math.max(g.latest, a.at);
      groups.set(key, g);
    }
    const lines: ScoreLine[] = [];
    for (const [key, g] of groups) {
      const points = Math.round(g.sum);
      if (points <= 0) continue;
      const [one, many] = KIND_PLURAL[g.kind];
      lines.push({
        rule: `engagement-${key}`,
        kind: 'engagement',
        label: `${g.count} ${g.direction} ${g.count === 1 ? one : many} (latest ${ageText(g.latest, now)})`,
        points,
      });
    }
    // Strongest signal first, so the breakdown reads as "why" at a glance.
    lines.sort((a, b) => b.points - a.points);
    const sum = lines.reduce((s, l) => s + l.points, 0);
    const cap = Math.round(rules.weights.engagement);
    if (sum > cap) {
      lines.push({
        rule: 'engagement-cap',
        kind: 'engagement',
        label: `Engagement is capped at ${cap}`,
        points: cap - sum,
      });
    }
    return lines;
  },
};
