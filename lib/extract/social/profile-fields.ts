import { visibleText, withoutDecoration } from '../sites/site-text';

export interface ProfileFields {
  title: string;
  company: string;
  location: string;
}

// Profile templates name their fields in class names ("field-job-title", "organization-name", "user-location"):
// the vocabulary of profile forms, not of any one site.
const FIELDS: Record<keyof ProfileFields, string> = {
  title: '[class*="job-title" i], [class*="jobtitle" i], [class*="job_title" i]',
  company: '[class*="organization-name" i], [class*="organisation-name" i], [class*="company-name" i]',
  location: '[class*="field-country" i], [class*="user-location" i], [class*="profile-location" i]',
};

// A field's text is a few words; a longer text is a block that merely contains the field.
function shortText(el: Element): string {
  const text = withoutDecoration(visibleText(el));
  return text.length > 0 && text.length <= 80 && !/[\n.!?]\s/.test(text) ? text : '';
}

function firstField(scope: ParentNode, selector: string): string {
  for (const el of scope.querySelectorAll(selector)) {
    if (el.closest('header, nav, footer, aside')) continue;
    const text = shortText(el);
    if (text) return text;
  }
  return '';
}

/** The job, employer and place a profile page shows in its own labelled fields. */
export function profileFields(document: Document): ProfileFields {
  const scope = document.querySelector('main') ?? document;
  return {
    title: firstField(scope, FIELDS.title),
    company: firstField(scope, FIELDS.company),
    location: firstField(scope, FIELDS.location),
  };
}
