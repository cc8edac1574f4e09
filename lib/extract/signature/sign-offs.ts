import { foldText } from '../../person/lead-identity';

/**
 * How people close a message and how mail clients mark quoted text, in the languages leads write
 * in. Why a lexicon: a reader that knows only "Best regards" takes "Mvh" for the writer's name and
 * the name under it for their employer, and reads the quoted message under "-----Oprindelig
 * meddelelse-----" as the writer's own. These are set phrases, few per language, so a list written
 * from what the clients and writers use is both complete enough and safe: matching is on the whole
 * line (or the line's head before a comma), folded (case, accents and punctuation ignored, so
 * "Udvozlettel" written without accents is "Üdvözlettel").
 *
 * Greetings that double as openers ("Ciao", "Servus", "Hej", "Salut") are left out: a message's
 * first line would be taken for its sign-off.
 */
// "Best regards", "Kind regards", "With thanks", "Many thanks": English stacks a few words on a few closings.
const ENGLISH_CLOSINGS = [
  'regards',
  'wishes',
  'thanks',
  'thank you',
  'thx',
  'cheers',
  'sincerely',
  'best',
  'respectfully',
  'cordially',
  'yours',
  'yours truly',
  'yours sincerely',
  'yours faithfully',
  'all the best',
  'talk soon',
  'speak soon',
  'take care',
  'at your service',
  'thanks and regards',
  'thanks and best regards',
  'thank you and regards',
  'thanks in advance',
  'thanks again',
  'thanks so much',
];
const ENGLISH = [
  ...ENGLISH_CLOSINGS,
  ...['best', 'kind', 'warm', 'warmest', 'many', 'with', 'with best', 'with kind', 'with many'].flatMap((lead) =>
    ENGLISH_CLOSINGS.map((closing) => `${lead} ${closing}`),
  ),
  'sincerely yours',
  'respectfully yours',
  'warmly',
  'tx',
  'br',
  'kr',
  'rgds',
  'regds',
];

