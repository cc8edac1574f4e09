import { describe, expect, it } from 'vitest';
import { readSignature } from '../../../lib/extract/signature/read-signature';
import { findSignatureBlock } from '../../../lib/extract/signature/signature-block';

describe('findSignatureBlock', () => {
  it.each([
    [
      'after a sign-off',
      'Hi Sam,\n\nSee you Tuesday.\n\nBest regards,\nJane Doe\nAcme Corp',
      ['Jane Doe', 'Acme Corp'],
    ],
    ['after "--"', 'Numbers attached.\n-- \nJane Doe\n+1 415 555 0134', ['Jane Doe', '+1 415 555 0134']],
    ['a name on the sign-off line', 'Works for me.\n\nThanks, Jane', ['Jane']],
    [
      'the last short lines when nobody signs off',
      'The contract is attached, please sign page four and send it back to me today.\n\nJane Doe\nHead of Legal\nAcme Corp',
      ['Jane Doe', 'Head of Legal', 'Acme Corp'],
    ],
  ])('finds the block %s', (_case, text, lines) => {
    expect(findSignatureBlock(text)?.lines).toEqual(lines);
  });

  it('leaves out "Sent from my iPhone" and the legal footer under the signature', () => {
    const text =
      'Confirmed.\n\nCheers,\nJane Doe\nVP Sales, Acme Corp\n\nSent from my iPhone\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient.';
    expect(findSignatureBlock(text)?.lines).toEqual(['Jane Doe', 'VP Sales, Acme Corp']);
  });

  it('never takes the quoted message’s signature for the writer’s', () => {
    const text =
      'Sounds good, talk Monday.\n\nOn Mon, 3 Mar 2025 at 10:02, Jane Doe <jane@acme.example> wrote:\n> Can we meet?\n>\n> Best regards,\n> Jane Doe\n> CFO, Acme Corp\n> +1 415 555 0134';
    expect(readSignature(text, { name: 'Sam Lee', email: 'sam@globex.example' })).toBeUndefined();
    const forwarded =
      'FYI, see below.\n\nPaul\n\n---------- Forwarded message ---------\nFrom: Jane Doe <jane@acme.example>\n\nRegards,\nJane Doe\nCFO, Acme Corp';
    expect(readSignature(forwarded, { name: 'Paul Martin' })?.name).toBe('Paul');
  });
});

