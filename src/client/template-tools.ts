/*
 * Fill a template in the browser and download it as a PDF, with nothing leaving the computer:
 * the PDF worker and its fonts load when the user starts to fill in, values live only in the
 * form, and a draft is saved only as a file the user downloads. Nothing is written to cookies or
 * storage. The buttons exist twice, before and after the form (data-action and data-repeat).
 */
// First, before any schema parses: no eval under the site's Content-Security-Policy.
import './zod-without-eval.ts';
import PdfWorker from './pdf-worker.ts?worker';
import type { Template } from '../templates/schema.ts';
import { cleanInvisible, createDraft, leftOverMessage, parseDraft, validateValues, type LeftOver, type OpenedDraft } from '../templates/draft.ts';
import { readValues, writeValues } from './form-values.ts';
import { createPdfClient } from './pdf-client.ts';
import {
  appliesIn,
  chosenSituation,
  copyApplies,
  copyFileName,
  findCopy,
  namedCopy,
  templateForCopy,
  templateForSituation,
  valuesForCopy,
} from '../templates/copies.ts';
import { situationIdSchema } from '../templates/situations.ts';
import { hasDeadlines, planDeadlines, plannedVisits, text as textValue, withDeadlines } from '../plan/visitation-plan.ts';
import { buildCalendar } from '../plan/calendar.ts';
import { ageBandOn, childPlanFrom, parentDeadlines, parentPlanFrom } from '../plan/summaries.ts';
import { childPlanHtml, parentPlanHtml } from '../plan/summary-html.ts';
import type { AgeBand } from '../plan/summary-types.ts';

const tools = document.querySelector<HTMLElement>('[data-template-tools]');
const form = document.querySelector<HTMLFormElement>('#mallformular');
const definition = document.querySelector<HTMLScriptElement>('#mall-definition');

