/*
 * One application, kept up to date while it is open: the page asks the node for it every two seconds and redraws
 * only what the node reports (the forms stay as the officer left them). A change in a force's status or in the
 * application's status is announced through the polite live region. A draft made from an alert shows the form that
 * completes it instead of the forces, the clock and the decision.
 */
import { ApiError, Unauthorized, call } from './api.js';
import {
  $, announce, checkedValue, clearErrors, day, describe, el, isDate, moment, rowHeader,
  showErrors, words
} from './page.js';
import {
  APPLICANT_KINDS, APPLICATION_STATUS, BANDS, CATEGORIES, CONCLUSIONS, CONSENT, FORCE_STATUS, FORUMS, LEGAL_BASES,
  RECIPIENTS, RECORD_KINDS, RELATIONSHIPS, ROUTES, categoryList
} from './vocabulary.js';
import { completeDraft, completingId, stopCompleting } from './applications.js';

const POLL_MILLIS = 2000;

const heading = $('application-heading');
const statusLine = $('application-status');
const details = $('application-details');
const applicantNotes = $('applicant-notes');
const forcesBody = $('forces-body');
const conclusion = $('conclusion');
const released = $('released');
const clock = $('clock');
const extensions = $('extensions');
const extensionForm = $('extension-form');
const decision = $('decision');
const decisionForm = $('decision-form');
const progress = $('application-progress');
const draftCompletion = $('draft-completion');

let openId = null;
let timer = null;
/** The application as last drawn: an unchanged answer leaves the page alone (a screen reader keeps its place). */
let drawn = null;
/** What was last shown, to announce only changes: status, and force -> status words. */
let shown = null;

/** The force's state in words, with the reason code of a refusal or of a force that could not be reached. */
export function forceStatusText(force) {
  const text = words(FORCE_STATUS, force.status);
  return force.reasonCode && force.status !== 'ANSWERED' ? text + ' (reason code ' + force.reasonCode + ')' : text;
}

function forceRow(force) {
  const row = el('tr', { id: 'force-' + force.force }, rowHeader(force.force),
    el('td', { className: 'force-status' }, forceStatusText(force)),
    el('td', { className: 'force-band' }, force.band ? words(BANDS, force.band) : 'Not known yet'));
  row.dataset.force = force.force;
  row.dataset.status = force.status;
  return row;
}

function person(who, withAddress) {
  if (!who) {
    return 'Not given';
  }
  const parts = [[who.givenNames, who.familyName].filter(Boolean).join(' ') || 'Name not given'];
  if (who.dateOfBirth) {
    parts.push(', born ', day(who.dateOfBirth));
  }
  if (withAddress && who.address) {
    parts.push(el('br'), el('span', { className: 'address' }, who.address),
      el('br'), el('span', { className: 'hint' }, 'The address is kept at this force and never sent.'));
  }
  return parts;
}

function applicantText(applicant) {
  if (!applicant) {
    return 'Not given';
  }
  return words(APPLICANT_KINDS, applicant.kind) + (applicant.name ? ' (' + applicant.name + ')' : '')
    + '; to the person at risk: ' + words(RELATIONSHIPS, applicant.relationshipToPersonAtRisk)
    + '; to the subject: ' + words(RELATIONSHIPS, applicant.relationshipToSubject);
}

function consentText(application) {
  const consent = application.consent || { state: application.consentState };
  if (!consent.state) {
    return 'Not given';
  }
  return words(CONSENT, consent.state) + (consent.justification ? '. Justification: ' + consent.justification : '');
}

/** The alert a draft was made from: its id, and a link to it in the coordinators' alert inbox. */
function sourceAlert(alertId) {
  const link = el('a', { href: '../inbox/#' + encodeURIComponent(alertId), target: '_blank', rel: 'noopener' },
    'Open it in the alert inbox', el('span', null, ' (a new tab; it needs a coordinator\'s login)'));
  return [el('span', { className: 'reference', id: 'source-alert' }, alertId), el('br'), link];
}

