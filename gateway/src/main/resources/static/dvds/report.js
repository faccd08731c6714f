/*
 * The FOI report: for the applications received in a period, per route, how many there were, how many ended in a
 * disclosure, how many were decided within the statutory 28 days or after, and the longest time taken to decide.
 */
import { call } from './api.js';
import { $, announce, clearErrors, day, el, isDate, nowText, rowHeader, showErrors, words } from './page.js';
import { ROUTES } from './vocabulary.js';

const form = $('report-form');
const fromInput = $('report-from');
const toInput = $('report-to');
const table = $('report');
const caption = $('report-caption');
const body = $('report-body');
const status = $('report-status');

function daysText(days) {
  return days === 1 ? '1 day' : days + ' days';
}

function figure(className, value) {
  return el('td', { className }, String(value));
}

function routeRow(figures) {
  const decided = figures.decidedWithinDeadline + figures.decidedAfterDeadline;
  const row = el('tr', { id: 'report-' + figures.route },
    rowHeader(words(ROUTES, figures.route)),
    figure('applications', figures.applications),
    figure('disclosures', figures.disclosures),
    figure('within', figures.decidedWithinDeadline),
    figure('after', figures.decidedAfterDeadline),
    figure('undecided', figures.applications - decided),
    // The node gives 0 days when nothing was decided: the page says so instead.
    figure('longest', decided === 0 ? 'None decided' : daysText(figures.longestDays)));
  row.dataset.route = figures.route;
  return row;
}

async function load(from, to) {
  status.textContent = 'Loading the figures...';
  const report = await call('GET', '/dvds/report?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  caption.replaceChildren('Applications received at ' + report.force + ' from ', day(report.from), ' to ',
    day(report.to));
  body.replaceChildren(...(report.routes || []).map(routeRow));
  table.hidden = false;
  status.textContent = 'Updated ' + nowText() + '.';
}

/** Opens the report; the period is the current calendar year until the officer chooses another. */
export async function showReport() {
  clearErrors(form);
  if (!fromInput.value && !toInput.value) {
    const year = new Date().getFullYear();
    fromInput.value = year + '-01-01';
    toInput.value = year + '-12-31';
  }
  await load(fromInput.value.trim(), toInput.value.trim());
}

function periodErrors(from, to) {
  const errors = [];
  if (!isDate(from)) {
    errors.push({ field: 'from', message: 'Enter the first day of the period as year-month-day, for example '
      + '2026-01-01.' });
  }
  if (!isDate(to)) {
    errors.push({ field: 'to', message: 'Enter the last day of the period as year-month-day, for example '
      + '2026-12-31.' });
  }
  if (errors.length === 0 && to < from) {
    errors.push({ field: 'to', message: 'The last day cannot be before the first day.' });
  }
  return errors;
}

/** @param failed called with an error the node gave (shown beside its field) or a sign-in no longer accepted */
export function wireReportForm(failed) {
  const submit = $('show-report');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const from = fromInput.value.trim();
    const to = toInput.value.trim();
    const errors = periodErrors(from, to);
    if (errors.length > 0) {
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    submit.disabled = true;
    try {
      await load(from, to);
      announce(caption.textContent + ': the figures are shown.');
    } catch (e) {
      failed(e, form);
    } finally {
      submit.disabled = false;
    }
  });
}
