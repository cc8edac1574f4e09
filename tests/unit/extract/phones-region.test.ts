import { describe, expect, it } from 'vitest';
import { scanPage } from '../../../lib/content/scan-page';
import { htmlDocument } from '../helpers';

const at = (href: string) => new URL(href) as unknown as Location;

describe('a scan names the country its local phone numbers are written for', () => {
  it('from the country domain of the tab', () => {
    expect(scanPage(htmlDocument('<p>Tel. 030 1234567</p>'), at('https://acme.de/kontakt')).regionHint).toBe('DE');
  });

  it("from the page's language when the domain says nothing", () => {
    const doc = htmlDocument('<html lang="fr-FR"><body><p>01 23 45 67 89</p></body></html>');
    expect(scanPage(doc, at('https://acme.example/contact')).regionHint).toBe('FR');
  });

  it('no hint at all when neither says', () => {
    expect(scanPage(htmlDocument('<p>hi</p>'), at('https://acme.io/')).regionHint).toBeUndefined();
  });
});
