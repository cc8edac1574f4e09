import { describe, expect, it } from 'vitest';
import { mount } from '../tests/unit/component-harness';
import { WebLink } from './WebLink';

describe('WebLink', () => {
  it('renders a web address as a link that opens in a new tab', async () => {
    const ui = await mount(<WebLink url="https://www.linkedin.com/in/ada-example" />);
    const a = ui.root.querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://www.linkedin.com/in/ada-example');
    expect(a?.getAttribute('target')).toBe('_blank');
    await ui.unmount();
  });

  it.each([
    'javascript:alert(document.cookie)',
    '  JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('shows %j as text, never as a link', async (url) => {
    const ui = await mount(<WebLink url={url} />);
    expect(ui.root.querySelector('a')).toBeNull();
    expect(ui.text()).toBe(url);
    await ui.unmount();
  });
});
