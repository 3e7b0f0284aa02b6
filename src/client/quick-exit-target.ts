/** Where "Lämna sidan" goes: a neutral Swedish site (the weather), nothing that says what was read before. */
export const NEUTRAL_SITE = 'https://www.smhi.se/';
