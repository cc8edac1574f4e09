import { foldText } from '../../person/lead-identity';

/**
 * What makes a signature's line an address in the languages leads write in, so that a street or a
 * country is never read as the employer: "Grüngasse 1", "Storgata 12", "ul. Długa 5", "A-1000 Wien",
 * "Germany". Street words stand alone in some languages ("Rue", "Via", "Calle") and end compounds in
 * others ("-straße", "-gasse", "-straat", "-vej", "-gatan", "-katu").
 */
const STREET_WORDS =
  /(?:^|[\s,])(?:rue|avenue|boulevard|chemin|allée|impasse|quai|via|viale|piazza|piazzale|corso|vicolo|calle|avenida|paseo|plaza|carrer|rua|travessa|largo|praça|ulica|aleja|plac|ulice|náměstí|třída|utca|út|tér|körút|strada|bulevardul|calea|sokak|cadde|caddesi|mahallesi|bulvarı|улица|проспект|переулок|вулиця|οδός|λεωφόρος)(?=\s)/iu;
// Their abbreviations, only with the full stop: "ul. Długa 5", "Av. Paulista 1000", "ул. Ленина 1".
const STREET_ABBREVIATIONS =
  /(?:^|[\s,])(?:av|avda|bd|bld|ul|al|os|nám|str|sok|cad|mah|ул|пр|пер|вул|просп|λεωφ)\.\s?|(?:^|[\s,])c\/\s?/iu;
const STREET_COMPOUND =
  /\p{L}{2,}(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ufer|steig|chaussee|straat|laan|plein|gracht|kade|singel|vej|gade|allé|torv|gata|gatan|vägen|väg|torget|veien|vegen|katu|tie|kuja|polku)(?=[\s,.]|$)/iu;

/** A street line: a street word or a street compound, with a house number. */
export function streetLike(s: string): boolean {
  return /\d/.test(s) && (STREET_WORDS.test(s) || STREET_ABBREVIATIONS.test(s) || STREET_COMPOUND.test(s));
}

// "A-1000 Wien", "D-80331 München", "CH-8001 Zürich", "NL-1011 AB Amsterdam": a country's letters before the postcode.
export const PREFIXED_POSTCODE = /(?:^|[\s,])[A-Z]{1,3}-\d{4,5}(?:\s+[A-Z]{2})?\s+\p{Lu}/u;

/** Countries as a signature writes them under the address, in English and in their own language. */
const COUNTRIES = new Set(
  [
    'usa',
    'u s a',
    'united states',
    'united states of america',
    'us',
    'canada',
    'mexico',
    'méxico',
    'brazil',
    'brasil',
    'argentina',
    'chile',
    'colombia',
    'peru',
    'perú',
    'uk',
    'united kingdom',
    'great britain',
    'england',
    'scotland',
    'wales',
    'ireland',
    'éire',
    'germany',
    'deutschland',
    'austria',
    'österreich',
    'switzerland',
    'schweiz',
    'suisse',
    'svizzera',
    'france',
    'belgium',
    'belgië',
    'belgique',
    'netherlands',
    'the netherlands',
    'nederland',
    'luxembourg',
    'denmark',
    'danmark',
    'norway',
    'norge',
    'sweden',
    'sverige',
    'finland',
    'suomi',
    'iceland',
    'ísland',
    'spain',
    'españa',
    'portugal',
    'italy',
    'italia',
    'greece',
    'ελλάδα',
    'poland',
    'polska',
    'czech republic',
    'czechia',
    'česko',
    'česká republika',
    'slovakia',
    'slovensko',
    'hungary',
    'magyarország',
    'romania',
    'românia',
    'bulgaria',
    'croatia',
    'hrvatska',
    'slovenia',
    'slovenija',
    'serbia',
    'srbija',
    'estonia',
    'eesti',
    'latvia',
    'latvija',
    'lithuania',
    'lietuva',
    'turkey',
    'türkiye',
    'russia',
    'россия',
    'ukraine',
    'україна',
    'israel',
    'united arab emirates',
    'uae',
    'india',
    'china',
    '中国',
    'japan',
    '日本',
    'south korea',
    'korea',
    '대한민국',
    'taiwan',
    'hong kong',
    'singapore',
    'australia',
    'new zealand',
    'south africa',
  ].map((c) => foldText(c)),
);

/** A line naming only a country: where the writer is, never who employs them. */
export function countryLike(s: string): boolean {
  return COUNTRIES.has(foldText(s));
}
