/*
 * The cost estimate's form in the browser: recalculates on every change and writes the result, or what
 * to correct, into a live region. Nothing is stored or sent: the figures live only in the form.
 */
import { COST_FIELDS, type CostFieldId } from './cost-fields.ts';
import { estimateCost, validateCostInputs } from './cost-estimate.ts';
import { resultLines } from './cost-format.ts';

function readForm(form: HTMLFormElement): Partial<Record<CostFieldId, string>> {
  const data = new FormData(form);
  return Object.fromEntries(COST_FIELDS.map((field) => [field.id, String(data.get(field.id) ?? '')]));
}

function showErrors(form: HTMLFormElement, messages: Map<CostFieldId, string>) {
  for (const field of COST_FIELDS) {
    const input = form.elements.namedItem(field.id) as HTMLInputElement;
    const error = form.querySelector<HTMLElement>(`[data-error-for="${field.id}"]`)!;
    const message = messages.get(field.id);
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

function render(form: HTMLFormElement, output: HTMLElement) {
  const raw = readForm(form);
  const result = validateCostInputs(raw);
  // A field not yet touched gets no red message; the summary still says what is missing.
  const touched = new Set(COST_FIELDS.filter((field) => form.querySelector(`[name="${field.id}"][data-touched]`)).map((field) => field.id));
  if (!result.ok) {
    showErrors(form, new Map(result.errors.filter((error) => touched.has(error.field)).map((error) => [error.field, error.message])));
    const list = document.createElement('ul');
    for (const error of result.errors) {
      const item = document.createElement('li');
      item.textContent = error.message;
      list.append(item);
    }
    const intro = document.createElement('p');
    intro.textContent = 'Resultatet visas när alla siffror är rätt ifyllda:';
    output.replaceChildren(intro, list);
    output.dataset.state = 'incomplete';
    return;
  }
  showErrors(form, new Map());
  const table = document.createElement('dl');
  table.className = 'cost-result-list';
  for (const line of resultLines(estimateCost(result.inputs))) {
    const term = document.createElement('dt');
    term.textContent = line.label;
    const value = document.createElement('dd');
    value.textContent = line.value;
    value.dataset.result = line.id;
    table.append(term, value);
  }
  output.replaceChildren(table);
  output.dataset.state = 'done';
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-cost-estimate]')) {
  const output = form.querySelector<HTMLElement>('[data-cost-results]')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => render(form, output));
  form.addEventListener('focusout', (event) => {
    (event.target as HTMLElement).setAttribute('data-touched', '');
    render(form, output);
  });
  const print = form.querySelector<HTMLButtonElement>('[data-print]')!;
  print.hidden = false;
  print.addEventListener('click', () => window.print());
  render(form, output);
}
