import { emailDomain, foldText } from '../../person/lead-identity';
import { quote, type ScoredLeadFields, type ScoreLine, type ScoringRule, type ScoringRules } from './scoring-rule';

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

/** The criteria the rep has filled in; each one's label when the lead meets it. */
function criteriaOf(rules: ScoringRules): { rule: string; match: (lead: ScoredLeadFields) => string | undefined }[] {
  const criteria: { rule: string; match: (lead: ScoredLeadFields) => string | undefined }[] = [];
  const firstTerm = (terms: string[], text: string) => terms.find((term) => mentions(text, term));
  if (rules.industries.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-industry',
      match: (lead) => {
        const hit = firstTerm(rules.industries, [lead.company, lead.title, ...lead.tags].join(' \n '));
        return hit && `Ideal customer: industry ${quote(hit)}`;
      },
    });
  }
  if (rules.titleKeywords.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-title',
      match: (lead) => {
        const hit = firstTerm(rules.titleKeywords, lead.title);
        return hit && `Ideal customer: title mentions ${quote(hit)}`;
      },
    });
  }
  const targets = rules.targetDomains.map(cleanDomain).filter(Boolean);
  if (targets.length > 0) {
    criteria.push({
      rule: 'icp-domain',
      match: (lead) => {
        const domains = [lead.companyDomain, ...lead.emails.map(emailDomain)].map(cleanDomain).filter(Boolean);
        const hit = targets.find((t) => domains.some((d) => d === t || d.endsWith(`.${t}`)));
        return hit && `Ideal customer: target account ${hit}`;
      },
    });
  }
  if (rules.countries.some((t) => t.trim())) {
    criteria.push({
      rule: 'icp-country',
      match: (lead) => {
        const hit = firstTerm(rules.countries, lead.location);
        return hit && `Ideal customer: based in ${hit.trim()}`;
      },
    });
  }
  return criteria;
}

/**
 * Fit: the ideal customer profile set in options (industries, title keywords, target domains, countries).
 * The weight is shared evenly by the criteria the rep filled in; with none, the rule gives and allows nothing.
 */
export const idealCustomerRule: ScoringRule = {
  id: 'icp',
  kind: 'fit',
  maxPoints: (rules) => (criteriaOf(rules).length === 0 ? 0 : Math.round(rules.weights.icpMatch)),
  lines({ lead, rules }) {
    const criteria = criteriaOf(rules);
    if (criteria.length === 0) return [];
    const shares = splitEvenly(rules.weights.icpMatch, criteria.length);
    const lines: ScoreLine[] = [];
    criteria.forEach((c, i) => {
      const label = c.match(lead);
      const points = shares[i] ?? 0;
      if (label && points > 0) lines.push({ rule: c.rule, kind: 'fit', label, points });
    });
    return lines;
  },
};
