/*
 * Disclosure requests from other forces: the list, one request with the records this force holds, and the answer
 * (records to release, each flagged spent or not, or a refusal with a reason code).
 */
import { call } from './api.js';
import {
  $, announce, checkedValue, clearErrors, day, describe, el, hiddenText, moment, nowText, rowHeader, showErrors,
  words
} from './page.js';
import {
  CATEGORIES, CONSENT, LEGAL_BASES, RECORD_KINDS, REQUEST_STATUS, ROUTES, categoryList
} from './vocabulary.js';

const table = $('requests');
const body = $('requests-body');
const listStatus = $('requests-status');
const heading = $('request-heading');
const statusLine = $('request-status');
const details = $('request-details');
const records = $('request-records');
const form = $('answer-form');
const answered = $('request-answered');
const reason = $('refuse-reason');

let openId = null;

function requestRow(request) {
  const link = el('a', { href: '#/request/' + encodeURIComponent(request.requestId) }, request.fromForce,
    hiddenText(', ' + words(ROUTES, request.route) + ', received ' + moment(request.receivedAt).textContent));
  const row = el('tr', { id: 'request-row-' + request.requestId },
    rowHeader(link),
    el('td', null, words(ROUTES, request.route)),
    el('td', null, categoryList(request.categories)),
    el('td', null, moment(request.receivedAt)),
    el('td', null, moment(request.answerBy)),
    el('td', { className: 'status' }, words(REQUEST_STATUS, request.status)));
  row.dataset.requestId = request.requestId;
  row.dataset.status = request.status;
  return row;
}

export async function loadRequests() {
  listStatus.textContent = 'Loading the requests...';
  const requests = await call('GET', '/dvds/requests');
  const newest = [...requests].sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)));
  body.replaceChildren(...newest.map(requestRow));
  table.hidden = newest.length === 0;
  listStatus.textContent = (newest.length === 0 ? 'No other force has asked this force for a disclosure.'
    : newest.length + (newest.length === 1 ? ' request' : ' requests') + ', newest first.')
    + ' Updated ' + nowText() + '.';
}

function recordLabel(record) {
  return words(RECORD_KINDS, record.kind).toLowerCase() + ' of ' + day(record.date).textContent;
}

function checkbox(id, name, text, context) {
  const box = el('input', { type: 'checkbox', id, name });
  const label = el('label', { htmlFor: id }, text, hiddenText(' the ' + context));
  return el('p', { className: 'choice compact' }, box, label);
}

function recordRow(record) {
  const id = record.recordId;
  const context = recordLabel(record);
  const row = el('tr', { id: 'record-' + id },
    rowHeader(words(RECORD_KINDS, record.kind)),
    el('td', null, words(CATEGORIES, record.category)),
    el('td', null, day(record.date)),
    el('td', null, record.endsOn ? day(record.endsOn) : 'No end date'),
    el('td', { className: 'summary' }, record.summary),
    el('td', { className: 'guidance' }, record.rehabilitationGuidance || 'No guidance given'),
    el('td', null, checkbox('release-' + id, 'release', 'Release', context)),
    el('td', null, checkbox('spent-' + id, 'spent', 'Spent', context)));
  row.dataset.recordId = id;
  return row;
}

function renderRecords(request) {
  const list = request.records || [];
  if (list.length === 0) {
    records.replaceChildren(el('p', null, 'This force holds no record to release for this request.'));
    return;
  }
  const head = el('tr', null, ...['Record', 'Category', 'Date', 'Ends on', 'Summary', 'Rehabilitation guidance',
    'Release', 'Spent'].map((title) => {
    const th = el('th', null, title);
    th.scope = 'col';
    return th;
  }));
  const recordsTable = el('table', { className: 'data records', id: 'records-table' },
    el('caption', null, 'Records held about the person behind the hit'),
    el('thead', null, head),
    el('tbody', null, ...list.map(recordRow)));
  // The release checkboxes are one field for the API ("release"): an error about it lands on the table's group.
  const group = el('fieldset', { className: 'group', id: 'release-group' },
    el('legend', null, 'Records to release'),
    el('p', { id: 'release-error', className: 'field-error', hidden: true }),
    el('div', { className: 'table-scroll' }, recordsTable));
  group.dataset.field = 'release';
  group.setAttribute('aria-describedby', 'release-error');
  records.replaceChildren(group);
}

function render(request) {
  heading.textContent = 'Request from ' + request.fromForce;
  statusLine.replaceChildren('Status: ', el('strong', null, words(REQUEST_STATUS, request.status)));
  describe(details, [
    ['Asking force', request.fromForce],
    ['Route', words(ROUTES, request.route)],
    ['Purpose', request.purpose || 'not given'],
    ['Legal basis', words(LEGAL_BASES, request.legalBasis)],
    ['Consent', words(CONSENT, request.consentState)],
    ['Asked for', categoryList(request.categories)],
    ['Received', moment(request.receivedAt)],
    ['Answer by', moment(request.answerBy)]
  ]);
  const open = request.status === 'OPEN';
  form.hidden = !open;
  if (open) {
    renderRecords(request);
    answered.replaceChildren();
  } else {
    records.replaceChildren();
    answered.replaceChildren(el('p', { className: 'notice' },
      request.status === 'ANSWERED' ? 'This request has been answered.' : 'This request was refused.'));
  }
  $('view-request').dataset.status = request.status;
}

export async function openRequest(id) {
  openId = id;
  form.reset();
  clearErrors(form);
  reason.disabled = true;
  const request = await call('GET', '/dvds/requests/' + encodeURIComponent(id));
  render(request);
}

function readAnswer() {
  const outcome = checkedValue(form, 'outcome');
  const errors = [];
  if (outcome === 'REFUSE') {
    if (!reason.value) {
      errors.push({ field: 'refuse.reasonCode', message: 'Choose the reason for refusing.' });
    }
    return { body: { refuse: { reasonCode: reason.value } }, errors };
  }
  if (outcome !== 'RELEASE') {
    errors.push({ field: 'outcome', message: 'Choose whether to release records or refuse the request.' });
    return { body: null, errors };
  }
  const release = [];
  for (const row of form.querySelectorAll('tr[data-record-id]')) {
    const id = row.dataset.recordId;
    if ($('release-' + id).checked) {
      release.push({ recordId: id, spent: $('spent-' + id).checked });
    }
  }
  if (release.length === 0) {
    errors.push({ field: 'release', message: 'Tick at least one record to release, or refuse the request.' });
  }
  return { body: { release }, errors };
}

export function wireAnswerForm(failed) {
  const submit = $('send-answer');
  const refuse = $('outcome-refuse');
  const release = $('outcome-release');
  const follow = () => { reason.disabled = !refuse.checked; };
  refuse.addEventListener('change', follow);
  release.addEventListener('change', follow);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { body: answer, errors } = readAnswer();
    if (errors.length > 0) {
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    const id = openId;
    submit.disabled = true;
    try {
      await call('POST', '/dvds/requests/' + encodeURIComponent(id) + '/answer', answer);
      const request = await call('GET', '/dvds/requests/' + encodeURIComponent(id));
      if (openId === id) {
        render(request);
        announce(answer.refuse ? 'The refusal is sent.' : 'The answer is sent.');
        heading.focus();
      }
    } catch (e) {
      failed(e, form);
    } finally {
      submit.disabled = false;
    }
  });
}