// Sign-offs by language, with the abbreviations writers use (MfG, LG, Mvh, Kh, Üdv, Pozdr., Cdlt, Atte.).
const SIGN_OFFS_BY_LANGUAGE: Record<string, readonly string[]> = {
  english: ENGLISH,
  german: [
    'mit freundlichen grüßen',
    'mit freundlichem gruß',
    'mit besten grüßen',
    'mit herzlichen grüßen',
    'mit lieben grüßen',
    'freundliche grüße',
    'viele grüße',
    'liebe grüße',
    'beste grüße',
    'herzliche grüße',
    'schöne grüße',
    'sonnige grüße',
    'lieben gruß',
    'viele grüsse',
    'freundliche grüsse',
    'liebe grüsse',
    'beste grüsse',
    'herzliche grüsse',
    'grüße',
    'grüsse',
    'gruß',
    'gruss',
    'grüßle',
    'vielen dank',
    'besten dank',
    'danke',
    'mfg',
    'lg',
    'vg',
    'bg',
    'hg',
    'glg',
  ],
  dutch: [
    'met vriendelijke groet',
    'met vriendelijke groeten',
    'vriendelijke groet',
    'vriendelijke groeten',
    'met hartelijke groet',
    'hartelijke groet',
    'hartelijke groeten',
    'met groet',
    'groet',
    'groeten',
    'groetjes',
    'hoogachtend',
    'bedankt',
    'alvast bedankt',
    'dank je wel',
    'dank u wel',
    'mvg',
    'vr gr',
    'gr',
  ],
  // Danish, Norwegian and Swedish share their abbreviations: Mvh, Vh, Kh.
  danish: [
    'med venlig hilsen',
    'venlig hilsen',
    'venlige hilsner',
    'bedste hilsner',
    'de bedste hilsner',
    'kærlig hilsen',
    'hilsen',
    'hilsner',
    'mange tak',
    'tak',
    'mvh',
    'vh',
    'kh',
  ],
  norwegian: ['med vennlig hilsen', 'vennlig hilsen', 'beste hilsen', 'hilsen', 'takk', 'tusen takk'],
  swedish: [
    'med vänlig hälsning',
    'med vänliga hälsningar',
    'vänlig hälsning',
    'vänliga hälsningar',
    'bästa hälsningar',
    'hälsningar',
    'hälsning',
    'tack',
    'tack så mycket',
  ],
  finnish: [
    'ystävällisin terveisin',
    'ystävällisesti',
    'parhain terveisin',
    'terveisin',
    'yst terv',
    'kiitos',
    'kiittäen',
  ],
  french: [
    'cordialement',
    'bien cordialement',
    'très cordialement',
    'bien à vous',
    'bien à toi',
    'salutations',
    'sincères salutations',
    'meilleures salutations',
    'salutations distinguées',
    'amicalement',
    'amitiés',
    'bonne journée',
    'bises',
    'merci',
    'merci beaucoup',
    'merci d’avance',
    'respectueusement',
    'cdlt',
    'cdt',
    'bàv',
  ],
  spanish: [
    'saludos',
    'un saludo',
    'saludos cordiales',
    'un cordial saludo',
    'muchos saludos',
    'atentamente',
    'atte',
    'cordialmente',
    'un abrazo',
    'abrazos',
    'gracias',
    'muchas gracias',
    'slds',
  ],
  portuguese: [
    'atenciosamente',
    'att',
    'cumprimentos',
    'melhores cumprimentos',
    'com os melhores cumprimentos',
    'saudações',
    'abraços',
    'abraço',
    'um abraço',
    'abs',
    'beijos',
    'bjs',
    'obrigado',
    'obrigada',
    'muito obrigado',
    'muito obrigada',
  ],
  italian: [
    'cordiali saluti',
    'distinti saluti',
    'saluti',
    'un saluto',
    'un caro saluto',
    'cari saluti',
    'a presto',
    'buona giornata',
    'grazie',
    'grazie mille',
  ],
  polish: [
    'pozdrawiam',
    'pozdrawiam serdecznie',
    'serdecznie pozdrawiam',
    'serdeczne pozdrowienia',
    'pozdrowienia',
    'z poważaniem',
    'z wyrazami szacunku',
    'łączę pozdrowienia',
    'dziękuję',
    'dzięki',
    'pozdr',
  ],
  czech: ['s pozdravem', 's přátelským pozdravem', 'zdravím', 'děkuji', 'díky', 's pozdravom'],
  hungarian: ['üdvözlettel', 'üdv', 'tisztelettel', 'barátsággal', 'köszönöm', 'köszönettel', 'szép napot'],
  romanian: ['cu stimă', 'cu respect', 'cu bine', 'toate cele bune', 'numai bine', 'mulțumesc', 'mulțumesc frumos'],
  turkish: [
    'saygılarımla',
    'saygılarımızla',
    'iyi çalışmalar',
    'teşekkürler',
    'teşekkür ederim',
    'sevgiler',
    'selamlar',
  ],
  russian: [
    'с уважением',
    'с наилучшими пожеланиями',
    'всего доброго',
    'всего хорошего',
    'спасибо',
    'заранее спасибо',
    'с ув',
  ],
  ukrainian: ['з повагою', 'з найкращими побажаннями', 'дякую', 'щиро дякую'],
  greek: ['με εκτίμηση', 'με φιλικούς χαιρετισμούς', 'φιλικά', 'ευχαριστώ', 'χαιρετισμούς'],
  chinese: [
    '此致',
    '敬礼',
    '此致敬礼',
    '此致 敬礼',
    '谢谢',
    '謝謝',
    '祝好',
    '顺祝商祺',
    '順頌商祺',
    '顺颂商祺',
    '祝工作顺利',
  ],
  japanese: [
    'よろしくお願いします',
    'よろしくお願いいたします',
    'よろしくお願い致します',
    '宜しくお願いします',
    '宜しくお願い致します',
    '以上 よろしくお願いいたします',
    '敬具',
    'ありがとうございます',
  ],
  korean: ['감사합니다', '고맙습니다', '수고하세요', '안녕히 계세요'],
};

/** Folded as foldText folds, which also splits kana with voicing marks the same way on both sides. */
const fold = (s: string) => foldText(s.replace(/&/g, ' and '));

const SIGN_OFFS = new Set(Object.values(SIGN_OFFS_BY_LANGUAGE).flatMap((phrases) => phrases.map(fold)));

/** A whole line that closes a message: "Best regards,", "Mvh", "Pozdr.", "С уважением,". */
export function isSignOff(line: string): boolean {
  const text = line.trim();
  // A sign-off is short, and a sentence that happens to start like one ("Thanks for the files.") is not.
  if (!text || text.length > 48 || /[?]$/.test(text)) return false;
  return SIGN_OFFS.has(fold(text));
}

// Where a sign-off ends and a name follows on the same line: "LG, Eva", "Grüßle - Thomas", "Atte. Juan".
const SAME_LINE_BREAK = /\s*(?:[,!.:;]+|\s[-–—]+)\s*|\s*[-–—]+\s+/g;

