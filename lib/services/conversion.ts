import type { ConversionSummary, DealDraft } from '../model/conversion';
import type { SidePanelStore } from './side-panel-store';

/** Converting a lead: what it would create and reuse (shown before the rep confirms), then the conversion. */
export interface Conversion {
  previewConversion(id: string, deal: DealDraft | undefined): Promise<ConversionSummary>;
  convert(id: string, deal: DealDraft | undefined): Promise<void>;
}

function conversionOptions(deal: DealDraft | undefined) {
  return deal
    ? { deal: { name: deal.name, amount: deal.amount, ...(deal.closeDate ? { closeDate: deal.closeDate } : {}) } }
    : {};
}

export function createConversion({ conversion }: SidePanelStore): Conversion {
  return {
    previewConversion: async (id, deal) => {
      const plan = await conversion.previewConversion(id, conversionOptions(deal));
      return {
        account: { action: plan.account.action, name: plan.account.account.name },
        contact: { action: plan.contact.action, name: plan.contact.contact.fullName },
        ...(plan.deal
          ? { deal: { name: plan.deal.name, amount: plan.deal.amount, currency: plan.deal.currency } }
          : {}),
        activitiesMoved: plan.activitiesMoved,
      };
    },
    convert: async (id, deal) => {
      await conversion.convert(id, conversionOptions(deal));
    },
  };
}
