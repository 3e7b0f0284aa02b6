import type { Template } from '../templates/schema.ts';
import { templateControls, type FormValues } from '../templates/form-fields.ts';

/* Reading and writing the template form's values by control name, the same names the PDF uses. */

function inputs(form: HTMLFormElement, name: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)];
}

export function readValues(form: HTMLFormElement, template: Template): FormValues {
  const values: FormValues = {};
  for (const control of templateControls(template)) {
    const elements = inputs(form, control.name);
    if (control.kind === 'checkbox') values[control.name] = elements[0]?.checked ?? false;
    else if (control.kind === 'radio') values[control.name] = elements.find((element) => element.checked)?.value ?? '';
    else values[control.name] = elements[0]?.value ?? '';
  }
  return values;
}

export function writeValues(form: HTMLFormElement, template: Template, values: FormValues): void {
  for (const control of templateControls(template)) {
    const value = values[control.name];
    const elements = inputs(form, control.name);
    if (control.kind === 'checkbox') elements.forEach((element) => (element.checked = value === true));
    else if (control.kind === 'radio') elements.forEach((element) => (element.checked = element.value === value));
    else elements.forEach((element) => (element.value = typeof value === 'string' ? value : ''));
  }
}