/** The name written after a sign-off on its own line ("Thanks, Bob" → "Bob"), or undefined. */
export function nameAfterSignOff(line: string): string | undefined {
  const text = line.trim();
  for (const m of text.matchAll(SAME_LINE_BREAK)) {
    const at = m.index ?? 0;
    if (at === 0 || at > 48) continue;
    const rest = text.slice(at + m[0].length).trim();
    if (rest && rest.length <= 61 && isSignOff(text.slice(0, at))) return rest;
  }
  return undefined;
}

/**
 * "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"
 * in the clients' languages (Outlook, Gmail, Apple Mail, Thunderbird): everything below is quoted.
 */
const ORIGINAL_MESSAGE = new Set(
  [
    'original message',
    'forwarded message',
    'begin forwarded message',
    'ursprüngliche nachricht',
    'originalnachricht',
    'original nachricht',
    'weitergeleitete nachricht',
    'anfang der weitergeleiteten nachricht',
    'oorspronkelijk bericht',
    'origineel bericht',
    'doorgestuurd bericht',
    'oprindelig meddelelse',
    'videresendt meddelelse',
    'opprinnelig melding',
    'videresendt melding',
    'ursprungligt meddelande',
    'originalmeddelande',
    'vidarebefordrat meddelande',
    'vidarebefordrat mejl',
    'alkuperäinen viesti',
    'välitetty viesti',
    'message d’origine',
    'message original',
    'message transféré',
    'début du message réexpédié',
    'début du message transféré',
    'mensaje original',
    'mensaje reenviado',
    'inicio del mensaje reenviado',
    'mensagem original',
    'mensagem encaminhada',
    'início da mensagem reencaminhada',
    'messaggio originale',
    'messaggio inoltrato',
    'inizio messaggio inoltrato',
    'wiadomość oryginalna',
    'oryginalna wiadomość',
    'wiadomość przekazana dalej',
    'początek przekazywanej wiadomości',
    'původní zpráva',
    'přeposlaná zpráva',
    'začátek přeposlané zprávy',
    'pôvodná správa',
    'eredeti üzenet',
    'továbbított üzenet',
    'továbbított levél',
    'mesaj original',
    'mesaj redirecționat',
    'özgün ileti',
    'orijinal ileti',
    'orijinal mesaj',
    'iletilen ileti',
    'исходное сообщение',
    'пересылаемое сообщение',
    'пересланное сообщение',
    'начало переадресованного сообщения',
    'оригінальне повідомлення',
    'пересланий лист',
    'переслане повідомлення',
    'αρχικό μήνυμα',
    'προωθημένο μήνυμα',
    '原始邮件',
    '原始郵件',
    '转发邮件',
    '轉寄郵件',
    '原始消息',
    '元のメッセージ',
    '転送されたメッセージ',
    '원본 메시지',
    '전달된 메시지',
  ].map(fold),
);

/** Whether a line opens quoted or forwarded text by saying so, ruled or not, in any of the clients' languages. */
export function isOriginalMessageLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && /\p{L}/u.test(text) && ORIGINAL_MESSAGE.has(fold(text));
}

/**
 * The labels of a reply header ("From: … / Sent: … / To: … / Subject: …") as Outlook and other
 * clients write them in each language.
 */
