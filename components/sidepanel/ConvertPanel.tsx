import { useState } from 'preact/hooks';
import { type ConversionSummary, type DealDraft, DealDraftSchema } from '../../lib/model/conversion';
import { ErrorAlert } from '../ErrorAlert';

/**
 * Lead → contact + account (+ deal). Shows what will be created and what
 * reused before the rep confirms, because conversion cannot be undone.
 */
export function ConvertPanel(props: {
  onPreview: (deal: DealDraft | undefined) => Promise<ConversionSummary>;
  onConvert: (deal: DealDraft | undefined) => Promise<void>;
}) {
  const [withDeal, setWithDeal] = useState(false);
  const [deal, setDeal] = useState<{ name: string; amount: string; closeDate: string }>({
    name: '',
    amount: '',
    closeDate: '',
  });
  const [preview, setPreview] = useState<ConversionSummary | undefined>();
  const [error, setError] = useState('');

  const dealDraft = (): DealDraft | undefined => {
    if (!withDeal) return undefined;
    const parsed = DealDraftSchema.safeParse({
      name: deal.name,
      amount: deal.amount === '' ? 0 : Number(deal.amount),
      closeDate: deal.closeDate || undefined,
    });
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return parsed.data;
  };
  const run = async (f: () => Promise<void>) => {
    try {
      setError('');
      await f();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const verb = (a: 'create' | 'reuse') => (a === 'create' ? 'Create' : 'Reuse existing');

  return (
    <div data-testid="convert">
      <label class="switch">
        <input type="checkbox" checked={withDeal} onChange={(e) => setWithDeal(e.currentTarget.checked)} /> Also create
        a deal
      </label>
      {withDeal && (
        <div>
          <div class="field-row">
            <label for="deal-name">Deal name</label>
            <input
              id="deal-name"
              value={deal.name}
              onInput={(e) => setDeal({ ...deal, name: e.currentTarget.value })}
            />
          </div>
          <div class="field-row">
            <label for="deal-amount">Amount</label>
            <input
              id="deal-amount"
              type="number"
              min={0}
              value={deal.amount}
              onInput={(e) => setDeal({ ...deal, amount: e.currentTarget.value })}
            />
          </div>
          <div class="field-row">
            <label for="deal-close">Close date</label>
            <input
              id="deal-close"
              type="date"
              value={deal.closeDate}
              onInput={(e) => setDeal({ ...deal, closeDate: e.currentTarget.value })}
            />
          </div>
        </div>
      )}
      <button
        type="button"
        class="secondary"
        onClick={() => void run(async () => setPreview(await props.onPreview(dealDraft())))}
      >
        Preview conversion
      </button>
      {preview && (
        <div data-testid="conversion-preview">
          <ul class="breakdown">
            <li>
              <span>Account</span>
              <span>
                {verb(preview.account.action)}: {preview.account.name}
              </span>
            </li>
            <li>
              <span>Contact</span>
              <span>
                {verb(preview.contact.action)}: {preview.contact.name}
              </span>
            </li>
            {preview.deal && (
              <li>
                <span>Deal</span>
                <span>
                  Create: {preview.deal.name} ({preview.deal.amount} {preview.deal.currency})
                </span>
              </li>
            )}
            <li>
              <span>Activities moved to the contact</span>
              <span>{preview.activitiesMoved}</span>
            </li>
          </ul>
          <p class="muted">Conversion cannot be undone.</p>
          <button type="button" onClick={() => void run(() => props.onConvert(dealDraft()))}>
            Convert to contact
          </button>
        </div>
      )}
      <ErrorAlert message={error} kind="field" />
    </div>
  );
}
