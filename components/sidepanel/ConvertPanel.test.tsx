import { describe, expect, it, vi } from 'vitest';
import type { ConversionSummary, DealDraft } from '../../lib/model/conversion';
import { mount } from '../../tests/unit/component-harness';
import { ConvertPanel } from './ConvertPanel';

const preview: ConversionSummary = {
  account: { action: 'reuse', name: 'Northwind Analytics' },
  contact: { action: 'create', name: 'Jonas Okafor' },
  deal: { name: 'Pilot', amount: 12000, currency: 'EUR' },
  activitiesMoved: 2,
};

describe('ConvertPanel', () => {
  it('shows what will be created and reused before the rep can convert', async () => {
    const onPreview = vi.fn(async (_deal: DealDraft | undefined) => preview);
    const onConvert = vi.fn(async (_deal: DealDraft | undefined) => {});
    const ui = await mount(<ConvertPanel onPreview={onPreview} onConvert={onConvert} />);
    expect(ui.text()).not.toContain('Convert to contact');

    await ui.click(ui.byLabel('Also create a deal'));
    await ui.type(ui.byLabel('Deal name'), 'Pilot');
    await ui.type(ui.byLabel('Amount'), '12000');
    await ui.click(ui.button('Preview conversion'));
    expect(onPreview).toHaveBeenCalledWith({ name: 'Pilot', amount: 12000 });
    expect(ui.text()).toContain('Reuse existing: Northwind Analytics');
    expect(ui.text()).toContain('Create: Jonas Okafor');
    expect(ui.text()).toContain('Create: Pilot (12000 EUR)');
    expect(ui.text()).toContain('cannot be undone');

    await ui.click(ui.button('Convert to contact'));
    expect(onConvert).toHaveBeenCalledWith({ name: 'Pilot', amount: 12000 });
    await ui.unmount();
  });

  it('refuses a deal without a name in words, and asks for nothing', async () => {
    const onPreview = vi.fn(async () => preview);
    const ui = await mount(<ConvertPanel onPreview={onPreview} onConvert={async () => {}} />);
    await ui.click(ui.byLabel('Also create a deal'));
    await ui.type(ui.byLabel('Amount'), '500');
    await ui.click(ui.button('Preview conversion'));
    expect(onPreview).not.toHaveBeenCalled();
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toContain('A deal needs a name');
    await ui.unmount();
  });
});
