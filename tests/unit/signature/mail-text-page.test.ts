import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { looksLikeEmail, mailTextPageExtractor } from '../../../lib/extract/signature/mail-text-page';
import { describeShared } from '../extract/fixtures-dir';

/** A text the browser shows as a plain-text page: one <pre>, filled with textContent (never markup). */
function textPage(text: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  const pre = doc.createElement('pre');
  pre.textContent = text;
  doc.body.append(pre);
  return doc;
}

// An invented person's message, as a list archive shows it (the e2e serves the same file as text/plain).
const MAIL = readFileSync(join(import.meta.dirname, '../../fixtures/mail/list-archive-message.txt'), 'utf8');

describe('an email shown as a text page', () => {
  it('gives its writer with the signature’s fields', () => {
    const [person, ...others] = mailTextPageExtractor.extract(
      textPage(MAIL),
      new URL('https://lists.example/archive/42.txt'),
    );
    expect(others).toEqual([]);
    expect({
      name: person?.fullName?.value,
      title: person?.title?.value,
      company: person?.company?.value,
      emails: person?.emails?.map((e) => e.value),
      phones: person?.phones?.map((p) => `${p.value} (${p.label})`),
    }).toEqual({
      name: 'Ola Berg',
      title: 'Head of Data',
      company: 'Fjord Analytics AS',
      emails: ['ola.berg@fjord-analytics.example'],
      phones: ['+47 912 34 567 (mobile)'],
    });
  });

  it('leaves other text pages and ordinary pages alone', () => {
    const url = new URL('https://example.com/notes.txt');
    expect(mailTextPageExtractor.extract(textPage('Release notes\n\nFrom: the team, with thanks.'), url)).toEqual([]);
    expect(looksLikeEmail('Subject: hi\nno blank line and no sender')).toBe(false);
    const html = document.implementation.createHTMLDocument('');
    const p = html.createElement('p');
    p.textContent = 'From: Jane <jane@example.com>';
    html.body.append(p, html.createElement('pre'));
    expect(mailTextPageExtractor.extract(html, url)).toEqual([]);
  });
});

describeShared('pages/email', 'a saved bounce opened as a text page', 'it holds a real person’s signature', (dir) => {
  it('names the original message’s writer, not the mail robot', () => {
    const raw = readFileSync(join(dir, 'bounce-with-signature.eml'), 'utf8');
    const people = extractLeads(textPage(raw), 'file:///home/rep/Downloads/bounce.eml').filter((c) =>
      c.sources.includes('mail-text'),
    );
    expect(people.map((p) => [p.fullName?.value, p.title?.value, p.company?.value])).toEqual([
      ['Rahul P. Chaudhari', 'Software Developer', 'LIVIA India Private Limited'],
    ]);
  });
});
