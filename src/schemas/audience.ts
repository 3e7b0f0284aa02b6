import { z } from 'astro/zod';

/** The user groups a page is written for. Values are shown in Swedish on the site. */
export const audiences = {
  socialsekreterare: 'Socialsekreterare',
  kommun: 'Kommun och verksamhetsledning',
  utbildare: 'Utbildare',
  foralder: 'Förälder',
  familjehem: 'Familjehem',
  barn: 'Barn 7–12 år',
  unga: 'Unga 13–17 år',
} as const;

export type Audience = keyof typeof audiences;

export const audienceSchema = z
  .array(z.enum(Object.keys(audiences) as [Audience, ...Audience[]]))
  .min(1, { message: 'audience måste ange minst en målgrupp' });
