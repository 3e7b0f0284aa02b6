import type { FormValues } from '../../src/templates/form-fields.ts';

/*
 * A visitation plan filled in as a unit would for a case with violence between the parents: the
 * plan for the father, who has used violence against the mother. The mother, her support and
 * where she lives must never reach his copy; they are in the case file only. The names are the
 * test names of tests/fixtures/pdf/names.txt.
 */

export const violenceCase: FormValues = {
  situation: 'Vård enligt LVU, 2 § (förhållanden i hemmet)',
  arende: 'ŁĐ 2026-123',
  'planens-datum': '2026-12-01',
  'ersatter-plan': '2026-06-01',
  'barnets-namn': 'Jáhkoš Ođđasaš',
  'barnets-fodelsedatum': '2017-04-12',
  'foralder-namn': 'Łukasz Đorđević',
  'barnet-kallar-foraldern': 'pappa',
  'foralder-vardnadshavare': 'Ja',
  'foralder-kontakt': '070-111 11 11',
  'andra-foralderns-namn': 'Mădălina Ștefănescu Țurcanu',
  'andra-foralder-vardnadshavare': 'Ja',
  'familjehemmets-namn': 'Äijä Härkönen-Ylijärvi',
  'familjehemmets-kontakt': '070-333 33 33',
  'varden-paborjad': '2026-05-02',
  'barnets-tankar':
    'Jag vill träffa pappa men inte hemma hos honom. Det är bra när Anna från socialtjänsten är med. Jag vill träffa mamma mer, gärna varje lördag. Jag vill inte att mamma och pappa är på samma ställe.',
  'barnet-hordes-hur': 'Samtal i skolan utan föräldrar eller familjehem, med bilder av veckan.',
  'barnet-hordes-av': 'Şahin Çelik',
  'barnet-hordes-datum': '2026-11-20',
  'barnets-ord-i-traffplanen': 'Jag vill spela fotboll.',
  'barnets-socialsekreterare': 'Şahin Çelik, 08-123 456 00',
  'foralderns-behandlare': 'Nguyễn Thị Ánh, behandlare på mottagningen för våldsutövare, 08-123 456 10',
  'placeringens-inriktning': 'Inriktningen är inte bestämd ännu',
  syftet: 'Att barnet behåller kontakten med sin pappa på ett tryggt sätt.',
  'hur-ofta': 'Varannan vecka, aldrig samma dag som barnet träffar mamma',
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
  'begransning-hur': 'Umgänget sker bara med umgängespersonal i rummet.',
  'hemlig-vistelseort': 'Ja',
  skyddsbehov: 'Mamman har skyddade personuppgifter. Barnets vistelseort får inte röjas för pappan.',
  bedomning: 'Pappan har utövat våld mot mamman. Umgänget ska vara bevakat.',
  'familjehemmet-far-inte-beratta': 'Var barnet går i skolan, och när barnet träffar mamma.',
  'planerade-umgangen-r1-datum': '2026-12-05',
  'planerade-umgangen-r1-tid': '10.00–12.00',
  'planerade-umgangen-r1-plats': 'Umgängeslokalen',
  'andra-foraldern-far-inte-veta': 'Nej',
  'uppfoljning-datum': '2027-02-01',
  'uppfoljning-form-2': true,
  'mer-vad-behover-handa': 'Pappan går klart behandlingen och umgängena går lugnt i tre månader.',
  'installning-foraldern': 'Håller delvis med',
  'installning-foraldern-hur': 'Samtal på kontoret 2026-11-26',
  'installning-andra-foraldern': 'Håller med',
  'installning-andra-foraldern-hur': 'Telefonsamtal 2026-11-27',
  'underskrift-foraldern-1-namn': 'Łukasz Đorđević',
  'underskrifter-1-namn': 'Şahin Çelik',
  'utskickslista-r1-till': 'Łukasz Đorđević',
  'utskickslista-r1-exemplar': 'Föräldern',
  'utskickslista-r1-datum': '2026-12-02',
};

/** What the father's copy must never show: the mother, the foster home's contact, and what is kept in the case file. */
export const notForParent = [
  'Mădălina',
  '070-333',
  'Mamman har skyddade personuppgifter',
  'har utövat våld mot mamman',
  'när barnet träffar mamma',
  'Jag vill träffa mamma mer',
  'Anna från socialtjänsten',
];
