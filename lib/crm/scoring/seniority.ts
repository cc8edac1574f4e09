import { foldText } from '../../person/lead-identity';
import { fitLine, quote, type ScoringRule } from './scoring-rule';

export type Seniority = 'executive' | 'vp' | 'director' | 'manager' | 'individual';

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

/** Fit: the more senior the title, the larger the share of the seniority weight. */
export const seniorityRule: ScoringRule = {
  id: 'seniority',
  kind: 'fit',
  maxPoints: (rules) => Math.round(rules.weights.seniority),
  lines({ lead, rules }) {
    const seniority = seniorityOf(lead.title);
    if (!seniority) return [];
    return fitLine(
      'seniority',
      `Seniority: ${seniority.label} (${quote(lead.title)})`,
      rules.weights.seniority * seniority.share,
    );
  },
};
