/*
 * Building the page: every piece of data goes in as text (text nodes, properties), never as HTML. Field errors, the
 * error summary and the polite announcements live here too.
 */
import { ApiError } from './api.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  timeZone: 'Europe/London', timeZoneName: 'short'
});

export const $ = (id) => document.getElementById(id);

export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export function hiddenText(text) {
  return el('span', { className: 'visually-hidden' }, text);
}

export function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  const text = m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : (iso || 'not given');
  return el('time', { dateTime: iso || '' }, text);
}

export function moment(iso) {
  const date = new Date(iso);
  return el('time', { dateTime: iso || '' }, isNaN(date.getTime()) ? (iso || 'not given') : TIME.format(date));
}

export function nowText() {
  return TIME.format(new Date());
}

/** Rows of a description list: pairs of term and description (a string, a node, or a list of them). */
export function describe(list, pairs) {
  list.replaceChildren();
  for (const [term, description] of pairs) {
    const parts = Array.isArray(description) ? description : [description];
    list.append(el('dt', null, term), el('dd', null, ...parts));
  }
}

/** A row header cell (th scope="row"). */
export function rowHeader(...children) {
  const th = el('th', null, ...children);
  th.scope = 'row';
  return th;
}

/** Words for a code from a table, or the code itself (so that a new code still shows). */
export function words(table, code) {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : String(code);
}

// ---- announcements ----------------------------------------------------------------------------------

/** Says a message through the polite live region (screen readers read it when they are idle). */
export function announce(message) {
  const live = $('live');
  // Changing the text is what makes it heard; the same message twice in a row is still announced.
  live.textContent = '';
  window.setTimeout(() => { live.textContent = message; }, 50);
}

// ---- errors -----------------------------------------------------------------------------------------

const summary = $('error-summary');
const summaryList = $('error-summary-list');

function errorElementOf(control) {
  const ids = (control.getAttribute('aria-describedby') || '').split(/\s+/);
  const id = ids.find((candidate) => candidate.endsWith('-error'));
  return id ? $(id) : null;
}

/** The element a link in the summary should move to: the control, or the first choice in a group. */
function focusTarget(control) {
  if (control.tagName === 'FIELDSET') {
    return control.querySelector('input, select, textarea') || control;
  }
  return control;
}

export function clearErrors(form) {
  summary.hidden = true;
  summaryList.replaceChildren();
  if (!form) {
    return;
  }
  for (const control of form.querySelectorAll('[data-field]')) {
    control.removeAttribute('aria-invalid');
    control.closest('.field, .group')?.classList.remove('has-error');
    const error = errorElementOf(control);
    if (error) {
      error.replaceChildren();
      error.hidden = true;
    }
  }
}

/**
 * Shows errors beside their fields and in the summary at the top, which takes the focus.
 * @param form   the form the fields belong to (null for errors that belong to no form)
 * @param errors [{ field, message, reasonCode }]: field is the API's name for it (data-field), or null
 */
/**
 * The control for a field the API names: the field itself, else its nearest named parent ("release[0].spent" is
 * about the release group, "categories[2]" about the categories).
 */
function controlFor(form, field) {
  let name = field;
  while (form && name) {
    const control = form.querySelector('[data-field="' + CSS.escape(name) + '"]');
    if (control) {
      return control;
    }
    const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    name = cut > 0 ? name.slice(0, cut) : '';
  }
  return null;
}

/** What the field is called on the page: its label, or its group's legend. */
function nameOf(control) {
  const label = control.tagName === 'FIELDSET' ? control.querySelector('legend')
    : control.labels && control.labels[0];
  return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
}

export function showErrors(form, errors) {
  clearErrors(form);
  for (const error of errors) {
    const control = error.field ? controlFor(form, error.field) : null;
    const text = error.message + (error.reasonCode ? ' (' + error.reasonCode + ')' : '');
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.closest('.field, .group')?.classList.add('has-error');
      const where = errorElementOf(control);
      if (where) {
        where.replaceChildren(hiddenText('Error: '), text);
        where.hidden = false;
      }
      const target = focusTarget(control);
      // The node's messages name no field ("cannot be after today"): the summary says which one.
      const link = el('a', { href: '#' + target.id }, error.reasonCode ? nameOf(control) + ': ' + text : text);
      link.addEventListener('click', (event) => {
        // The page's own navigation uses the address's #; this link only moves the focus.
        event.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'center' });
      });
      summaryList.append(el('li', null, link));
    } else {
      summaryList.append(el('li', null, text));
    }
  }
  summary.hidden = false;
  summary.focus();
}

/** An ApiError as one field error (the API names at most one field). */
export function fromApi(error) {
  if (error instanceof ApiError) {
    // "receivedOn: cannot be after today": the page names the field in its own words.
    const prefix = error.field ? error.field + ': ' : null;
    const message = prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { field: error.field, message, reasonCode: error.reasonCode };
  }
  return { field: null, message: 'Something went wrong in this page. Reload it and sign in again.', reasonCode: null };
}

export function checkedValue(form, name) {
  const checked = form.querySelector('input[name="' + name + '"]:checked');
  return checked ? checked.value : '';
}

export function isDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) {
    return false;
  }
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1
    && date.getUTCDate() === Number(m[3]);
}
