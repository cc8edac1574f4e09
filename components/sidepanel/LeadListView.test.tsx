import { describe, expect, it, vi } from 'vitest';
import type { LeadRow } from '../../lib/services/lead-rows';
import { mount } from '../../tests/unit/component-harness';
import { LeadListView } from './LeadListView';

const row = (i: number): LeadRow => ({
  id: `lead-${i}`,
  fullName: `Person ${i}`,
  title: 'Buyer',
  company: 'Acme',
  email: `p${i}@acme.example`,
  status: 'new',
  source: 'web',
  tags: [],
  score: i % 100,
  grade: 'C',
  salesReady: false,
  createdAt: i,
  updatedAt: i,
  haystack: `person ${i}`,
});

// Windowing needs layout, which happy-dom lacks: bench/sidepanel.bench.ts shows it in Chromium with 50,000 leads.
describe('LeadListView', () => {
  it('moves with the arrow keys, opens with Enter and selects with Space', async () => {
    const rows = [row(1), row(2), row(3)];
    const onFocusIndex = vi.fn();
    const onOpen = vi.fn();
    const onToggleSelect = vi.fn();
    const ui = await mount(
      <LeadListView
        rows={rows}
        selected={new Set()}
        focusedIndex={1}
        onFocusIndex={onFocusIndex}
        onOpen={onOpen}
        onToggleSelect={onToggleSelect}
      />,
    );
    const list = ui.root.querySelector('[data-testid="lead-list"]') as HTMLElement;
    await ui.key(list, 'ArrowDown');
    expect(onFocusIndex).toHaveBeenLastCalledWith(2);
    await ui.key(list, 'ArrowUp');
    expect(onFocusIndex).toHaveBeenLastCalledWith(0);
    await ui.key(list, 'Enter');
    expect(onOpen).toHaveBeenCalledWith('lead-2');
    await ui.key(list, ' ');
    expect(onToggleSelect).toHaveBeenCalledWith('lead-2');
    await ui.unmount();
  });
});