describe('readSignature', () => {
  it('splits "Name | Title | Company" on one line', () => {
    const person = readSignature(
      'Deal.\n\n--\nTomás Ruiz | Account Executive | Northwind Traders\ntomas@northwind.example',
    );
    expect(person).toMatchObject({ name: 'Tomás Ruiz', title: 'Account Executive', company: 'Northwind Traders' });
    expect(person?.emails).toEqual(['tomas@northwind.example']);
  });

  it('keeps each phone’s label, the address, the website and the LinkedIn profile', () => {
    const person = readSignature(
      [
        'Let me know.',
        '',
        'Kind regards,',
        'Dr. Kwame Mensah, MBA',
        'Director of Procurement',
        'Globex Ltd',
        '120 Market Street, Suite 400',
        'San Francisco, CA 94105',
        'T: +1 (415) 555-0100 | M: +1 (415) 555-0199',
        'Fax: +1 (415) 555-0111',
        'www.globex.example | linkedin.com/in/kwamemensah',
      ].join('\n'),
    );
    expect(person).toMatchObject({
      name: 'Kwame Mensah',
      title: 'Director of Procurement',
      company: 'Globex Ltd',
      address: '120 Market Street, Suite 400, San Francisco, CA 94105',
      website: 'https://www.globex.example',
      social: ['https://www.linkedin.com/in/kwamemensah/'],
    });
    expect(person?.phones).toEqual([
      { number: '+1 (415) 555-0100', label: 'work' },
      { number: '+1 (415) 555-0199', label: 'mobile' },
      { number: '+1 (415) 555-0111', label: 'fax' },
    ]);
  });

  it('reads a lower-case name when the sender’s header names them', () => {
    const person = readSignature(
      'Call me.\n\nBest Regards,\nchianfong cuthbert, Account Manager\nReynolds Associates, LLC',
      {
        name: 'chianfong cuthbert',
      },
    );
    expect(person).toMatchObject({
      name: 'chianfong cuthbert',
      title: 'Account Manager',
      company: 'Reynolds Associates, LLC',
    });
  });

  it('keeps a company whose letters could spell phone labels, and reads a name written twice once', () => {
    expect(readSignature('See you there.\n--\nOla Berg\nSenior Engineer\nTech Corp\n+47 22 55 01 23')).toMatchObject({
      name: 'Ola Berg',
      title: 'Senior Engineer',
      company: 'Tech Corp',
    });
    expect(readSignature('Talk soon.\n\nBest,\nOla Berg\n\nOla Berg | Head of Data | Fjord Analytics')).toMatchObject({
      name: 'Ola Berg',
      title: 'Head of Data',
      company: 'Fjord Analytics',
    });
  });

  it('finds nobody in a message without a signature', () => {
    expect(readSignature('Hello\n\nSent from my iPhone')).toBeUndefined();
    expect(readSignature('')).toBeUndefined();
  });

  it('cuts an attribution a mail client wrapped over lines, in English or another language', () => {
    const wrapped =
      'Works for me.\n\nJane Doe\n\nOn Nov 30, 2011, at 12:47 PM, Bob Stone <\nbob@globex.example>\nwrote:\n\nBob Stone has posted a message';
    expect(readSignature(wrapped)).toMatchObject({ name: 'Jane Doe', emails: [] });
    const russian = 'Привет\n02.04.2012 14:20 пользователь "Bob" <\nbob@globex.example> написал:\n\n> Hi\n>\n';
    expect(readSignature(russian)).toBeUndefined();
    // A line of the writer's own above a one-line attribution stays theirs.
    const above = 'Call me.\n\nJane Doe\n+1 415 555 0134\nOn Monday, Bob Stone <bob@globex.example> wrote:\n> Hi';
    expect(readSignature(above)?.phones.map((p) => p.number)).toEqual(['+1 415 555 0134']);
  });

  it('reads no signature in running text at the end of a message, and no name in a closing sentence', () => {
    expect(
      readSignature('Blah\n\nBob,\nIf there are more than\nthree lines of text\nIt is not a signature'),
    ).toBeUndefined();
    expect(readSignature('Thanks for the reply.\n\nLooking forward to your reply.')).toBeUndefined();
  });

  it('drops "via mobile" and reads a dash sign-off’s name in lower case', () => {
    expect(readSignature('Sounds good.\n\nJane Doe\nvia mobile')).toMatchObject({ name: 'Jane Doe', title: '' });
    expect(readSignature('Hey!\n-roman')).toMatchObject({ name: 'roman', title: '' });
  });

  it('reads "Job Department, Employer" as the title and the company', () => {
    const person = readSignature('See you then.\n\nJane Doe\nVP Research and Development, Initech\n555-226-2345');
    expect(person).toMatchObject({ name: 'Jane Doe', title: 'VP Research and Development', company: 'Initech' });
  });

  it('starts an unsigned-off signature at the last run of lines that opens with a name', () => {
    const person = readSignature(
      'Response\n\nMonday 9:30 am for the visit\nMain office\n1517 4th Avenue Ste 300\nLondon CA 19129, 555-421-6780\n\nJane Doe, FCLS\nGlobex Inc\n555-941-0697',
    );
    expect(person).toMatchObject({ name: 'Jane Doe', title: '', company: 'Globex Inc', address: '' });
    expect(person?.phones.map((p) => p.number)).toEqual(['555-941-0697']);
  });

  it('takes the name a writer introduces themself with when the signature gives none', () => {
    const text = 'This is Jane Doe\n\nTuesday at 3pm suits.\n\nHead of Sales, Initech\n\n555-226-2345';
    expect(readSignature(text, { email: 'jane@initech.example' })).toMatchObject({
      name: 'Jane Doe',
      title: 'Head of Sales',
      company: 'Initech',
    });
  });

  it('cuts quote headers written without "wrote:", in bold, or with a French colon', () => {
    const sig = 'Best,\nSam Lee';
    for (const header of [
      '---- On Tue, 4 Mar 2025 09:12:00 +0100 jane@acme.example wrote ----',
      '2025-03-04 09:12 GMT+01:00 Jane Doe <jane@acme.example>:',
      '04.03.2025, 09.12, "Jane Doe" <jane@acme.example>:',
      '**From:** Jane Doe <jane@acme.example>\n**Sent:** 4 March 2025 09:12\n**To:** Sam Lee',
      '====\n\nMessage du : 04/03/2025 09:12\nDe : "Jane Doe" <jane@acme.example>\nA : sam@globex.example\nSujet : Devis',
    ]) {
      const text = `Works for us.\n\n${sig}\n\n${header}\n\nRegards,\nJane Doe\nCFO, Acme Corp\n+1 415 555 0134`;
      expect(readSignature(text), header).toMatchObject({ name: 'Sam Lee', title: '', company: '', phones: [] });
    }
  });

  it('leaves out a mailing list’s footer and a company’s registered-office notice', () => {
    const list = 'How do I clear a bucket?\n\n-Sam Lee\n\n__\nacme-users mailing list\nacme-users@lists.acme.example';
    expect(readSignature(list)).toMatchObject({ name: 'Sam Lee', company: '', emails: [] });
    const legal =
      'Confirmed.\n\nYours sincerely\n\nSam Lee\n0345 555 0134\nGlobex\n\n---\n\nUnless otherwise stated:\nGlobex plc\nRegistered Office:\n1 Main Road\nLondon';
    expect(readSignature(legal)).toMatchObject({ name: 'Sam Lee', company: 'Globex', address: '' });
  });

  it('reads a signature written in markdown: bold lines, an image above it', () => {
    const text =
      'Confirmed.\n\nKind regards,\n\n![A handwritten signature\n\nDescription generated](https://cdn.example/sig.png)\n\n**Sam Lee**\n\nHR Administrator\n\n**Globex Partnership**';
    expect(readSignature(text)).toMatchObject({
      name: 'Sam Lee',
      title: 'HR Administrator',
      company: 'Globex Partnership',
    });
  });

  it('reads neither a team as the title nor a mark standing apart as part of the company', () => {
    expect(readSignature('Done.\n\nRegards,\nSam Lee\nThe Referencing Team\nGlobex')).toMatchObject({
      name: 'Sam Lee',
      title: '',
      company: 'Globex',
    });
    expect(readSignature('Can you help?\n\nRegards,\n\nSam Lee\nCTO @ Globex !')).toMatchObject({
      title: 'CTO',
      company: 'Globex',
    });
  });

  it('takes the name a signature gives in a sentence, a first name too', () => {
    expect(readSignature('Any news?\n\n--\nMy name is Roman')).toMatchObject({ name: 'Roman', company: '' });
    expect(readSignature('Any news?\n\n--\nI am Sure')).toBeUndefined();
  });
});

