import type { Activity } from '../model/activity';
import type { Lead } from '../model/lead';
import type { Grade, Score } from '../model/score';
import type { Settings } from '../model/settings';
import { emailDomain, foldText, isFreeMailDomain } from '../person/lead-identity';

export type ScoringRules = Settings['scoring'];
type ScoreLine = Score['breakdown'][number];

export type ScoredLeadFields = Pick<
  Lead,
  'title' | 'company' | 'companyDomain' | 'location' | 'emails' | 'phones' | 'tags'
>;
export type ScoredActivity = Pick<Activity, 'kind' | 'direction' | 'at'>;

export type Seniority = 'executive' | 'vp' | 'director' | 'manager' | 'individual';

const DAY = 86_400_000;

/** An activity's weight halves every this many days: last quarter's meeting says little about today. */
export const ENGAGEMENT_HALF_LIFE_DAYS = 30;

/**
 * Ordered from the top: a title is as senior as the first level it matches.
 * "Vice President" and "Product Owner" are kept out of the executive level on purpose.
 */
const SENIORITY_LEVELS: ReadonlyArray<{ level: Seniority; share: number; label: string; pattern: RegExp }> = [
  {
    level: 'executive',
    share: 1,
    label: 'C-level / founder',
    pattern:
      /\b(ceo|cto|cfo|coo|cmo|cio|ciso|cro|cpo|cdo|chief|founder|cofounder|co founder|founding partner|managing partner|managing director|(?<!vice )president|(?<!product )owner|geschaftsfuhrer|geschaftsfuhrerin|pdg|directeur general|directrice generale)\b/,
  },
  {
    level: 'vp',
    share: 0.8,
    label: 'VP',
    pattern: /\b(vp|svp|evp|avp|vice president|general manager)\b/,
  },
  {
    level: 'director',
    share: 0.6,
    label: 'head / director',
    pattern: /\b(head|director|directeur|directrice|direktor|direktorin|leiter|leiterin|diretor|directora)\b/,
  },
  {
    level: 'manager',
    share: 0.4,
    label: 'manager',
    pattern: /\b(manager|managerin|supervisor|team lead|tech lead|teamlead|teamleiter|responsable|gerente)\b/,
  },
];
const INDIVIDUAL = { level: 'individual' as const, share: 0.2, label: 'individual contributor' };

/** How senior a job title is; undefined when there is no title to judge. */
export function seniorityOf(title: string): { level: Seniority; share: number; label: string } | undefined {
  const t = foldText(title);
  if (!t) return undefined;
  return SENIORITY_LEVELS.find((l) => l.pattern.test(t)) ?? INDIVIDUAL;
}

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

/** A–D from fit alone, so a perfect-fit lead nobody has talked to yet still stands out (Pardot-style). */
export function gradeForFitShare(share: number): Grade {
  if (share >= 0.75) return 'A';
  if (share >= 0.5) return 'B';
  if (share >= 0.25) return 'C';
  return 'D';
}

/** Whole points per criterion that add up to exactly the weight, so the lines sum to the total. */
function splitEvenly(total: number, parts: number): number[] {
  const whole = Math.round(total);
  const base = Math.floor(whole / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < whole - base * parts ? 1 : 0));
}

/** Whether a configured term starts a word of the text: "engineer" matches "Engineering Manager". */
function mentions(text: string, term: string): boolean {
  const t = foldText(term);
  return t !== '' && ` ${foldText(text)}`.includes(` ${t}`);
}

