import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractLeads } from '../../../lib/extract/extract-leads';
import { readEml } from '../../../lib/extract/signature/eml-message';
import { emlPeople } from '../../../lib/extract/signature/eml-people';
import { readSignature } from '../../../lib/extract/signature/read-signature';
import { describeShared } from '../extract/fixtures-dir';
import { htmlDocument } from '../helpers';
import { accuracyByField, SCORED_FIELDS, type SignatureLabel } from './field-accuracy';

interface ManifestPerson {
  name: string;
  title: string | null;
  company: string | null;
  email: string | null;
  phone: string | null;
}

describeShared(
  'pages/email',
  'signature reader on the saved real emails of ../shared/fixtures/pages/email',
  'they hold real people’s signatures',
  (dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, '../MANIFEST.json'), 'utf8')) as Array<{
      file: string;
      url: string;
      people: ManifestPerson[];
    }>;
    const emails = manifest.filter((e) => e.file.startsWith('email/') && e.file.endsWith('.eml'));

    it('reads each writer’s signature as labelled', () => {
      const results = emails.map((entry) => {
        const raw = readFileSync(join(dir, '..', entry.file), 'utf8');
        // The writer is the message whose sender is a person: a bounce carries the original inside.
        const message = readEml(raw).find((m) => m.from[0] && !/^mailer-daemon/i.test(m.from[0].email));
        const person = entry.people[0];
        const label: SignatureLabel = person
          ? {
              name: person.name,
              ...(person.title ? { title: person.title } : {}),
              ...(person.company ? { company: person.company } : {}),
              ...(person.phone ? { phone: person.phone } : {}),
            }
          : {};
        const read = message ? readSignature(message.text, message.from[0] ?? {}) : undefined;
        return { label, read: read && { ...read, emails: [] } };
      });
      const accuracy = accuracyByField(results);
      console.info(
        `signature accuracy on ../shared email (${results.length}): ${SCORED_FIELDS.filter((f) => f !== 'email')
          .map((f) => `${f} ${accuracy[f].right}/${accuracy[f].total}`)
          .join(', ')}`,
      );
      for (const field of ['name', 'title', 'company', 'phone'] as const) expect(accuracy[field].share).toBe(1);
    });

    it('gives each .eml’s writer with the header’s address, and nobody for the mail robot', () => {
      for (const entry of emails) {
        const people = emlPeople(readFileSync(join(dir, '..', entry.file), 'utf8'));
        expect(people.map((p) => p.emails?.[0]?.value)).toEqual(entry.people.map((p) => p.email?.toLowerCase()));
      }
    });

    it('a saved webmail inbox with no message open lists nobody, the signed-in account least of all', () => {
      for (const entry of manifest.filter((e) => e.file.startsWith('email/') && e.file.endsWith('.html'))) {
        // happy-dom refuses to load the page's frames (chat, ads) and says so loudly: they hold no message.
        const html = readFileSync(join(dir, '..', entry.file), 'utf8').replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
        const found = extractLeads(htmlDocument(html), entry.url);
        expect(found.map((c) => c.fullName?.value ?? c.emails[0]?.value)).toEqual(entry.people.map((p) => p.name));
      }
    });
  },
);
