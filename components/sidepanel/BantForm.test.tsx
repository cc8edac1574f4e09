import { describe, expect, it, vi } from 'vitest';
import { type Bant, EMPTY_BANT } from '../../lib/model/bant';
import { mount } from '../../tests/unit/component-harness';
import { BantForm } from './BantForm';

describe('BantForm', () => {
  it('qualifies with the answers and notes the rep gave', async () => {
    const onQualify = vi.fn(async (_b: Bant) => {});
    const ui = await mount(<BantForm bant={EMPTY_BANT} canQualify onSave={async () => {}} onQualify={onQualify} />);
    await ui.choose(ui.root.querySelector<HTMLSelectElement>('#bant-budget') as HTMLSelectElement, 'yes');
    await ui.choose(ui.root.querySelector<HTMLSelectElement>('#bant-timeline') as HTMLSelectElement, 'partly');
    await ui.type(ui.byLabel('Timeline note'), 'Q2, after the budget round');
    await ui.click(ui.button('Qualify as prospect'));
    expect(onQualify).toHaveBeenCalledWith({
      ...EMPTY_BANT,
      budget: { answer: 'yes', note: '' },
      timeline: { answer: 'partly', note: 'Q2, after the budget round' },
    });
    await ui.unmount();
  });

  it('offers no Qualify button once the lead cannot be qualified', async () => {
    const ui = await mount(
      <BantForm bant={EMPTY_BANT} canQualify={false} onSave={async () => {}} onQualify={async () => {}} />,
    );
    expect(ui.text()).toContain('Save BANT');
    expect(ui.text()).not.toContain('Qualify as prospect');
    await ui.unmount();
  });
});
