/*
 * "Lämna sidan": one click, or Escape twice within a second and a half, replaces this page with a
 * neutral site. location.replace() takes this page out of the tab's history, so the back button does
 * not bring it back. The link's own address is the same site, so it still leaves without scripts.
 */
import { NEUTRAL_SITE } from './quick-exit-target.ts';

const ESCAPE_WINDOW_MS = 1500;

export function leavePage(location: Pick<Location, 'replace'> = window.location) {
  location.replace(NEUTRAL_SITE);
}

/** True when this Escape press is the second one within the window, given the time of the one before. */
export function isSecondEscape(previous: number | undefined, now: number): boolean {
  return previous !== undefined && now - previous <= ESCAPE_WINDOW_MS;
}

const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (link) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leavePage();
  });
  let previous: number | undefined;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (isSecondEscape(previous, event.timeStamp)) leavePage();
    previous = event.timeStamp;
  });
}
