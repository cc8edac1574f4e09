import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ScoringRules } from '../../lib/model/settings';
import { mount } from '../../tests/unit/component-harness';
import { ScoringRulesEditor } from './ScoringRulesEditor';

describe('ScoringRulesEditor', () => {
  it('saves the ideal customer profile as lists and says what the rescore did', async () => {
    const onSave = vi.fn(async (_r: ScoringRules) => 'Saved. Rescored every lead: 3 scores changed.');
    const ui = await mount(<ScoringRulesEditor rules={DEFAULT_SETTINGS.scoring} onSave={onSave} />);
    await ui.type(ui.root.querySelector('input[name="industries"]') as HTMLInputElement, 'Software,  Fintech ,');
    await ui.type(ui.root.querySelector('input[name="targetDomains"]') as HTMLInputElement, 'ACME.com');
    await ui.type(ui.root.querySelector('input[name="threshold"]') as HTMLInputElement, '70');
    await ui.click(ui.button('Save and rescore'));
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.industries).toEqual(['Software', 'Fintech']);
    expect(saved?.targetDomains).toEqual(['acme.com']);
    expect(saved?.salesReadyThreshold).toBe(70);
    expect(saved?.weights).toEqual(DEFAULT_SETTINGS.scoring.weights);
    expect(ui.text()).toContain('3 scores changed');
    await ui.unmount();
  });

  it.each([
    ['a threshold above 100', 'input[name="threshold"]', '250'],
    ['an empty weight', 'input[name="weight-seniority"]', ''],
    ['a negative weight', 'input[name="weight-engagement"]', '-5'],
  ])('refuses %s with a message and saves nothing', async (_case, selector, value) => {
    const onSave = vi.fn(async () => 'saved');
    const ui = await mount(<ScoringRulesEditor rules={DEFAULT_SETTINGS.scoring} onSave={onSave} />);
    await ui.type(ui.root.querySelector(selector) as HTMLInputElement, value);
    await ui.click(ui.button('Save and rescore'));
    expect(onSave).not.toHaveBeenCalled();
    expect(ui.root.querySelector('[role="alert"]')?.textContent).toMatch(/^Not saved: /);
    await ui.unmount();
  });
});