const FROM_LABELS = [
  'From',
  'De',
  'Von',
  'Van',
  'Fra',
  'Från',
  'Lähettäjä',
  'Da',
  'Od',
  'Feladó',
  'De la',
  'Kimden',
  'От',
  'Від',
  'Από',
  '发件人',
  '寄件者',
  '寄件人',
  '差出人',
  '보낸 사람',
];
const NEXT_LABELS = [
  'Sent',
  'Date',
  'To',
  'Subject',
  'Cc',
  'Envoyé',
  'Objet',
  'À',
  'A',
  'Sujet',
  'Copie à',
  'Gesendet',
  'Datum',
  'Betreff',
  'An',
  'Verzonden',
  'Aan',
  'Onderwerp',
  'Sendt',
  'Dato',
  'Til',
  'Emne',
  'Skickat',
  'Till',
  'Ämne',
  'Lähetetty',
  'Vastaanottaja',
  'Aihe',
  'Enviado',
  'Enviado el',
  'Enviada em',
  'Para',
  'Asunto',
  'Assunto',
  'Fecha',
  'Inviato',
  'Oggetto',
  'Wysłano',
  'Wysłane',
  'Do',
  'Temat',
  'Data',
  'Odesláno',
  'Komu',
  'Předmět',
  'Elküldve',
  'Címzett',
  'Tárgy',
  'Dátum',
  'Trimis',
  'Către',
  'Subiect',
  'Gönderildi',
  'Kime',
  'Konu',
  'Tarih',
  'Отправлено',
  'Кому',
  'Тема',
  'Дата',
  'Надіслано',
  'Στάλθηκε',
  'Προς',
  'Θέμα',
  'Ημερομηνία',
  '发送时间',
  '日期',
  '收件人',
  '抄送',
  '主题',
  '寄件日期',
  '收件者',
  '副本',
  '主旨',
  '送信日時',
  '宛先',
  '件名',
  '보낸 날짜',
  '받는 사람',
  '제목',
];
const DATE_LABELS = ['Message du', 'Date', 'Sent', 'Envoyé', 'Datum', 'Gesendet', 'Dato', 'Sendt', 'Fecha', 'Data'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "From: x", "*From:* x", "**From:** x", French "De : x", Chinese "发件人：x".
const label = (labels: readonly string[]) =>
  new RegExp(`^\\*{0,2}(?:${labels.map(escapeRegExp).join('|')})(?:\\s?:\\*{0,2}(?:\\s|$)|\\s?：)`, 'iu');

export const HEADER_FROM = label(FROM_LABELS);
export const HEADER_NEXT = label(NEXT_LABELS);
export const HEADER_DATE = label(DATE_LABELS);

/** "wrote" as quote attributions say it: "On … Jane wrote:", "Am … schrieb Jane:", "… ezt írta:". */
const WROTE = [
  'wrote',
  'writes',
  'a écrit',
  'schrieb',
  'schreef',
  'geschreven',
  'escribió',
  'escreveu',
  'ha scritto',
  'scrisse',
  'skrev',
  'skrev følgende',
  'kirjoitti',
  'napisał',
  'napisała',
  'napisał(a)',
  'napsal',
  'napsala',
  'napsal(a)',
  'írta',
  'a scris',
  'yazdı',
  'написал',
  'написала',
  'написал(а)',
  'написав',
  'написала(а)',
  'έγραψε',
];
// Written without a space before them: "…> 写道：", "…님이 작성:".
const WROTE_UNSPACED = ['写道', '寫道', '작성', 'のメッセージ'];

const WROTE_WORD = `(?:${WROTE.map(escapeRegExp).join('|')})`;
/** A line that ends an attribution: "…wrote:", "…ezt írta (időpont: …):", "… 写道：". */
export const ATTRIBUTION_END = new RegExp(
  `^.{0,200}(?:(?:^|\\s)${WROTE_WORD}|${WROTE_UNSPACED.map(escapeRegExp).join('|')})(?:\\s*\\([^()]{0,80}\\))?\\s*[:：]$`,
  'iu',
);
/** Who, then "wrote", then when: "Jane <jane@example.com> schrieb am Di., 16. Mai 2017 um 10:20:". */
export const ATTRIBUTION_ADDRESS_FIRST = new RegExp(
  `^.{0,120}<[^\\s<>@]+@[^\\s<>]+>\\s+${WROTE_WORD}\\s.{0,80}[:：]$`,
  'iu',
);

/** When, "wrote", then who: Apple Mail's "Am 09.07.2016 um 14:03 schrieb Jane <jane@example.com>:". */
export const ATTRIBUTION_VERB_FIRST = new RegExp(
  `^.{0,200}(?:^|\\s)${WROTE_WORD}\\s.{0,200}<\\S+@\\S+>\\s*[:：]$`,
  'iu',
);

/** Footers a phone or a mail app adds under the message: they say which device wrote it, not who. */
export const DEVICE_FOOTER = new RegExp(
  `^(?:${[
    'sent (?:from|with|via|using) ',
    'sent wirelessly from ',
    'get outlook for ',
    'envoyé (?:de|depuis|sans fil|à partir) ',
    'obtenir outlook pour ',
    'enviado (?:desde|de|do|a partir) ',
    'descargar outlook para ',
    'obter o outlook para ',
    'von meinem .* gesendet',
    'gesendet von ',
    'diese nachricht wurde von meinem .* gesendet',
    'outlook für .* beziehen',
    'inviato da ',
    'scarica outlook per ',
    'verzonden (?:vanaf|met|van) ',
    'outlook voor .* downloaden',
    'skickat från ',
    'hämta outlook för ',
    'sendt fra ',
    'hent outlook til ',
    'lähetetty ',
    'wysłane z ',
    'pobierz outlook dla ',
    'odesláno z ',
    'trimis de pe ',
    'отправлено (?:с|из) ',
    'надіслано з ',
    'εστάλη από ',
    '发自我的',
    '从我的 .*发送',
    '從我的 .*傳送',
    '.*から送信$',
    '.*에서 보냄$',
  ].join('|')})`,
  'iu',
);
