import type { ChildPlan, ParentPlan } from '../../src/plan/summary-types.ts';

/*
 * Filled plans for the summary tests: fictitious people (the handbook's Maria and Leo), and
 * telephone numbers from the series PTS sets aside for fiction (08-465 004 00–99, 070-174 06 05–99).
 */

export const realisticParentPlan: ParentPlan = {
  forWhom: 'Förälder 1',
  childName: 'Leo',
  parentName: 'Maria Andersson',
  planDate: '2026-12-01',
  visits: [
    { date: '2026-12-12', time: '10.00–12.00', place: 'Familjecentralen Solrosen', staff: 'Sara Ek' },
    { date: '2026-12-26', time: '10.00–12.00', place: 'Familjecentralen Solrosen', staff: 'Sara Ek' },
    { date: '2027-01-09', time: '10.00–12.00' },
  ],
  frequency: 'Varannan lördag',
  duration: 'Två timmar',
  place: 'Familjecentralen Solrosen, Storgatan 4',
  forms: ['Stöttat umgänge', 'Telefon'],
  staff: 'Sara Ek, umgängesstödjare',
  others: 'Leos mormor är med den sista halvtimmen.',
  contacts: [
    { role: 'Barnets socialsekreterare', text: 'Anna Berg, 08-465 004 10' },
    { role: 'Din socialsekreterare', text: 'Omar Said, 08-465 004 11' },
  ],
  outOfHours: 'Socialjouren, 08-465 004 90',
  ifLate: 'Ring Sara Ek. Vi väntar i 20 minuter.',
  ifNotComing: 'Leo får veta det av familjehemmet. Ni får en ny tid.',
  cancel: 'Ring Anna Berg senast dagen före.',
  ifUnwell: 'Vi flyttar träffen. Ring så fort du kan.',
  more: {
    needs: 'Att träffarna blir av som planerat under tre månader.',
    howWeSee: 'Sara Ek och du pratar efter varje träff.',
    nextStep: 'Träffar utan personal i en timme.',
    when: 'Vi pratar om det på uppföljningen i mars.',
  },
  deadlines: [{ title: 'Uppföljning av planen', date: '2027-03-01' }],
};

export const realisticChildPlan = (ageBand: ChildPlan['ageBand']): ChildPlan => ({
  ageBand,
  childName: 'Leo',
  parentName: 'mamma Maria',
  planDate: '2026-12-01',
  visits: [
    { date: '2026-12-12', time: '10–12', place: 'Familjecentralen Solrosen' },
    { date: '2026-12-26', time: '10–12' },
    { date: '2027-01-09', time: '10–12' },
  ],
  frequency: 'Varannan lördag',
  place: 'Familjecentralen Solrosen. Där finns ett lekrum.',
  forms: ['Träff med en vuxen från kommunen', 'Telefon'],
  withMe: 'Sara från kommunen är med hela tiden.',
  talkTo: 'Lena och Per i familjehemmet, och Anna som är din socialsekreterare.',
  ifCancelled: 'Lena berättar det så fort hon vet. Ni får en ny tid.',
  between: 'Du och mamma pratar i telefon på onsdagar klockan 18.',
  myWords: 'Jag vill spela spel med mamma. Jag vill inte att det blir för långt.',
});
