/*
 * Crossflag DVDS workspace: signing in and out, and moving between the views. Plain JavaScript modules, no
 * libraries, nothing fetched from elsewhere. Views are addressed as #/applications, #/new, #/application/{id},
 * #/requests, #/request/{id} and #/report; any other # (the skip link, an error summary link) is left to the browser.
 */
import { ApiError, Unauthorized, call, forgetLogin, signedIn, useLogin } from './api.js';
import { $, clearErrors, fromApi, showErrors } from './page.js';
import { loadApplications, showNewApplicationForm, wireNewApplicationForm } from './applications.js';
import { closeApplication, openApplication, wireApplicationForms } from './application.js';
import { loadRequests, openRequest, wireAnswerForm } from './requests.js';
import { showReport, wireReportForm } from './report.js';

const VIEWS = ['view-applications', 'view-new', 'view-application', 'view-requests', 'view-request', 'view-report'];
const NAV = { 'view-applications': 'nav-applications', 'view-new': 'nav-new', 'view-requests': 'nav-requests',
  'view-application': 'nav-applications', 'view-request': 'nav-requests', 'view-report': 'nav-report' };

const signInSection = $('sign-in');
const signInForm = $('sign-in-form');
const signInError = $('sign-in-error');
const signInButton = $('sign-in-button');
const usernameInput = $('username');
const passwordInput = $('password');
const nav = $('workspace-nav');
const signedInLine = $('signed-in');
const signedInUser = $('signed-in-user');

function route() {
  const hash = window.location.hash;
  let m;
  if (hash === '#/new') {
    return { view: 'view-new' };
  }
  if (hash === '#/requests') {
    return { view: 'view-requests' };
  }
  if (hash === '#/report') {
    return { view: 'view-report' };
  }
  if ((m = /^#\/application\/([A-Za-z0-9-]{1,64})$/.exec(hash))) {
    return { view: 'view-application', id: m[1] };
  }
  if ((m = /^#\/request\/([A-Za-z0-9-]{1,64})$/.exec(hash))) {
    return { view: 'view-request', id: m[1] };
  }
  return { view: 'view-applications' };
}

function isViewHash() {
  return window.location.hash === '' || window.location.hash.startsWith('#/');
}

function show(view) {
  for (const id of VIEWS) {
    $(id).hidden = id !== view;
  }
  for (const link of nav.querySelectorAll('a')) {
    if (link.id === NAV[view]) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Shows the view the address names; the view's heading takes the focus, so a screen reader starts there. */
async function open() {
  closeApplication();
  clearErrors(null);
  const { view, id } = route();
  show(view);
  const headingOf = { 'view-applications': 'applications-heading', 'view-new': 'new-heading',
    'view-application': 'application-heading', 'view-requests': 'requests-heading', 'view-request': 'request-heading',
    'view-report': 'report-heading' };
  try {
    if (view === 'view-applications') {
      await loadApplications();
    } else if (view === 'view-new') {
      showNewApplicationForm();
    } else if (view === 'view-application') {
      await openApplication(id, failed);
    } else if (view === 'view-requests') {
      await loadRequests();
    } else if (view === 'view-report') {
      await showReport();
    } else {
      await openRequest(id);
    }
    $(headingOf[view]).focus();
  } catch (e) {
    failed(e, null);
  }
}

/** A failure anywhere: a login no longer accepted goes back to the sign-in form, anything else is shown. */
function failed(error, form) {
  if (error instanceof Unauthorized) {
    signOut('Your sign-in was not accepted by the node. Sign in again.');
    return;
  }
  showErrors(form, [fromApi(error)]);
}

async function signIn(event) {
  event.preventDefault();
  signInError.hidden = true;
  const username = usernameInput.value.trim();
  const password = passwordInput.value;
  if (!username || !password) {
    showSignInError('Enter your username and password.');
    return;
  }
  useLogin(username, password);
  passwordInput.value = '';
  signInButton.disabled = true;
  try {
    // A cheap call that needs the DVDS officer role: a wrong login or role never reaches the workspace.
    await call('GET', '/dvds/requests');
    signedInUser.textContent = username;
    signedInLine.hidden = false;
    signInSection.hidden = true;
    nav.hidden = false;
    await open();
  } catch (e) {
    forgetLogin();
    if (e instanceof Unauthorized) {
      showSignInError('The username or password was not accepted. Check them and try again.');
    } else {
      showSignInError(e instanceof ApiError ? e.message + ' (' + e.reasonCode + ')'
        : 'The workspace could not be opened.');
    }
  } finally {
    signInButton.disabled = false;
  }
}

function showSignInError(message) {
  signInError.textContent = message;
  signInError.hidden = false;
  signInError.focus();
}

function signOut(message) {
  forgetLogin();
  closeApplication();
  clearErrors(null);
  for (const id of VIEWS) {
    $(id).hidden = true;
  }
  // Nothing about any person stays in the page.
  for (const id of ['applications-body', 'forces-body', 'application-details', 'conclusion', 'released', 'clock',
    'extensions', 'decision', 'requests-body', 'request-details', 'request-records', 'request-answered',
    'report-body', 'report-caption']) {
    $(id).replaceChildren();
  }
  for (const form of document.querySelectorAll('main form')) {
    form.reset();
  }
  $('live').textContent = '';
  signedInUser.textContent = '';
  signedInLine.hidden = true;
  nav.hidden = true;
  signInSection.hidden = false;
  passwordInput.value = '';
  if (message) {
    showSignInError(message);
  } else {
    signInError.hidden = true;
    usernameInput.focus();
  }
}

signInForm.addEventListener('submit', signIn);
$('sign-out').addEventListener('click', () => signOut(null));
$('refresh-applications').addEventListener('click', () => loadApplications().catch((e) => failed(e, null)));
$('refresh-requests').addEventListener('click', () => loadRequests().catch((e) => failed(e, null)));
wireNewApplicationForm((id) => { window.location.hash = '#/application/' + encodeURIComponent(id); }, failed);
wireApplicationForms(failed);
wireAnswerForm(failed);
wireReportForm(failed);
window.addEventListener('hashchange', () => {
  if (signedIn() && isViewHash()) {
    open();
  }
});
usernameInput.focus();
