import type { Candidate, FoundValue } from '../../model/candidate';
import { unshoutName, unshoutPhrase } from '../../person/unshout';

function recase(value: FoundValue | undefined, how: (text: string) => string): FoundValue | undefined {
  if (!value) return value;
  const text = how(value.value);
  return text === value.value ? value : { ...value, value: text };
}

/** A person's name, job and firm as a CRM stores them, however loudly the page printed them. */
export function unshoutFields(c: Candidate): Candidate {
  const fullName = recase(c.fullName, unshoutName);
  const firstName = recase(c.firstName, unshoutName);
  const lastName = recase(c.lastName, unshoutName);
  const title = recase(c.title, unshoutPhrase);
  const company = recase(c.company, unshoutPhrase);
  if (
    fullName === c.fullName &&
    firstName === c.firstName &&
    lastName === c.lastName &&
    title === c.title &&
    company === c.company
  )
    return c;
  return {
    ...c,
    ...(fullName ? { fullName } : {}),
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
  };
}
