import { headerKey } from './map-columns';

/**
 * Which tool wrote a file, told by the headers only that tool writes: the
 * import preview names it, so a rep sees at once that the file was
 * understood. The column mapping itself does not depend on it.
 */
const FORMATS: readonly { name: string; all: readonly string[] }[] = [
  { name: 'LeadClip', all: ['provenance', 'editedfields'] },
  { name: 'LinkedIn connections', all: ['connectedon', 'position'] },
  { name: 'Google Contacts', all: ['fileas', 'email1value'] },
  { name: 'Google Contacts (older export)', all: ['givenname', 'email1value'] },
  { name: 'Google Contacts', all: ['organizationname', 'email1value'] },
  { name: 'Outlook contacts', all: ['emailaddress', 'businessphone'] },
  { name: 'Outlook contacts', all: ['emailaddress', 'email2address'] },
  { name: 'Thunderbird address book', all: ['primaryemail', 'displayname'] },
  { name: 'HubSpot contacts', all: ['recordid', 'lifecyclestage'] },
  { name: 'HubSpot contacts', all: ['recordid', 'contactowner'] },
  { name: 'Salesforce Data Export', all: ['isdeleted', 'masterrecordid'] },
  { name: 'Salesforce Data Export', all: ['ownerid', 'systemmodstamp'] },
  { name: 'Salesforce report', all: ['leadowner', 'leadstatus'] },
  { name: 'Salesforce report', all: ['companyaccount'] },
  { name: 'Salesforce report', all: ['accountname', 'mailingcity'] },
  { name: 'Apollo', all: ['apollocontactid'] },
  { name: 'Apollo', all: ['personlinkedinurl', 'companynameforemails'] },
  { name: 'ZoomInfo', all: ['zoominfocontactid'] },
  { name: 'Lusha', all: ['email1type', 'phone1type', 'companydomain'] },
  { name: 'Lemlist', all: ['icebreaker'] },
  { name: 'Lemlist', all: ['companyname', 'linkedinurl', 'laststate'] },
  { name: 'Pipedrive people', all: ['personname', 'organizationname'] },
  { name: 'Pipedrive people', all: ['personname', 'personorganization'] },
];

/** The tool that wrote a file with these headers, or undefined for a file of another tool or a hand-made one. */
export function recogniseFormat(headers: readonly string[]): string | undefined {
  const keys = new Set(headers.map(headerKey));
  return FORMATS.find((f) => f.all.every((k) => keys.has(k)))?.name;
}
