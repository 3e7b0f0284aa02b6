/**
 * The figures a unit manager fills in for the staffing and cost estimate. A default is the method's
 * own time demand and says where it comes from; a figure only the municipality knows has none.
 */
export type CostFieldId =
  | 'visitsPerMonth'
  | 'visitMinutes'
  | 'preparationMinutes'
  | 'followUpMinutes'
  | 'travelMinutes'
  | 'riskSharePercent'
  | 'callMinutes'
  | 'weekendCallPercent'
  | 'weekendSurchargePercent'
  | 'roomCostPerMonth'
  | 'hourlyCost'
  | 'annualHoursPerPost';

export interface CostField {
  id: CostFieldId;
  label: string;
  /** The figure as named inside a sentence, for messages: "antalet umgängen per månad". */
  name: string;
  unit: 'st' | 'min' | 'procent' | 'kr' | 'kr/tim' | 'tim';
  /** Must be filled in; an optional field left empty counts as 0, or (annualHoursPerPost) leaves its result out. */
  required: boolean;
  /** Must be more than 0, not only 0 or more. */
  positive?: boolean;
  /** Cannot be more than this, for shares in percent. */
  max?: number;
  default?: number;
  help: string;
  /** Why the default is what it is, with the page that says so. */
  defaultReason?: string;
}

export const COST_FIELDS: readonly CostField[] = [
  {
    id: 'visitsPerMonth',
    label: 'Umgängen per månad',
    name: 'antalet umgängen per månad',
    unit: 'st',
    required: true,
    positive: true,
    help: 'Alla umgängen som enheten ordnar under en vanlig månad, för alla barn tillsammans.',
  },
  {
    id: 'visitMinutes',
    label: 'Umgängets längd',
    name: 'umgängets längd',
    unit: 'min',
    required: true,
    positive: true,
    help: 'Hur länge personalen är med under själva träffen.',
  },
  {
    id: 'preparationMinutes',
    label: 'Förberedelse före umgänget',
    name: 'tiden för förberedelse',
    unit: 'min',
    required: true,
    help: 'Tiden på plats före träffen, till exempel när personalen möter föräldern innan barnet kommer. Handboken anger ingen siffra: skriv er egen.',
  },
  {
    id: 'followUpMinutes',
    label: 'Tid efter umgänget',
    name: 'tiden efter umgänget',
    unit: 'min',
    required: true,
    default: 30,
    help: 'Samtal med föräldern efter träffen och anteckningar.',
    defaultReason: 'Handboken säger att personalen ska ha tid efter träffen, minst en halvtimme (Efter umgänget).',
  },
  {
    id: 'travelMinutes',
    label: 'Restid per personal',
    name: 'restiden',
    unit: 'min',
    required: false,
    help: 'Resa till och från platsen för träffen, fram och tillbaka. Tomt räknas som 0.',
  },
  {
    id: 'riskSharePercent',
    label: 'Andel umgängen med två personal',
    name: 'andelen umgängen med två personal',
    unit: 'procent',
    required: false,
    max: 100,
    help: 'Vid hot, tidigare våld eller bevakat umgänge med en förälder som har utövat våld ska två personal vara med. Andelen är er egen. Tomt räknas som 0.',
  },
  {
    id: 'callMinutes',
    label: 'Samtal före umgänget',
    name: 'tiden för samtalet före umgänget',
    unit: 'min',
    required: true,
    default: 15,
    help: 'Samtalet då föräldern bekräftar tiden dagen före. En personal ringer.',
    defaultReason: 'I kContact var varje samtal före och efter en träff tänkt att ta högst 15 minuter (Vad forskningen visar).',
  },
  {
    id: 'weekendCallPercent',
    label: 'Andel samtal på helgen',
    name: 'andelen samtal på helgen',
    unit: 'procent',
    required: false,
    max: 100,
    help: 'Är träffen på en söndag eller måndag blir samtalet dagen före ofta på en helg. Tomt räknas som 0.',
  },
  {
    id: 'weekendSurchargePercent',
    label: 'Tillägg för arbete på helgen',
    name: 'tillägget för arbete på helgen',
    unit: 'procent',
    required: false,
    help: 'Hur mycket dyrare en timme på helgen är än en vanlig timme, enligt ert avtal. Tomt räknas som 0.',
  },
  {
    id: 'roomCostPerMonth',
    label: 'Lokal per månad',
    name: 'kostnaden för lokalen',
    unit: 'kr',
    required: false,
    help: 'Hyra och drift för en hemlik lokal, till exempel en vanlig lägenhet. Tomt räknas som 0.',
  },
  {
    id: 'hourlyCost',
    label: 'Kostnad per personaltimme',
    name: 'kostnaden per personaltimme',
    unit: 'kr/tim',
    required: true,
    positive: true,
    help: 'Lön med sociala avgifter per timme, eller vad föreningen tar per timme. Skriv er egen siffra.',
  },
  {
    id: 'annualHoursPerPost',
    label: 'Arbetstid per heltid och år',
    name: 'arbetstiden per heltid och år',
    unit: 'tim',
    required: false,
    positive: true,
    help: 'Hur många timmar en heltidsanställd arbetar med umgängen på ett år hos er. Tomt: sidan räknar inte ut antalet tjänster.',
  },
];

export type CostInputs = Record<Exclude<CostFieldId, 'annualHoursPerPost'>, number> & { annualHoursPerPost?: number };
