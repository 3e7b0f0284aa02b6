import type { FormValues } from '../../src/templates/form-fields.ts';

/*
 * A visitation plan filled in as a unit would for a case with violence between the parents:
 * Förälder 2 has support from a women's shelter and her contact details and support must never
 * reach Förälder 1's copy. The names are the test names of tests/fixtures/pdf/names.txt.
 */

export const violenceCase: FormValues = {
  situation: 'Vård enligt LVU, 2 § (förhållanden i hemmet)',
  arende: 'ŁĐ 2026-123',
  'planens-datum': '2026-12-01',
  'ersatter-plan': '2026-06-01',
  'barnets-namn': 'Jáhkoš Ođđasaš',
  'barnets-fodelsedatum': '2017-04-12',
  'foralder-1-namn': 'Łukasz Đorđević',
  'foralder-1-vardnadshavare': 'Ja',
  'foralder-1-kontakt': '070-111 11 11',
  'foralder-2-namn': 'Mădălina Ștefănescu Țurcanu',
  'foralder-2-vardnadshavare': 'Ja',
  'foralder-2-kontakt': 'Nås via kvinnojouren, 070-222 22 22',
  'familjehemmets-namn': 'Äijä Härkönen-Ylijärvi',
  'familjehemmets-kontakt': '070-333 33 33',
  'barnets-tankar':
    'Jag vill träffa pappa men inte hemma hos honom. Det är bra när Anna från socialtjänsten är med. Jag vill träffa mamma mer, gärna varje lördag. Jag vill inte att mamma och pappa är på samma ställe.',
  'barnet-hordes-hur': 'Samtal i skolan utan föräldrar eller familjehem, med bilder av veckan.',
  'barnet-hordes-av': 'Şahin Çelik',
  'barnet-hordes-datum': '2026-11-20',
  'barnets-socialsekreterare': 'Şahin Çelik, 08-123 456 00',
  'foralder-1-behandlare': 'Nguyễn Thị Ánh, behandlare på mottagningen för våldsutövare, 08-123 456 10',
  'foralder-2-stodperson': 'Stödperson på kvinnojouren i kommunen',
  'placeringens-inriktning': 'Inriktningen är inte bestämd ännu',
  syftet: 'Att barnet behåller kontakten med båda föräldrarna på ett tryggt sätt, var för sig.',
  'hur-ofta': 'Varannan vecka med varje förälder, aldrig samma dag',
  'hur-lange': 'Två timmar',
  plats: 'Socialtjänstens umgängeslokal',
  'umgangesform-3': true,
  'umgangesform-4': true,
  'stod-vid-umganget': 'Umgängespersonal från socialtjänstens umgängesenhet',
  'telefon-och-bilder': 'Föräldern tar inte bilder av barnet och lägger inte ut något om barnet i sociala medier.',
  'om-foralder-verkar-paverkad': 'Umgängespersonalen avbryter umgänget, och familjehemmet hämtar barnet.',
  avbokning: 'Ring barnets socialsekreterare senast dagen före.',
  'umganget-bestams-av': 'Socialnämndens beslut om umgängesbegränsning enligt LVU',
  'begransning-finns': 'Ja',
  'begransning-grund': 'Båda',
  'begransning-beslutsdatum': '2026-11-25',
  'begransning-hur': 'Umgänget med förälder 1 sker bara med umgängespersonal i rummet.',
  'hemlig-vistelseort': 'Ja',
  skyddsbehov: 'Förälder 2 har skyddade personuppgifter. Barnets vistelseort får inte röjas för förälder 1.',
  bedomning: 'Förälder 1 har utövat våld mot förälder 2. Umgänget med förälder 1 ska vara bevakat.',
  'umgangen-forelder-1-r1-datum': '2026-12-05',
  'umgangen-forelder-1-r1-tid': '10.00–12.00',
  'umgangen-forelder-1-r1-plats': 'Umgängeslokalen',
  'umgangen-forelder-2-r1-datum': '2026-12-12',
  'umgangen-forelder-2-r1-plats': 'Kvinnojourens lokal',
  'uppfoljning-datum': '2027-02-01',
  'uppfoljning-form-2': true,
  'mer-vad-behover-handa': 'Förälder 1 går klart behandlingen och umgängena går lugnt i tre månader.',
  'installning-foralder-1': 'Håller delvis med',
  'installning-foralder-1-hur': 'Samtal på kontoret 2026-11-26',
  'installning-foralder-2': 'Håller med',
  'installning-foralder-2-hur': 'Telefonsamtal 2026-11-27',
  'underskrifter-1-namn': 'Łukasz Đorđević',
  'underskrifter-5-namn': 'Şahin Çelik',
  'utskickslista-r1-till': 'Łukasz Đorđević',
  'utskickslista-r1-exemplar': 'Förälder 1',
  'utskickslista-r1-datum': '2026-12-02',
};

/** What Förälder 1's copy must never show: Förälder 2's contact details and support, and what is kept in the case file. */
export const notForParent1 = ['kvinnojouren', '070-222', '070-333', 'Förälder 2 har skyddade personuppgifter', 'har utövat våld mot förälder 2', 'Kvinnojourens lokal', 'Mădălina'];
