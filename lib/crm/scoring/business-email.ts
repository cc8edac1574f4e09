import { emailDomain, isFreeMailDomain } from '../../person/lead-identity';
import { fitLine, type ScoringRule } from './scoring-rule';

/** Fit: an address at a company's own domain, not a free-mail one, says the person can be reached at work. */
export const businessEmailRule: ScoringRule = {
  id: 'business-email',
  kind: 'fit',
  maxPoints: (rules) => Math.round(rules.weights.businessEmail),
  lines({ lead, rules }) {
    const domain = lead.emails.map(emailDomain).find((d) => d && !isFreeMailDomain(d));
    return domain ? fitLine('business-email', `Business email (${domain})`, rules.weights.businessEmail) : [];
  },
};
