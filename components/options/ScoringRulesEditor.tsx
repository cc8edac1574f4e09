import { useEffect, useState } from 'preact/hooks';
import { type ScoringRules, ScoringRulesSchema } from '../../lib/model/settings';
import { ErrorAlert } from '../ErrorAlert';

type Weights = ScoringRules['weights'];

const WEIGHT_LABEL: Record<keyof Weights, string> = {
  seniority: 'Seniority from title',
  businessEmail: 'Business (not free-mail) email',
  emailPresent: 'Has an email',
  phonePresent: 'Has a phone',
  companyPresent: 'Has a company',
  icpMatch: 'Matches the ideal customer profile',
  engagement: 'Engagement (replies, meetings, calls)',
};

const LISTS = [
  ['industries', 'Industries', 'software, fintech'],
  ['titleKeywords', 'Title keywords', 'sales, revenue, growth'],
  ['targetDomains', 'Target company domains', 'acme.com, globex.io'],
  ['countries', 'Countries', 'Germany, France'],
] as const;

type ListKey = (typeof LISTS)[number][0];

const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The ideal customer profile, the weights and the sales-ready threshold. Saved as one unit and
 * checked against the schema first, so a half-typed rule set never reaches the scores.
 */
export function ScoringRulesEditor(props: { rules: ScoringRules; onSave: (rules: ScoringRules) => Promise<string> }) {
  const [lists, setLists] = useState<Record<ListKey, string>>(() => listsOf(props.rules));
  const [weights, setWeights] = useState<Record<keyof Weights, string>>(() => weightsOf(props.rules));
  const [threshold, setThreshold] = useState(String(props.rules.salesReadyThreshold));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setLists(listsOf(props.rules));
    setWeights(weightsOf(props.rules));
    setThreshold(String(props.rules.salesReadyThreshold));
  }, [props.rules]);

  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = ScoringRulesSchema.safeParse({
      industries: splitList(lists.industries),
      titleKeywords: splitList(lists.titleKeywords),
      targetDomains: splitList(lists.targetDomains).map((d) => d.toLowerCase()),
      countries: splitList(lists.countries),
      weights: Object.fromEntries(
        Object.entries(weights).map(([k, v]) => [k, v.trim() === '' ? Number.NaN : Number(v)]),
      ),
      salesReadyThreshold: threshold.trim() === '' ? Number.NaN : Number(threshold),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join(' → ') ?? '';
      setError(
        `Not saved: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid rules'}. Weights and the threshold are numbers from 0 to 100.`,
      );
      setStatus('');
      return;
    }
    setError('');
    setBusy(true);
    try {
      setStatus(await props.onSave(parsed.data));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="settings" onSubmit={save} data-testid="scoring-rules" noValidate>
      <h2>Scoring</h2>
      <p class="muted">
        Fit comes from who the person is; engagement from what happened with them, fading with age. The grade (A–D) is
        fit alone. Leads scoring at or above the threshold show as sales-ready.
      </p>
      <fieldset>
        <legend>Ideal customer profile</legend>
        {LISTS.map(([key, label, example]) => (
          <label key={key}>
            {label}
            <input
              name={key}
              placeholder={example}
              value={lists[key]}
              onInput={(e) => setLists({ ...lists, [key]: e.currentTarget.value })}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Weights (points at most)</legend>
        {(Object.keys(WEIGHT_LABEL) as (keyof Weights)[]).map((key) => (
          <label key={key}>
            {WEIGHT_LABEL[key]}
            <input
              name={`weight-${key}`}
              type="number"
              min={0}
              max={100}
              value={weights[key]}
              onInput={(e) => setWeights({ ...weights, [key]: e.currentTarget.value })}
            />
          </label>
        ))}
      </fieldset>
      <label class="threshold">
        Sales-ready threshold
        <input
          name="threshold"
          type="number"
          min={0}
          max={100}
          value={threshold}
          onInput={(e) => setThreshold(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Rescoring…' : 'Save and rescore'}
        </button>
        {status && (
          <span role="status" data-testid="rules-status">
            {status}
          </span>
        )}
      </div>
      <ErrorAlert message={error} />
    </form>
  );
}

function listsOf(rules: ScoringRules): Record<ListKey, string> {
  return {
    industries: rules.industries.join(', '),
    titleKeywords: rules.titleKeywords.join(', '),
    targetDomains: rules.targetDomains.join(', '),
    countries: rules.countries.join(', '),
  };
}

function weightsOf(rules: ScoringRules): Record<keyof Weights, string> {
  return Object.fromEntries(Object.entries(rules.weights).map(([k, v]) => [k, String(v)])) as Record<
    keyof Weights,
    string
  >;
}
