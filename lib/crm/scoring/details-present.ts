import type { ScoredLeadFields, ScoringRule, ScoringRules } from './scoring-rule';
import { fitLine } from './scoring-rule';

type PresenceWeight = 'emailPresent' | 'phonePresent' | 'companyPresent';

/** Fit: a detail the rep can act on is there (its label says which), worth its weight in full. */
function presenceRule(
  id: string,
  weight: PresenceWeight,
  labelFor: (lead: ScoredLeadFields) => string | undefined,
): ScoringRule {
  const points = (rules: ScoringRules) => rules.weights[weight];
  return {
    id,
    kind: 'fit',
    maxPoints: (rules) => Math.round(points(rules)),
    lines({ lead, rules }) {
      const label = labelFor(lead);
      return label ? fitLine(id, label, points(rules)) : [];
    },
  };
}

export const emailPresentRule = presenceRule('email-present', 'emailPresent', (lead) =>
  lead.emails.length > 0 ? 'Email address' : undefined,
);

export const phonePresentRule = presenceRule('phone-present', 'phonePresent', (lead) =>
  lead.phones.length > 0 ? 'Phone number' : undefined,
);

export const companyPresentRule = presenceRule('company-present', 'companyPresent', (lead) =>
  lead.company.trim() ? `Company (${lead.company.trim()})` : undefined,
);