function renderDetails(application) {
  const subject = application.subject || {};
  heading.textContent = words(ROUTES, application.route) + ': '
    + ([subject.givenNames, subject.familyName].filter(Boolean).join(' ') || 'subject not named');
  statusLine.replaceChildren('Status: ', el('strong', null, words(APPLICATION_STATUS, application.status)));
  describe(details, [
    ['Route', words(ROUTES, application.route)],
    ['Received on', day(application.receivedOn)],
    ['Subject (B)', person(application.subject, false)],
    ['Person at risk (A)', person(application.personAtRisk, true)],
    ['Applicant', applicantText(application.applicant)],
    ['Legal basis', application.legalBasis ? words(LEGAL_BASES, application.legalBasis) : 'Not given'],
    ['Consent', consentText(application)],
    ['Asked for', categoryList(application.categories)],
    ['Officer', el('span', { className: 'reference' }, application.officerId || 'not given')],
    ['Application id', el('span', { className: 'reference' }, application.applicationId)],
    ...(application.sourceAlertId ? [['Made from alert', sourceAlert(application.sourceAlertId)]] : [])
  ]);
  const notes = application.applicantNotes || [];
  applicantNotes.replaceChildren();
  if (notes.length > 0) {
    applicantNotes.append(el('h3', null, 'Points to check about the applicant'),
      el('ul', { className: 'note-box' }, ...notes.map((note) => el('li', null, note.explanation || note.code))));
  }
}

function renderConclusion(application) {
  const notAnswered = application.notAnswered || [];
  const parts = [];
  // The node's own wording names every force by what it did; it never judges the subject.
  parts.push(el('p', { id: 'conclusion-text', className: 'conclusion' }, application.conclusionWording
    || words(CONCLUSIONS, application.conclusion || 'NOT_ALL_FORCES_ANSWERED_YET')));
  parts.push(el('p', { id: 'not-answered' }, notAnswered.length === 0 ? 'Every force asked has answered.'
    : 'Forces that have not answered: ' + notAnswered.join(', ') + '.'));
  conclusion.replaceChildren(...parts);
}

function itemRow(item, index, force) {
  const spent = item.spent === true;
  const row = el('tr', { className: spent ? 'spent' : '' },
    rowHeader(words(RECORD_KINDS, item.kind)),
    el('td', null, words(CATEGORIES, item.category)),
    el('td', null, day(item.date)),
    el('td', null, item.endsOn ? day(item.endsOn) : 'No end date'),
    el('td', { className: 'summary' }, item.summary),
    el('td', null, spent ? el('strong', { className: 'flag-spent' }, 'Spent') : 'Not spent'));
  row.id = 'item-' + force + '-' + index;
  row.dataset.spent = String(spent);
  return row;
}

/** The records a force released: the node gives them as items (or, in older answers, answer.items). */
function itemsOf(force) {
  return force.items || (force.answer && force.answer.items) || [];
}

function renderReleased(application) {
  const answered = (application.forces || []).filter((force) => itemsOf(force).length > 0);
  if (answered.length === 0) {
    released.replaceChildren(el('p', null, 'No records have been released yet.'));
    return;
  }
  const parts = [];
  if (answered.some((force) => itemsOf(force).some((item) => item.spent === true))) {
    parts.push(el('p', { className: 'note-box', id: 'spent-note' }, 'Records marked SPENT are spent under the '
      + 'Rehabilitation of Offenders Act 1974. Take that into account before deciding whether to disclose them.'));
  }
  for (const force of answered) {
    const captionId = 'released-' + force.force + '-caption';
    const table = el('table', { className: 'data records', id: 'released-' + force.force });
    table.setAttribute('aria-labelledby', captionId);
    const head = el('tr', null, ...['Record', 'Category', 'Date', 'Ends on', 'Summary', 'Spent'].map((title) => {
      const th = el('th', null, title);
      th.scope = 'col';
      return th;
    }));
    table.append(el('caption', { id: captionId }, 'Released by ' + force.force),
      el('thead', null, head),
      el('tbody', null, ...itemsOf(force).map((item, index) => itemRow(item, index, force.force))));
    parts.push(table);
  }
  released.replaceChildren(...parts);
}

