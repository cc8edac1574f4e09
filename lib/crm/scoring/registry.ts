import { businessEmailRule } from './business-email';
import { companyPresentRule, emailPresentRule, phonePresentRule } from './details-present';
import { engagementRule } from './engagement';
import { idealCustomerRule } from './ideal-customer';
import type { ScoringRule } from './scoring-rule';
import { seniorityRule } from './seniority';

/**
 * Every rule of the score, in the order the breakdown shows them: fit (who they are) before engagement
 * (what happened with them). A new kind of rule is one file and one line here.
 */
export const SCORING_RULES: readonly ScoringRule[] = [
  seniorityRule,
  businessEmailRule,
  emailPresentRule,
  phonePresentRule,
  companyPresentRule,
  idealCustomerRule,
  engagementRule,
];
