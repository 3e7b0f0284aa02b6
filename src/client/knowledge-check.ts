/*
 * The knowledge checks and practice cases (KnowledgeCheck.astro, PracticeCase.astro). Without this
 * script every answer is readable in a <details>. With it, the reader picks an option, presses the
 * button and hears the explanation in a live region, and can try again. Nothing is stored or sent:
 * the answers live only in the page's form controls.
 */

import { judge, verdictText } from './choice-verdict.ts';

function enhance(step: HTMLElement) {
  const kind = step.dataset.kind === 'case' ? 'case' : 'question';
  const inputs = [...step.querySelectorAll<HTMLInputElement>(':scope > fieldset input')];
  const correct = inputs.filter((input) => input.dataset.correct === 'true').map((input) => input.value);
  const multiple = inputs.some((input) => input.type === 'checkbox');
  const answers = step.querySelector<HTMLElement>(':scope > [data-answers]');
  const controls = step.querySelector<HTMLElement>(':scope > [data-controls]');
  const show = controls?.querySelector<HTMLButtonElement>('[data-show]');
  const retry = controls?.querySelector<HTMLButtonElement>('[data-retry]');
  const feedback = step.querySelector<HTMLElement>(':scope > [data-feedback]');
  const next = step.querySelector<HTMLElement>(':scope > [data-next]');
  if (!answers || !controls || !show || !retry || !feedback) return;

  // A practice case's second level moves out of the answers, to be shown after the choice it follows.
  const followUps = new Map<string, HTMLElement>();
  for (const followUp of answers.querySelectorAll<HTMLElement>('[data-follow-up]')) {
    if (followUp.closest('[data-answers]') !== answers) continue;
    followUp.hidden = true;
    followUps.set(followUp.dataset.followUp!, followUp);
    next?.append(followUp);
  }

  answers.hidden = true;
  controls.hidden = false;

  show.addEventListener('click', () => {
    const chosen = inputs.filter((input) => input.checked).map((input) => input.value);
    const verdict = judge(chosen, correct);
    const parts: Node[] = [];
    const text = verdictText(verdict, kind, multiple);
    if (text) {
      const paragraph = document.createElement('p');
      paragraph.className = `choice-verdict choice-verdict-${verdict}`;
      paragraph.textContent = text;
      parts.push(paragraph);
    }
    if (verdict !== 'none') {
      // The explanation of each chosen option, then of each right one that was not chosen.
      const shown = kind === 'case' ? chosen : [...chosen, ...correct.filter((value) => !chosen.includes(value))];
      for (const value of shown) {
        const explanation = answers.querySelector<HTMLElement>(`[data-explains="${CSS.escape(value)}"]`);
        if (!explanation) continue;
        const copy = explanation.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-follow-up]').forEach((element) => element.remove());
        copy.removeAttribute('data-explains');
        parts.push(copy);
      }
      const readMore = answers.querySelector(':scope > [data-read-more]');
      if (readMore) parts.push(readMore.cloneNode(true));
      retry.hidden = false;
    }
    feedback.replaceChildren(...parts);
    for (const [value, followUp] of followUps) followUp.hidden = !chosen.includes(value);
  });

  retry.addEventListener('click', () => {
    for (const input of inputs) input.checked = false;
    feedback.replaceChildren();
    retry.hidden = true;
    for (const followUp of followUps.values()) followUp.hidden = true;
    inputs[0]?.focus();
  });
}

// Inner steps first, so that each moves with its own listeners when the outer step moves it.
const steps = [...document.querySelectorAll<HTMLElement>('[data-choice-step]')].reverse();
for (const step of steps) enhance(step);