function extensionRow(extension) {
  return el('tr', null, rowHeader(String(extension.days)), el('td', null, extension.reason),
    el('td', { className: 'officer' }, extension.officerId || extension.by), el('td', null, moment(extension.at)));
}

function renderClock(application) {
  const c = application.clock || {};
  const daysLeft = typeof c.daysLeft === 'number' ? (c.daysLeft === 1 ? '1 day' : c.daysLeft + ' days') : 'Not known';
  describe(clock, [
    ['Received on', day(c.receivedOn || application.receivedOn)],
    ['Deadline', day(c.deadline)],
    ['Days left', c.breached ? el('strong', { className: 'breached' }, 'Breached: the deadline has passed')
      : daysLeft]
  ]);
  const list = c.extensions || [];
  if (list.length === 0) {
    extensions.replaceChildren(el('p', null, 'The deadline has not been extended.'));
  } else {
    const head = el('tr', null, ...['Days', 'Reason', 'By', 'When'].map((title) => {
      const th = el('th', null, title);
      th.scope = 'col';
      return th;
    }));
    const table = el('table', { className: 'data', id: 'extensions-table' },
      el('caption', null, 'Extensions'), el('thead', null, head),
      el('tbody', null, ...list.map(extensionRow)));
    extensions.replaceChildren(table);
  }
  const notices = c.notices || [];
  if (notices.length > 0) {
    extensions.append(el('p', null, 'Notices: ', ...notices.flatMap((notice, index) => [index > 0 ? '; ' : '',
      notice.kind === 'REMINDER' ? 'reminder on day ' + notice.day : 'deadline breached',
      ' (', moment(notice.at), ')'])));
  }
}

function renderDecision(application) {
  const d = application.decision;
  if (!d) {
    decision.replaceChildren(el('p', null, 'No decision has been recorded yet.'));
    decisionForm.hidden = false;
    return;
  }
  const list = el('dl', { className: 'details', id: 'decision-details' });
  describe(list, [
    ['Disclose', d.disclose ? 'Yes' : 'No'],
    ['Decided by', d.decidedBy],
    ['Forum', words(FORUMS, d.forum)],
    ['Decided on', day(d.decidedOn)],
    ['Method', d.method === 'IN_PERSON' ? 'In person' : (d.method || 'None: no disclosure')],
    ['To whom', d.recipient ? words(RECIPIENTS, d.recipient) : 'No one'],
    ['Recorded by', el('span', { className: 'officer' }, d.recordedBy || 'not given')]
  ]);
  decision.replaceChildren(list);
  decisionForm.hidden = true;
  extensionForm.hidden = true;
}

function changes(application) {
  const now = { status: application.status, forces: {} };
  for (const force of application.forces || []) {
    now.forces[force.force] = forceStatusText(force);
  }
  const said = [];
  if (shown && shown.id === application.applicationId) {
    if (shown.status !== now.status) {
      said.push('Application: ' + words(APPLICATION_STATUS, now.status) + '.');
    }
    for (const [force, text] of Object.entries(now.forces)) {
      if (shown.forces[force] !== text) {
        said.push(force + ': ' + text + '.');
      }
    }
  }
  shown = { id: application.applicationId, ...now };
  return said;
}

export function render(application) {
  const json = JSON.stringify(application);
  if (json === drawn) {
    return;
  }
  drawn = json;
  renderDetails(application);
  const draft = application.status === 'DRAFT';
  draftCompletion.hidden = !draft;
  progress.hidden = draft;
  if (draft) {
    // Filled once: a later update of the same draft leaves what the officer typed alone.
    if (completingId() !== application.applicationId) {
      completeDraft(application, $('draft-form-slot'), submitted);
    }
  } else {
    stopCompleting();
  }
  forcesBody.replaceChildren(...(application.forces || []).map(forceRow));
  renderConclusion(application);
  renderReleased(application);
  renderClock(application);
  renderDecision(application);
  const said = changes(application);
  if (said.length > 0) {
    announce(said.join(' '));
  }
  $('view-application').dataset.status = application.status;
}