if (tools && form && definition) {
  const template = JSON.parse(definition.textContent ?? '') as Template;
  const pdf = createPdfClient(() => new PdfWorker());
  // Started when the user starts to fill in, so that making the PDF later needs no network request.
  form.addEventListener('focusin', () => pdf.start(), { once: true });
  form.addEventListener('input', () => pdf.start(), { once: true });

  const endTools = document.querySelector<HTMLElement>('[data-template-tools-end]');
  const status = tools.querySelector<HTMLElement>('[data-status]')!;
  const endStatus = endTools?.querySelector<HTMLElement>('[data-status-end]');
  const errorSummary = tools.querySelector<HTMLElement>('[data-error-summary]')!;
  const fileInput = tools.querySelector<HTMLInputElement>('[data-draft-file]')!;
  const pdfInput = tools.querySelector<HTMLInputElement>('[data-pdf-file]')!;
  let dirty = false;

  const say = (message: string) => {
    status.textContent = message;
    if (endStatus) endStatus.textContent = message;
  };
  const buttonsFor = (action: string) => document.querySelectorAll<HTMLButtonElement>(`[data-action="${action}"], [data-repeat="${action}"]`);
  /** Both buttons for an action: the one before the form and its repeat after it. */
  const onAction = (action: string, handler: () => void) =>
    document.querySelectorAll(`[data-action="${action}"], [data-repeat="${action}"]`).forEach((button) => button.addEventListener('click', handler));

  const download = (bytes: BlobPart, type: string, name: string) => {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  /** Marks one field as wrong (or right, without a message) and shows the message under it. */
  const setFieldError = (input: HTMLInputElement, message?: string) => {
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    const error = document.getElementById(`${input.id}-fel`);
    if (error) {
      error.textContent = message ?? '';
      error.hidden = !message;
    }
  };

  const showSummary = (...content: Node[]) => {
    errorSummary.replaceChildren(...content);
    errorSummary.hidden = false;
    errorSummary.focus();
  };

  const clearErrors = () => {
    form.querySelectorAll<HTMLInputElement>('[aria-invalid="true"]').forEach((input) => setFieldError(input));
    errorSummary.hidden = true;
    errorSummary.replaceChildren();
  };

  const showErrors = (problems: Record<string, string>) => {
    clearErrors();
    const entries = Object.entries(problems);
    if (entries.length === 0) return true;
    const heading = document.createElement('h3');
    heading.textContent = entries.length === 1 ? 'Ett fält behöver rättas' : `${entries.length} fält behöver rättas`;
    const list = document.createElement('ul');
    for (const [name, message] of entries) {
      const input = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)!;
      setFieldError(input, message);
      const label = form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? input.getAttribute('aria-label') ?? name;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${input.id}`;
      link.textContent = `${label}: ${message}`;
      item.append(link);
      list.append(item);
    }
    showSummary(heading, list);
    return false;
  };

  /** Says under a field when its text is longer than the box on the blank form, and what the PDF does then. */
  const showFit = (input: HTMLInputElement | HTMLTextAreaElement) => {
    const capacity = Number(input.dataset.capacity);
    if (!capacity) return;
    const container = input.closest<HTMLElement>('[data-field]');
    if (!container) return;
    let note = container.querySelector<HTMLElement>('[data-fit-note]');
    const long = [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-capacity]')].some(
      (candidate) => candidate.value.length > Number(candidate.dataset.capacity),
    );
    if (!long) {
      note?.remove();
      return;
    }
    if (!note) {
      note = Object.assign(document.createElement('p'), { className: 'form-note' });
      note.dataset.fitNote = '';
      note.textContent =
        'Texten får inte plats i rutan på den tomma blanketten. I den ifyllda PDF:en blir rutan större, och text som inte får plats ens då står på en fortsättningssida sist i PDF:en.';
      container.append(note);
    }
  };

  const selectedCopyId = () =>
    document.querySelector<HTMLInputElement>('[data-copy-choice] input[name="exemplar"]:checked')?.value ?? template.copies[0]!.id;

  /** The template as it applies in the chosen situation, for the chosen copy, with that copy's values only. */
  const currentCopy = () => {
    const all = readValues(form, template);
    const applicable = templateForSituation(template, chosenSituation(template, all));
    const { template: copyTemplate, copy } = templateForCopy(applicable, selectedCopyId());
    const values = withDeadlines(copyTemplate, valuesForCopy(copyTemplate, all));
    // The name goes on every page of a copy; "Vår plan" names the parent in its own first lines instead.
    return { all, applicable, copyTemplate, copy: namedCopy(copy, template, values), baseCopy: copy, values };
  };

  /** Shows only the parts that apply in the chosen situation, in the form and in the guidance above it. */
  const showSituation = () => {
    const situation = chosenSituation(template, readValues(form, template));
    document.querySelectorAll<HTMLElement>('[data-only-in]').forEach((element) => {
      const onlyIn = (element.dataset.onlyIn ?? '').split(' ').filter(Boolean);
      element.hidden = !appliesIn(
        onlyIn.map((id) => situationIdSchema.parse(id)),
        situation,
      );
    });
  };

  /** Fills the deadline table from the dates in the form, as it stands in the case file. */
  const showDeadlines = () => {
    if (!hasDeadlines(template)) return;
    const all = readValues(form, template);
    const applicable = templateForSituation(template, chosenSituation(template, all));
    const filled = withDeadlines(applicable, all);
    writeValues(form, template, { ...all, ...filled });
  };

  /** A copy offered only for some answers (the young person's, from 15) is hidden otherwise; the case file is chosen instead. */
  const showCopyChoices = () => {
    const values = readValues(form, template);
    for (const copy of template.copies) {
      const option = document.getElementById(`exemplar-${copy.id}`) as HTMLInputElement | null;
      const row = option?.closest<HTMLElement>('.form-option');
      if (!option || !row) continue;
      const offered = copyApplies(copy, values);
      row.hidden = !offered;
      if (!offered && option.checked) {
        (document.getElementById(`exemplar-${template.copies[0]!.id}`) as HTMLInputElement).checked = true;
        showCopy();
      }
    }
  };

  /** The buttons that make a form are hidden for a copy given only as a summary; the blank PDF is the chosen copy's. */
  const showCopy = () => {
    const copy = findCopy(template, selectedCopyId());
    const blank = `/mallar/${template.id}-${copy.id}`;
    document.querySelectorAll<HTMLAnchorElement>('[data-blank-pdf]').forEach((link) => {
      link.hidden = !copy.form;
      if (copy.form && template.copies.length > 1) {
        link.href = `${blank}.pdf`;
        link.download = `${template.id}-${copy.id}.pdf`;
      }
    });
    for (const action of ['download-filled', 'download-locked', 'download-calendar']) {
      buttonsFor(action).forEach((button) => (button.hidden = !copy.form));
    }
    const name = copy.summary === 'var-plan' ? 'Vår plan' : 'Min träffplan';
    buttonsFor('download-summary').forEach((button) => {
      button.hidden = !copy.summary;
      button.textContent = `Ladda ner ${name} (PDF)`;
    });
    buttonsFor('download-summary-html').forEach((button) => {
      button.hidden = !copy.summary;
      button.textContent = `Ladda ner ${name} för mobilen`;
    });
    const childOptions = tools.querySelector<HTMLElement>('[data-child-options]');
    if (childOptions) childOptions.hidden = copy.summary !== 'min-traffplan';
  };

  /** The chosen copy's easy-to-read plan: a parent's "Vår plan" or the child's "Min träffplan". */
  const currentSummary = () => {
    const { copyTemplate, copy, baseCopy, values } = currentCopy();
    if (findCopy(template, copy.id).summary === 'var-plan') {
      return {
        kind: 'var-plan' as const,
        plan: parentPlanFrom(copyTemplate, values, baseCopy),
        file: copyFileName(template, copy.id, 'pdf', 'var-plan'),
      };
    }
    const chosenAge = tools.querySelector<HTMLSelectElement>('[data-child-age]')?.value as AgeBand | '';
    const ageBand = chosenAge || ageBandOn(String(values['barnets-fodelsedatum'] ?? ''), String(values['planens-datum'] ?? '')) || '7-12';
    return {
      kind: 'min-traffplan' as const,
      plan: childPlanFrom(copyTemplate, values, ageBand),
      file: copyFileName(template, copy.id, 'pdf', 'min-traffplan'),
    };
  };

  onAction('download-summary', async () => {
    const summary = currentSummary();
    say('Skapar PDF …');
    try {
      const bytes =
        summary.kind === 'var-plan'
          ? await pdf.render({ kind: 'var-plan', plan: summary.plan })
          : await pdf.render({ kind: 'min-traffplan', plan: summary.plan });
      download(bytes, 'application/pdf', summary.file);
      say(
        `${summary.kind === 'var-plan' ? 'Vår plan' : 'Min träffplan'} har laddats ner till din dator. Den innehåller bara det som står i exemplaret.`,
      );
    } catch (error) {
      say(`PDF:en kunde inte skapas: ${(error as Error).message}`);
    }
  });
  onAction('download-summary-html', () => {
    const summary = currentSummary();
    const html = summary.kind === 'var-plan' ? parentPlanHtml(summary.plan) : childPlanHtml(summary.plan);
    download(html, 'text/html', summary.file.replace(/\.pdf$/, '.html'));
    say('Planen har laddats ner som en webbsida. Den går att läsa i mobilen och skriva ut på ett A4.');
  });

  tools.querySelector('[data-copy-choice]')?.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[name="exemplar"]')) showCopy();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    showSituation();
    if (target.dataset.kind === 'date' || target.type === 'radio') showDeadlines();
    if (target.type === 'radio') showCopyChoices();
  });

  form.addEventListener('input', (event) => {
    dirty = true;
    showFit(event.target as HTMLInputElement | HTMLTextAreaElement);
  });
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.kind !== 'date') return;
    setFieldError(input, validateValues(template, readValues(form, template))[input.name]);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    // Browsers show their own "leave the page?" question; the text cannot be changed.
    event.preventDefault();
  });

  /**
   * Removes pasted invisible characters from the form itself, so that what the user sees is what the
   * PDF holds, and says which fields were changed and how.
   */
  const cleanForm = (): string | undefined => {
    const { values, changes } = cleanInvisible(readValues(form, template));
    if (changes.length === 0) return undefined;
    writeValues(form, template, values);
    const label = (name: string) => {
      const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
      return (input && form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent) || input?.getAttribute('aria-label') || name;
    };
    return `Osynliga tecken från inklistrad text har tagits bort: ${changes.map((change) => `${label(change.name)}: ${change.description}`).join('; ')}.`;
  };

  const downloadPdf = async (locked: boolean) => {
    const cleaned = cleanForm();
    const { applicable, copyTemplate, copy, values } = currentCopy();
    if (!showErrors(validateValues(applicable, readValues(form, template)))) {
      say('PDF:en skapades inte. Rätta fälten i listan först.');
      return;
    }
    say('Skapar PDF …');
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await pdf.render({ kind: 'form', template: copyTemplate, values, locked, copy });
    } catch (error) {
      say(`PDF:en kunde inte skapas: ${(error as Error).message}`);
      return;
    }
    download(bytes, 'application/pdf', copyFileName(template, copy.id, 'pdf', locked ? 'last' : 'ifylld'));
    dirty = false;
    const whose = template.copies.length > 1 ? ` Exemplaret är till ${copy.for}.` : '';
    say(
      (locked
        ? `Den låsta PDF:en har laddats ner till din dator.${whose} Skriv ut den för underskrift och spara den i akten.`
        : `Den ifyllda PDF:en har laddats ner till din dator.${whose} Fälten går att ändra i en PDF-läsare, och PDF:en kan öppnas här igen.`) +
        (cleaned ? ` ${cleaned}` : ''),
    );
  };

  const downloadCalendar = () => {
    const { copyTemplate, copy, values } = currentCopy();
    const visits = plannedVisits(copyTemplate, values);
    const parentsCopy = findCopy(template, copy.id).summary === 'var-plan';
    const deadlines = parentsCopy ? parentDeadlines(copyTemplate, values) : planDeadlines(copyTemplate, values);
    const text = (name: string) => textValue(values, name) ?? '';
    const visitTitle = parentsCopy
      ? `Umgänge${text('barnets-namn') ? ` med ${text('barnets-namn')}` : ''}`
      : `Umgänge${text('barnet-kallar-foraldern') || text('foralder-namn') ? ` med ${text('barnet-kallar-foraldern') || text('foralder-namn')}` : ''}`;
    const arrival = text('ankomst-och-avfard');
    const planDate = text('planens-datum');
    if (visits.length === 0 && deadlines.length === 0) {
      say('Det finns inga datum att lägga i en kalenderfil än. Fyll i planerade umgängen eller datumen som planen räknar från.');
      return;
    }
    const calendar = buildCalendar({
      planTitle: template.title,
      copyFor: copy.for,
      visits,
      deadlines,
      now: new Date(),
      visitTitle,
      visitNote: arrival ? `När föräldern kommer och när barnet går: ${arrival}` : undefined,
      // The same plan and copy keep their events' UIDs, so that a newer file replaces a moved visit.
      key: text('arende') ? `${template.id}:${text('arende')}:${copy.id}` : undefined,
      sequence: /^\d{4}-\d{2}-\d{2}$/.test(planDate) ? Math.round(Date.parse(`${planDate}T00:00:00Z`) / 86_400_000) : undefined,
    });
    download(calendar, 'text/calendar', copyFileName(template, copy.id, 'ics', 'kalender'));
    say(
      `Kalenderfilen har laddats ner med ${visits.length} umgängen och ${deadlines.length} datum att hålla, för ${copy.for}. ` +
        'Den som får filen bör bara lägga in den om ingen annan kan se hens kalender.',
    );
  };
  onAction('download-calendar', downloadCalendar);

  onAction('download-filled', () => void downloadPdf(false));
  onAction('download-locked', () => void downloadPdf(true));

  onAction('save-draft', () => {
    const draft = createDraft(template, readValues(form, template), new Date());
    download(JSON.stringify(draft, null, 2), 'application/json', `${template.id}-utkast.json`);
    dirty = false;
    say('Utkastet har sparats som en fil på din dator. Öppna det här igen när du vill fortsätta.');
  });

  onAction('open-pdf', () => pdfInput.click());
  pdfInput.addEventListener('change', async () => {
    const file = pdfInput.files?.[0];
    pdfInput.value = '';
    if (!file) return;
    say('Läser PDF:en …');
    try {
      const filled = await pdf.read({ template, bytes: new Uint8Array(await file.arrayBuffer()) });
      clearErrors();
      writeValues(form, template, filled.values);
      showSituation();
      showDeadlines();
      showCopyChoices();
      form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-capacity]').forEach(showFit);
      const copy = filled.copy ? template.copies.find((candidate) => candidate.id === filled.copy) : undefined;
      const notes = [
        copy && copy.fields !== 'alla' ? `PDF:en är exemplaret för ${copy.for}. Bara det som står i det exemplaret har lästs in.` : undefined,
        filled.version && filled.version !== template.version
          ? `PDF:en gjordes med version ${filled.version} av mallen. Kontrollera fälten innan du fortsätter.`
          : undefined,
      ].filter(Boolean);
      dirty = true;
      say([`PDF:en ${file.name} är inläst i formuläret.`, ...notes].join(' '));
    } catch (error) {
      showSummary(Object.assign(document.createElement('p'), { textContent: (error as Error).message }));
      say('PDF:en kunde inte läsas in.');
    }
  });

  onAction('open-draft', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    try {
      const opened = parseDraft(template, await file.text());
      clearErrors();
      writeValues(form, template, opened.draft.values);
      showSituation();
      showDeadlines();
      showCopyChoices();
      form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-capacity]').forEach(showFit);
      const notice = leftOverMessage(opened);
      if (notice) showSummary(...leftOverNotice(opened, notice));
      dirty = Boolean(notice);
      say(notice ?? `Utkastet ${file.name} är öppnat.`);
    } catch (error) {
      showSummary(Object.assign(document.createElement('p'), { textContent: (error as Error).message }));
      say('Utkastet kunde inte öppnas.');
    }
  });

  showSituation();
  showCopy();
  showCopyChoices();
  tools.hidden = false;
  if (endTools) endTools.hidden = false;
}

const leftOverReason: Record<LeftOver['reason'], string> = {
  removed: 'fältet finns inte längre i mallen',
  option: 'alternativet finns inte längre',
  kind: 'fältet har ändrats i mallen',
};

/** The notice and one read-only box per value from a draft that the form has no place for, so nothing typed is lost. */
function leftOverNotice(opened: OpenedDraft, message: string): Node[] {
  const intro = Object.assign(document.createElement('p'), { textContent: message });
  const list = document.createElement('ul');
  opened.leftOvers.forEach((leftOver, index) => {
    const item = document.createElement('li');
    const id = `utkast-rest-${index + 1}`;
    const label = Object.assign(document.createElement('label'), {
      htmlFor: id,
      textContent: `${leftOver.label} (${leftOverReason[leftOver.reason]})`,
    });
    const box = Object.assign(document.createElement('textarea'), {
      id,
      value: leftOver.value,
      readOnly: true,
      rows: Math.min(8, Math.max(2, Math.ceil(leftOver.value.length / 60))),
    });
    item.append(label, box);
    list.append(item);
  });
  return [intro, list];
}
