import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractLeads } from '../../../../lib/extract/extract-leads';
import { htmlDocument } from '../../helpers';
import { describeShared } from '../fixtures-dir';

interface Labelled {
  file: string;
  kind: string;
  url: string;
  people?: Array<{ name: string; profile?: string | null }> | null;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const hostAndPath = (u: string) => {
  const url = new URL(u);
  return `${url.hostname.replace(/^(www|[a-z]{2})\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
};

describeShared(
  'pages',
  'real social and LinkedIn pages: every labelled person, with their own profile link',
  'they hold real people’s public profiles',
  (dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as Labelled[];
    const pages = manifest.filter((p) => (p.kind === 'social' || p.kind === 'linkedin') && p.file.endsWith('.html'));
    it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
      const doc = htmlDocument(readFileSync(join(dir, page.file), 'utf8'));
      const found = extractLeads(doc, page.url);
      for (const person of page.people ?? []) {
        const match = found.find((c) => fold(c.fullName?.value ?? '') === fold(person.name));
        expect(match, person.name).toBeDefined();
        // Their profile on the page's own network; an account named only in prose elsewhere is not read yet.
        if (person.profile && hostAndPath(person.profile).split('/')[0] === hostAndPath(page.url).split('/')[0]) {
          expect(match?.urls.map((u) => hostAndPath(u.value))).toContain(hostAndPath(person.profile));
        }
      }
    });
  },
);
