/*
 * The list of this force's applications, and the form that starts one. The same form completes a draft made from
 * an alert: it then moves into the draft's view, filled with what the draft holds, and submits the draft.
 */
import { call } from './api.js';
import { $, checkedValue, clearErrors, day, el, isDate, nowText, showErrors, words } from './page.js';
import { APPLICATION_STATUS, ROUTES } from './vocabulary.js';

const table = $('applications');
const body = $('applications-body');
const listStatus = $('applications-status');
const form = $('new-application');
// Where the form lives while it starts a new application.
const home = form.parentElement;

/** The draft the form completes ({ id, completed }), or null while it starts a new application. */
let completing = null;

function daysLeftText(application) {
  if (application.breached) {
    return 'Deadline passed';
  }
  if (typeof application.daysLeft !== 'number') {
    return 'Not known';
  }
  return application.daysLeft === 1 ? '1 day' : application.daysLeft + ' days';
}

function applicationRow(application) {
  const link = el('a', { href: '#/application/' + encodeURIComponent(application.applicationId) },
    application.subject || 'Subject not named');
  const th = el('th', null, link);
  th.scope = 'row';
  const row = el('tr', { id: 'application-row-' + application.applicationId },
    th,
    el('td', null, words(ROUTES, application.route)),
    el('td', null, day(application.receivedOn)),
    el('td', { className: 'status' }, words(APPLICATION_STATUS, application.status)),
    el('td', null, day(application.deadline)),
    el('td', { className: application.breached ? 'breached' : '' }, daysLeftText(application)));
  row.dataset.applicationId = application.applicationId;
  row.dataset.status = application.status;
  return row;
}

export async function loadApplications() {
  listStatus.textContent = 'Loading the applications...';
  const applications = await call('GET', '/dvds/applications');
  const newest = [...applications].sort((a, b) => String(b.receivedOn).localeCompare(String(a.receivedOn)));
  body.replaceChildren(...newest.map(applicationRow));
  table.hidden = newest.length === 0;
  listStatus.textContent = (newest.length === 0 ? 'This force has made no applications yet.'
    : newest.length + (newest.length === 1 ? ' application' : ' applications') + ', newest first.')
    + ' Updated ' + nowText() + '.';
}

// ---- starting an application ------------------------------------------------------------------------

function value(id) {
  return $(id).value.trim();
}

function orNull(text) {
  return text === '' ? null : text;
}

function readForm() {
  const consentState = value('consent-state');
  return {
    route: orNull(checkedValue(form, 'route')),
    receivedOn: orNull(value('received-on')),
    personAtRisk: {
      givenNames: orNull(value('a-given')),
      familyName: orNull(value('a-family')),
      dateOfBirth: orNull(value('a-dob')),
      address: orNull(value('a-address'))
    },
    subject: {
      givenNames: orNull(value('b-given')),
      familyName: orNull(value('b-family')),
      dateOfBirth: orNull(value('b-dob'))
    },
    applicant: {
      kind: orNull(checkedValue(form, 'applicantKind')),
      name: orNull(value('applicant-name')),
      relationshipToPersonAtRisk: orNull(value('relationship-a')),
      relationshipToSubject: orNull(value('relationship-b'))
    },
    legalBasis: orNull(value('legal-basis')),
    consent: { state: orNull(consentState), justification: orNull(value('consent-justification')) },
    categories: [...form.querySelectorAll('input[name="categories"]:checked')].map((box) => box.value)
  };
}

function dateError(field, text, what, optional) {
  if (!text) {
    return optional ? null : { field, message: 'Enter ' + what + '.' };
  }
  return isDate(text) ? null : { field, message: 'Enter ' + what + ' as year-month-day, for example 2026-12-01.' };
}