function cleanDomain(d: string): string {
  return d
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^@/, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

function quote(s: string): string {
  const t = s.trim();
  return `“${t.length > 60 ? `${t.slice(0, 59)}…` : t}”`;
}

function icpLines(lead: ScoredLeadFields, rules: ScoringRules): { lines: ScoreLine[]; max: number } {
  const criteria: { rule: string; match: () => string | undefined }[] = [];
  const firstTerm = (terms: string[], text: string) => terms.find((term) => mentions(text, term));
  if (rules.industries.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-industry',
      match: () => {
        const hit = firstTerm(rules.industries, [lead.company, lead.title, ...lead.tags].join(' \n '));
        return hit && `Ideal customer: industry ${quote(hit)}`;
      },
    });
  }
  if (rules.titleKeywords.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-title',
      match: () => {
        const hit = firstTerm(rules.titleKeywords, lead.title);
        return hit && `Ideal customer: title mentions ${quote(hit)}`;
      },
    });
  }
  const targets = rules.targetDomains.map(cleanDomain).filter(Boolean);
  if (targets.length > 0) {
    criteria.push({
      rule: 'icp-domain',
      match: () => {
        const domains = [lead.companyDomain, ...lead.emails.map(emailDomain)].map(cleanDomain).filter(Boolean);
        const hit = targets.find((t) => domains.some((d) => d === t || d.endsWith(`.${t}`)));
        return hit && `Ideal customer: target account ${hit}`;
      },
    });
  }
  if (rules.countries.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-country',
      match: () => {
        const hit = firstTerm(rules.countries, lead.location);
        return hit && `Ideal customer: based in ${hit.trim()}`;
      },
    });
  }
  if (criteria.length === 0) return { lines: [], max: 0 };
  const shares = splitEvenly(rules.weights.icpMatch, criteria.length);
  const lines: ScoreLine[] = [];
  criteria.forEach((c, i) => {
    const label = c.match();
    const points = shares[i] ?? 0;
    if (label && points > 0) lines.push({ rule: c.rule, kind: 'fit', label, points });
  });
  return { lines, max: Math.round(rules.weights.icpMatch) };
}

function fitLines(lead: ScoredLeadFields, rules: ScoringRules): { lines: ScoreLine[]; max: number } {
  const w = rules.weights;
  const lines: ScoreLine[] = [];
  const add = (rule: string, label: string, points: number) => {
    const p = Math.round(points);
    if (p > 0) lines.push({ rule, kind: 'fit', label, points: p });
  };
  const seniority = seniorityOf(lead.title);
  if (seniority)
    add('seniority', `Seniority: ${seniority.label} (${quote(lead.title)})`, w.seniority * seniority.share);
  const businessDomain = lead.emails.map(emailDomain).find((d) => d && !isFreeMailDomain(d));
  if (businessDomain) add('business-email', `Business email (${businessDomain})`, w.businessEmail);
  if (lead.emails.length > 0) add('email-present', 'Email address', w.emailPresent);
  if (lead.phones.length > 0) add('phone-present', 'Phone number', w.phonePresent);
  if (lead.company.trim()) add('company-present', `Company (${lead.company.trim()})`, w.companyPresent);
  const icp = icpLines(lead, rules);
  lines.push(...icp.lines);
  const max =
    Math.round(w.seniority) +
    Math.round(w.businessEmail) +
    Math.round(w.emailPresent) +
    Math.round(w.phonePresent) +
    Math.round(w.companyPresent) +
    icp.max;
  return { lines, max };
}

function ageText(at: number, now: number): string {
  if (at > now) return 'upcoming';
  const days = Math.floor((now - at) / DAY);
  if (days === 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

function engagementLines(activities: readonly ScoredActivity[], rules: ScoringRules, now: number): ScoreLine[] {
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
  const fit = fitLines(lead, rules);
  const engagement = engagementLines(activities, rules, now);
  const fitPoints = fit.lines.reduce((s, l) => s + l.points, 0);
  const engagementPoints = Math.max(
    0,
    engagement.reduce((s, l) => s + l.points, 0),
  );
  const total = Math.min(100, Math.round(fitPoints + engagementPoints));
  return {
    total,
    fit: fitPoints,
    engagement: engagementPoints,
    grade: gradeForFitShare(fit.max > 0 ? fitPoints / fit.max : 0),
    salesReady: total >= rules.salesReadyThreshold,
    breakdown: [...fit.lines, ...engagement],
    computedAt: now,
  };
}

/** The lead with its score brought up to date. */
export function withScore(lead: Lead, activities: readonly ScoredActivity[], rules: ScoringRules, now: number): Lead {
  return { ...lead, score: scoreLead(lead, activities, rules, now) };
}