// Invented messages in the languages of the sign-off lexicon (lib/extract/signature/sign-offs.ts).
describe('readSignature in other languages', () => {
  it('reads a Norwegian "Mvh" signature: the name, the job compound and the company under it', () => {
    const text =
      'Hei Per,\n\nTakk for møtet i går. Jeg sender tilbudet i morgen.\n\nMvh\nKari Nordmann\nSalgssjef\nNordlys AS\n+47 912 34 567';
    const person = readSignature(text);
    expect(person).toMatchObject({ name: 'Kari Nordmann', title: 'Salgssjef', company: 'Nordlys AS' });
    expect(person?.phones.map((p) => p.number)).toEqual(['+47 912 34 567']);
  });

  it.each([
    ['MfG', 'Max Mustermann'],
    ['Cdlt,', 'Jean Dupont'],
    ['Bien à vous,', 'Claire Martin'],
    ['Atte.', 'Juan Pérez'],
    ['Abraços,', 'João Silva'],
    ['Atenciosamente,', 'Ana Costa'],
    ['Cordiali saluti', 'Mario Rossi'],
    ['Met vriendelijke groet,', 'Sanne de Vries'],
    ['Med vänliga hälsningar', 'Anna Svensson'],
    ['Kh', 'Mette'],
    ['Ystävällisin terveisin', 'Matti Virtanen'],
    ['Pozdr.', 'Jan Nowak'],
    ['S pozdravem', 'Petr Novák'],
    ['Üdv,', 'Kovács Péter'],
    ['Udvozlettel,', 'Kovács Péter'],
    ['Cu stimă,', 'Andrei Popescu'],
    ['Saygılarımla,', 'Ayşe Yılmaz'],
    ['С уважением,', 'Иван Петров'],
    ['З повагою,', 'Олена Коваленко'],
    ['Με εκτίμηση,', 'Γιώργος Παπαδόπουλος'],
  ])('takes "%s" for the sign-off and the line under it for the name', (signOff, name) => {
    const text = `Hallo,\n\nDas Angebot liegt im Anhang, bitte prüfen Sie die Preise.\n\n${signOff}\n${name}`;
    expect(readSignature(text)).toMatchObject({ name, title: '', company: '' });
  });

  it('reads the name after a sign-off on the same line, after a dash, and after a slash', () => {
    expect(readSignature('Passt gut so.\n\nLG, Anna')?.name).toBe('Anna');
    expect(readSignature('Det passer fint for meg.\n\nMvh, Ola')?.name).toBe('Ola');
    expect(readSignature('Klingt gut, machen wir so.\n\nGrüße - Paul')?.name).toBe('Paul');
    expect(readSignature('I can do Thursday instead.\n\n/Maria')?.name).toBe('Maria');
  });

  it('does not take a thank-you opening the message for its sign-off', () => {
    expect(readSignature('Merci, Paul\n\nÇa me va très bien.\n\nClaire')?.name).toBe('Claire');
  });

  it('reads an unsigned one-line answer under a greeting as no signature', () => {
    expect(
      readSignature('Hej,\n\nKlart.\n\nDen 3. mar. 2025 kl. 10.02 skrev Jens <jens@example.dk>:\n> Hej'),
    ).toBeUndefined();
  });

  it.each([
    [
      'a Danish Outlook separator',
      '-----Oprindelig meddelelse-----\nFra: Jens Hansen\nSendt: 3. marts 2025 10:02\nTil: Mette\nEmne: Møde\n\nHej\n\nMvh\nJens Hansen\nDirektør\nHansen ApS',
    ],
    [
      'a Polish Outlook separator',
      '-----Wiadomość oryginalna-----\nOd: Anna Nowak\nWysłano: 3 marca 2025\nDo: Jan\nTemat: Umowa\n\nPozdrawiam\nAnna Nowak\nKierownik działu',
    ],
    [
      'a Chinese reply header',
      '发件人： 王伟 <wei@example.cn>\n发送时间： 2025年3月3日 10:02\n收件人： 李明\n主题： 报价\n\n请查收报价。\n\n王伟\n销售经理',
    ],
    [
      'a French attribution',
      'Le lun. 3 mars 2025 à 10:02, Jean Dupont <jean@example.fr> a écrit :\n\nBonjour,\nCordialement,\nJean Dupont\nDirecteur',
    ],
    [
      'a Spanish attribution',
      'El lun, 3 mar 2025 a las 10:02, Juan Pérez (<juan@example.es>) escribió:\n\nHola\nSaludos\nJuan Pérez\nGerente',
    ],
    [
      'a Hungarian attribution with its time in brackets',
      'Kovács Péter <peter@example.hu> ezt írta (időpont: 2025. márc. 3., H 10:02):\n\nSzia,\nÜdvözlettel,\nKovács Péter\nÜgyvezető',
    ],
    [
      "Apple Mail's German attribution",
      'Am 03.03.2025 um 10:02 schrieb Max Mustermann <max@example.de>:\n\nHallo,\nMfG\nMax Mustermann\nGeschäftsführer',
    ],
    [
      "Gmail's German attribution, sender first",
      'Max Mustermann <max@example.de> schrieb am Mo., 3. März 2025, 10:02:\n\nHallo,\nMfG\nMax Mustermann\nGeschäftsführer',
    ],
    [
      'a Chinese attribution',
      '王伟 <wei@example.cn> 于 2025年3月3日 周一 10:02 写道：\n\n请查收报价。\n\n王伟\n销售经理',
    ],
  ])('cuts the quoted message under %s, and reads the writer’s name above it', (_case, quoted) => {
    expect(readSignature(`Tak, det er fint.\n\nMette\n\n${quoted}`)).toMatchObject({
      name: 'Mette',
      title: '',
      company: '',
      emails: [],
    });
  });

  it('reads on below the message’s own header block at its top', () => {
    const text =
      'Från: Erik Lund <erik@example.se>\nSkickat: den 3 mars 2025 10:02\nTill: Anna <anna@example.se>\nÄmne: Möte\n\nHej Anna,\n\nDet passar bra på torsdag.\n\nHälsningar\nErik';
    expect(readSignature(text)).toMatchObject({ name: 'Erik', emails: [] });
  });

  it('reads no street, postcode, country or social handle as the company', () => {
    const person = readSignature('Takk!\n\nMvh\nOla Hansen\nStorgata 12\n0155 Oslo\nNorway\nTwitter: @olahansen');
    expect(person).toMatchObject({ name: 'Ola Hansen', company: '', address: 'Storgata 12, 0155 Oslo, Norway' });
    expect(person?.social).toEqual(['https://x.com/olahansen']);
    expect(
      readSignature(
        'Danke!\n\nViele Grüße\nDipl.-Ing. Klaus Weber\nProjektleiter\nWeber Bau GmbH\nHauptstraße 5\nD-80331 München',
      ),
    ).toMatchObject({
      name: 'Klaus Weber',
      title: 'Projektleiter',
      company: 'Weber Bau GmbH',
      address: 'Hauptstraße 5, D-80331 München',
    });
  });

  it('reads a body still in quoted-printable: its "--=20" delimiter and an attribution cut by a soft break', () => {
    const text =
      'Takk!\n\n--=20\nOla Hansen\nSalgssjef\n\nOn Mon, 3 Mar 2025 at 10:02, Jane Doe <jane@acme.example> w=\nrote:\n\nCan we meet?\nJane Doe\nCFO, Acme Corp';
    expect(readSignature(text)).toMatchObject({ name: 'Ola Hansen', title: 'Salgssjef', emails: [] });
  });

  it('leaves out device footers written in other languages', () => {
    expect(
      readSignature(
        'Vielen Dank für die schnelle Antwort, das hilft mir sehr.\n\nBeste Grüße\nJonas\n\nVon meinem iPhone gesendet',
      ),
    ).toMatchObject({ name: 'Jonas', company: '' });
    expect(readSignature('Ok\n\nEnviado desde mi iPhone')).toBeUndefined();
  });

  it('reads Chinese, Japanese and Korean signatures under a sign-off or a rule', () => {
    expect(
      readSignature('王总：\n\n报价单已附上，请查收。\n\n此致\n敬礼\n\n李明\n销售经理\n华北科技有限公司'),
    ).toMatchObject({
      name: '李明',
      title: '销售经理',
      company: '华北科技有限公司',
    });
    expect(readSignature('資料を送付いたします。\n\nよろしくお願いいたします。\n\n山田 太郎\n営業部長')).toMatchObject({
      name: '山田 太郎',
      title: '営業部長',
    });
    expect(readSignature('자료 보내드립니다.\n\n감사합니다.\n\n김민수\n영업팀장')).toMatchObject({
      name: '김민수',
      title: '영업팀장',
    });
    expect(readSignature('周五可以。\n\n——————————\n\n陈静\n项目经理')).toMatchObject({
      name: '陈静',
      title: '项目经理',
    });
    // Unsigned: a sentence in Chinese is the message, not a title.
    expect(readSignature('李经理：\n我这边没有问题，按计划进行。')).toBeUndefined();
  });

  it('reads the role written after the name on the same line', () => {
    expect(
      readSignature('See you then.\n\nBest,\nJane Doe\n\nJane Doe Strategy & Partnerships\n+1 415 555 0134'),
    ).toMatchObject({ name: 'Jane Doe', title: 'Strategy & Partnerships', company: '' });
  });
});