/** The checks the page can make before calling the node; the node checks everything again. */
function missing(application) {
  const errors = [];
  const need = (ok, field, message) => {
    if (!ok) {
      errors.push({ field, message });
    }
  };
  need(application.route, 'route', 'Choose the route: Right to Ask or Right to Know.');
  errors.push(dateError('receivedOn', application.receivedOn, 'the date the application was received'));
  need(application.personAtRisk.givenNames, 'personAtRisk.givenNames', "Enter the person at risk's given names.");
  need(application.personAtRisk.familyName, 'personAtRisk.familyName', "Enter the person at risk's family name.");
  errors.push(dateError('personAtRisk.dateOfBirth', application.personAtRisk.dateOfBirth,
    "the person at risk's date of birth", true));
  need(application.subject.givenNames, 'subject.givenNames', "Enter the subject's given names.");
  need(application.subject.familyName, 'subject.familyName', "Enter the subject's family name.");
  errors.push(dateError('subject.dateOfBirth', application.subject.dateOfBirth, "the subject's date of birth"));
  need(application.applicant.kind, 'applicant.kind', 'Choose who applied.');
  need(application.applicant.kind !== 'THIRD_PARTY' || application.applicant.name, 'applicant.name',
    "Enter the applicant's name: a third party applied.");
  need(application.applicant.relationshipToPersonAtRisk, 'applicant.relationshipToPersonAtRisk',
    "Choose the applicant's relationship to the person at risk.");
  need(application.applicant.relationshipToSubject, 'applicant.relationshipToSubject',
    "Choose the applicant's relationship to the subject.");
  need(application.legalBasis, 'legalBasis', 'Choose the legal basis.');
  need(application.consent.state, 'consent.state', 'Choose the consent state.');
  const justification = application.consent.justification || '';
  need(application.consent.state !== 'REFUSED_OVERRIDDEN' || justification.length >= 10, 'consent.justification',
    'Give the justification for overriding the refused consent, in at least 10 characters.');
  need(application.categories.length > 0, 'categories', 'Choose at least one kind of record to ask for.');
  return errors.filter((error) => error !== null);
}

export function showNewApplicationForm() {
  stopCompleting();
  clearErrors(form);
}

// ---- completing a draft -----------------------------------------------------------------------------

function setValue(id, text) {
  $(id).value = text || '';
}

function checkChoice(name, value) {
  for (const choice of form.querySelectorAll('input[name="' + name + '"]')) {
    choice.checked = choice.value === value;
  }
}

/** Fills the form with what the draft holds; anything the draft does not hold stays empty. */
function fill(application) {
  const atRisk = application.personAtRisk || {};
  const subject = application.subject || {};
  const applicant = application.applicant || {};
  checkChoice('route', application.route);
  setValue('received-on', application.receivedOn);
  setValue('a-given', atRisk.givenNames);
  setValue('a-family', atRisk.familyName);
  setValue('a-dob', atRisk.dateOfBirth);
  setValue('a-address', atRisk.address);
  setValue('b-given', subject.givenNames);
  setValue('b-family', subject.familyName);
  setValue('b-dob', subject.dateOfBirth);
  checkChoice('applicantKind', applicant.kind);
  setValue('applicant-name', applicant.name);
  setValue('relationship-a', applicant.relationshipToPersonAtRisk);
  setValue('relationship-b', applicant.relationshipToSubject);
  setValue('legal-basis', application.legalBasis);
  setValue('consent-state', application.consentState);
  const categories = application.categories || [];
  for (const box of form.querySelectorAll('input[name="categories"]')) {
    box.checked = categories.includes(box.value);
  }
}

/** The id of the draft the form is completing, or null. */
export function completingId() {
  return completing ? completing.id : null;
}

/**
 * Moves the form into a draft's view, filled with what the draft holds.
 * @param slot      where the form goes
 * @param completed called with the application as the node answers once the draft is submitted
 */
export function completeDraft(application, slot, completed) {
  form.reset();
  clearErrors(form);
  slot.append(form);
  completing = { id: application.applicationId, completed };
  fill(application);
}

/** Puts the form back, empty, for starting a new application. */
export function stopCompleting() {
  if (completing === null) {
    return;
  }
  completing = null;
  form.reset();
  clearErrors(form);
  home.append(form);
}

/**
 * @param opened called with the new application's id once the node has accepted it (a draft calls its own)
 * @param failed called with an error that is not about the form (a sign-in no longer accepted)
 */
export function wireNewApplicationForm(opened, failed) {
  const submit = $('start-application');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const application = readForm();
    const errors = missing(application);
    if (errors.length > 0) {
      showErrors(form, errors);
      return;
    }
    clearErrors(form);
    const draft = completing;
    submit.disabled = true;
    try {
      if (draft) {
        const submitted = await call('POST', '/dvds/applications/' + encodeURIComponent(draft.id) + '/submission',
          application);
        if (completing === draft) {
          stopCompleting();
          draft.completed(submitted);
        }
      } else {
        const created = await call('POST', '/dvds/applications', application);
        form.reset();
        opened(created.applicationId);
      }
    } catch (e) {
      failed(e, form);
    } finally {
      submit.disabled = false;
    }
  });
}