/** A draft the node accepted: the view shows it as the application it now is, and the checks it started. */
function submitted(application) {
  render(application);
  announce('The application is complete and the checks have started.');
  $('forces-heading').focus();
}

/**
 * Opens an application and keeps it up to date until another view is opened.
 * @param failed called with an error that ends the view (a sign-in no longer accepted, an unknown id)
 */
export async function openApplication(id, failed) {
  closeApplication();
  openId = id;
  shown = null;
  drawn = null;
  extensionForm.reset();
  decisionForm.reset();
  clearErrors(extensionForm);
  clearErrors(decisionForm);
  extensionForm.hidden = false;
  const application = await call('GET', '/dvds/applications/' + encodeURIComponent(id));
  render(application);
  schedule(failed);
}

function schedule(failed) {
  const id = openId;
  timer = window.setTimeout(async () => {
    if (openId !== id) {
      return;
    }
    try {
      const application = await call('GET', '/dvds/applications/' + encodeURIComponent(id));
      if (openId === id) {
        render(application);
      }
    } catch (e) {
      if (e instanceof Unauthorized || (e instanceof ApiError && e.status === 404)) {
        closeApplication();
        failed(e, null);
        return;
      }
      // A missed update is tried again at the next tick.
    }
    if (openId === id) {
      schedule(failed);
    }
  }, POLL_MILLIS);
}

export function closeApplication() {
  openId = null;
  stopCompleting();
  if (timer !== null) {
    window.clearTimeout(timer);
    timer = null;
  }
}

// ---- the extension and the decision -----------------------------------------------------------------

function readExtension() {
  const days = $('extension-days').value.trim();
  const reason = $('extension-reason').value.trim();
  const errors = [];
  if (!/^[0-9]{1,3}$/.test(days) || Number(days) < 1) {
    errors.push({ field: 'days', message: 'Enter the number of days to add, a whole number of at least 1.' });
  }
  if (!reason) {
    errors.push({ field: 'reason', message: 'Give the reason for extending the deadline.' });
  }
  return { body: { days: Number(days), reason }, errors };
}

function readDecision() {
  const disclose = checkedValue(decisionForm, 'disclose');
  const body = {
    disclose: disclose === '' ? null : disclose === 'true',
    decidedBy: $('decided-by').value.trim(),
    forum: $('forum').value,
    decidedOn: $('decided-on').value.trim(),
    method: checkedValue(decisionForm, 'method') || 'IN_PERSON',
    recipient: checkedValue(decisionForm, 'recipient')
  };
  const errors = [];
  if (body.disclose === null) {
    errors.push({ field: 'disclose', message: 'Choose whether to disclose.' });
  }
  if (!body.decidedBy) {
    errors.push({ field: 'decidedBy', message: 'Enter who made the decision.' });
  }
  if (!body.forum) {
    errors.push({ field: 'forum', message: 'Choose the forum that made the decision.' });
  }
  if (!isDate(body.decidedOn)) {
    errors.push({ field: 'decidedOn',
      message: 'Enter the date of the decision as year-month-day, for example 2026-12-10.' });
  }
  if (body.disclose === true && !body.recipient) {
    errors.push({ field: 'recipient', message: 'Choose to whom the disclosure is made.' });
  }
  body.recipient = body.recipient || null;
  return { body, errors };
}

function wire(form, button, read, endpoint, done, after, failed) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { body, errors } = read();
    if (errors.length > 0) {
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    const id = openId;
    button.disabled = true;
    try {
      const application = await call('POST', '/dvds/applications/' + encodeURIComponent(id) + '/' + endpoint, body);
      if (openId === id) {
        render(application);
        form.reset();
        announce(done);
        $(after).focus();
      }
    } catch (e) {
      failed(e, form);
    } finally {
      button.disabled = false;
    }
  });
}

export function wireApplicationForms(failed) {
  wire(extensionForm, $('extend'), readExtension, 'extension', 'The deadline is extended.', 'clock-heading', failed);
  wire(decisionForm, $('record-decision'), readDecision, 'decision', 'The decision is recorded.', 'decision-heading',
    failed);
}
