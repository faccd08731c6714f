/*
 * Crossflag alert inbox. Plain JavaScript, no libraries, nothing fetched from elsewhere.
 *
 * - The login is kept in this closure only (never in localStorage, sessionStorage or a cookie): reloading or
 *   closing the page signs out. Every call to the node's API sends it as an HTTP Basic Authorization header.
 * - Every piece of data goes into the page as text (textContent, text nodes, properties), never as HTML.
 */
'use strict';

(function () {
  const API = '../api';
  const LIST_LIMIT = 200;
  const NOTE_MAX = 2000;

  const ACTIONS = [
    { code: 'CONTACTED_HOLDING_FORCE', label: 'Contacted the force that heard the person', kind: 'PRIOR_HEARING_ELSEWHERE' },
    { code: 'CONTACTED_REFERRING_FORCE', label: 'Contacted the force where the person was referred', kind: 'REFERRED_ELSEWHERE' },
    { code: 'ADDED_TO_PANEL_AGENDA', label: 'Added to the panel agenda' },
    { code: 'SAFETY_PLAN_UPDATED', label: 'Safety plan updated' },
    { code: 'RISK_REASSESSED', label: 'Risk reassessed' },
    { code: 'NO_FURTHER_ACTION', label: 'No further action' }
  ];

  const STATUS_WORDS = {
    REVIEW: 'To review: a possible match, no one else has been told',
    OPEN: 'Open: record the action taken',
    ACKNOWLEDGED: 'Acknowledged',
    NOT_SAME_PERSON: 'Closed: not the same person',
    WITHDRAWN: 'Withdrawn: the record behind it no longer stands, do not act on it'
  };

  const FILTER_WORDS = {
    '': 'alerts',
    REVIEW: 'alerts to review',
    OPEN: 'open alerts',
    ACKNOWLEDGED: 'acknowledged alerts',
    NOT_SAME_PERSON: 'alerts closed as not the same person',
    WITHDRAWN: 'withdrawn alerts'
  };

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  const TIME = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZone: 'Europe/London', timeZoneName: 'short'
  });

  let authorization = null;

  const $ = (id) => document.getElementById(id);
  const signInSection = $('sign-in');
  const signInForm = $('sign-in-form');
  const signInError = $('sign-in-error');
  const signInButton = $('sign-in-button');
  const usernameInput = $('username');
  const passwordInput = $('password');
  const inboxSection = $('inbox');
  const inboxHeading = $('inbox-heading');
  const signedIn = $('signed-in');
  const signedInUser = $('signed-in-user');
  const filterForm = $('filter-form');
  const filter = $('status-filter');
  const refreshButton = $('refresh');
  const listStatus = $('list-status');
  const listError = $('list-error');
  const list = $('alerts');

  // ---- calling the API ------------------------------------------------------------------------------

  class Unauthorized extends Error {
  }

  class ApiError extends Error {
    constructor(status, reason, detail) {
      super(detail);
      this.status = status;
      this.reason = reason;
      this.detail = detail;
    }
  }

  function base64(text) {
    let binary = '';
    new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  async function call(method, path, body) {
    if (!authorization) {
      throw new Unauthorized();
    }
    const headers = {
      Accept: 'application/json',
      Authorization: authorization,
      // Asks the node for a bare 401 on a bad login, so the browser does not show its own login dialog.
      'X-Requested-With': 'XMLHttpRequest'
    };
    const init = { method, headers, credentials: 'omit', cache: 'no-store', redirect: 'error' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(API + path, init);
    } catch (e) {
      throw new ApiError(0, 'NODE_UNREACHABLE', 'The node did not answer. Check the connection and try again.');
    }
    if (response.status === 401) {
      throw new Unauthorized();
    }
    let data = null;
    const text = await response.text();
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        data = null;
      }
    }
    if (!response.ok) {
      if (response.status === 403) {
        throw new ApiError(403, 'FORBIDDEN', 'This login may not use the alert inbox.');
      }
      // A refusal is {reasonCode, message, field}; nodes before that shape sent {reason, detail}.
      const reason = textOf(data, 'reasonCode', 'reason') || 'HTTP_' + response.status;
      const detail = textOf(data, 'message', 'detail')
        || 'The node refused the request (HTTP ' + response.status + ').';
      throw new ApiError(response.status, reason, detail);
    }
    return data;
  }

  /** The first of the keys that holds text in a refusal's body, else null. */
  function textOf(data, key, olderKey) {
    if (data && typeof data[key] === 'string') {
      return data[key];
    }
    return data && typeof data[olderKey] === 'string' ? data[olderKey] : null;
  }

  /** A failure anywhere: a login no longer accepted goes back to the sign-in form, anything else is shown. */
  function failed(error, where, prefix) {
    if (error instanceof Unauthorized) {
      signOut('Your sign-in was not accepted by the node. Sign in again.');
      return;
    }
    if (!(error instanceof ApiError)) {
      error = new ApiError(0, 'PAGE_ERROR', 'Something went wrong in this page. Reload it and sign in again.');
    }
    where.textContent = '';
    where.append((prefix || '') + error.detail);
    if (error.reason) {
      where.append(' ', el('span', { className: 'reason' }, '(' + error.reason + ')'));
    }
    where.hidden = false;
  }

  // ---- building the page (text only, never HTML) ----------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : String(child));
      }
    }
    return node;
  }

  function day(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    const text = m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : (iso || 'date not given');
    return el('time', { dateTime: iso || '' }, text);
  }

  function moment(iso) {
    const date = new Date(iso);
    return el('time', { dateTime: iso || '' }, isNaN(date.getTime()) ? (iso || 'time not given') : TIME.format(date));
  }

  function actionLabel(code) {
    const action = ACTIONS.find((a) => a.code === code);
    return action ? action.label + ' (' + code + ')' : code;
  }

  function kindText(alert) {
    if (alert.kind === 'PRIOR_HEARING_ELSEWHERE') {
      return 'Prior hearing in ' + alert.otherForce;
    }
    if (alert.kind === 'REFERRED_ELSEWHERE') {
      return 'Person your panel heard was referred in ' + alert.otherForce;
    }
    if (alert.kind === 'CIRCUMSTANCE_CHANGE' && alert.circumstance) {
      return 'Change of circumstance under a ' + alert.circumstance.orderType + ', notified to ' + alert.otherForce;
    }
    return alert.kind + ' (' + alert.otherForce + ')';
  }

  const CHANGE_WORDS = {
    NEW_ADDRESS: 'New home address',
    NEW_NAME: 'New name',
    NEW_PARTNER: 'New partner',
    PLANNED_TRAVEL: 'Planned travel'
  };

  const PANEL_WORDS = {
    HEARD: 'Yes: this force\'s panels heard the person',
    POSSIBLY_HEARD: 'Possibly: a possible match in this force\'s panel records',
    NOT_HEARD: 'No: this force\'s panels have not heard the person',
    NOT_CHECKED: 'Not checked: this node holds no matching key'
  };

  function circumstanceRows(alert) {
    const notice = alert.circumstance;
    return [
      ...row('What changed', (CHANGE_WORDS[notice.changeKind] || notice.changeKind)
        + (notice.newDistrict ? ', postcode district ' + notice.newDistrict : '') + ', from ', day(notice.changedOn)),
      ...row('Order', notice.orderType + ', reference ', el('span', { className: 'reference' }, notice.orderReference),
        ', held by ' + notice.orderHeldBy),
      ...row('Known to panels', PANEL_WORDS[notice.knownToPanels] || notice.knownToPanels),
      ...row('Deadline', notice.possibleNonCompliance
        ? el('strong', null, 'Possible non-compliance: notified after the deadline')
        : 'Notified in time', ' (notified ', day(notice.notifiedOn), ')')
    ];
  }

  function row(term, ...description) {
    return [el('dt', null, term), el('dd', null, ...description)];
  }

  function hearingText(alert) {
    const where = alert.kind === 'REFERRED_ELSEWHERE' ? ', at your force' : ', in ' + alert.otherForce;
    return [(alert.heardForum || 'Panel') + ' on ', day(alert.heardOn), ', reference ',
      el('span', { className: 'reference' }, alert.heardReference || 'not given'), where];
  }

  function referralText(alert) {
    const where = alert.kind === 'REFERRED_ELSEWHERE' ? ', in ' + alert.otherForce : ', at your force';
    return [(alert.referralForum || 'Panel') + ' on ', day(alert.referredOn), ', reference ',
      el('span', { className: 'reference' }, alert.referralReference || 'not given'), where];
  }

  function contactParts(contact) {
    if (!contact) {
      return ['No contact was given'];
    }
    const parts = [el('span', { className: 'contact-name' }, contact.name)];
    if (contact.phone) {
      parts.push(el('br'), 'Phone: ', el('a', { href: 'tel:' + contact.phone.replace(/[^0-9+]/g, '') }, contact.phone));
    }
    if (contact.email) {
      parts.push(el('br'), 'Email: ',
        el('a', { href: 'mailto:' + encodeURIComponent(contact.email).replace('%40', '@') }, contact.email));
    }
    return parts;
  }

  function scoreText(score) {
    if (!score) {
      return 'No score was shared';
    }
    return score.value + ' (' + score.tool + ', version ' + score.toolVersion + ')';
  }

  /** The score, then what its tool measures and how far it is validated: never a score without its meaning. */
  function scoreWithDescription(alert) {
    const about = alert.scoreDescription;
    if (!alert.score || !about) {
      return scoreText(alert.score);
    }
    if (!about.described) {
      return scoreText(alert.score) + ' \u2014 not described: this node has no description of the ' + about.tool
        + ' tool, so what the score measures is not known here.';
    }
    const assesses = about.assesses === 'VICTIM_RISK' ? "scores the victim's risk"
      : about.assesses === 'PERPETRATOR_HARM' ? 'ranks the harm the perpetrator causes' : about.assesses;
    const validation = String(about.validation).toLowerCase().replace(/_/g, ' ');
    const source = about.sources && about.sources.length ? ' (' + about.sources[0].title + ')' : '';
    return scoreText(alert.score) + ' \u2014 ' + assesses + ': ' + about.measures + ' Validation: ' + validation + '. '
      + about.validationNote + source;
  }

  /** What the record's source said later, in words: a correction with its values, or a withdrawal. Else null. */
  function amendmentNotice(alert) {
    if (!alert.amendment) {
      return null;
    }
    if (alert.amendment === 'CORRECTED') {
      return el('p', { className: 'amendment' },
        el('strong', null, 'Corrected on ', day(alert.amendedOn)), ': the hearing now reads ',
        (alert.heardForum || 'Panel') + ' on ', day(alert.heardOn), ', risk score ', scoreText(alert.score),
        '. The details below are the corrected ones.');
    }
    const why = alert.amendment === 'PURGED'
      ? 'the record behind this alert reached the end of its retention period at its source and was deleted.'
      : 'the record behind this alert was withdrawn at its source.';
    return el('p', { className: 'amendment ended' },
      el('strong', null, 'Withdrawn on ', day(alert.amendedOn)), ': ' + why + ' Do not act on this alert as current.');
  }

  const ABUSE_WORDS = {
    DOMESTIC_ABUSE: 'Domestic abuse', COERCIVE_CONTROL: 'Coercive control', STALKING: 'Stalking',
    HONOUR_BASED: 'Honour-based abuse', OTHER: 'Other'
  };

  /**
   * What the alert says beyond the hearing: why it waits for review, the serial count across forces, the MAPPA
   * Category 3 prompt and the age flag. Counts and codes only: never a victim.
   */
  function patternNotices(alert) {
    const patterns = alert.patterns || {};
    const notices = [];
    if (patterns.holdLine) {
      notices.push(el('p', { className: 'hold' }, el('strong', null, 'Held for review: '), patterns.holdLine));
    }
    if (patterns.serialLine) {
      notices.push(el('p', { className: 'serial' }, el('strong', null, patterns.serialLine),
        ' (partners, former partners and family, counted across the forces that answered; no victim is named)'));
    }
    if (patterns.mappaPromptLine) {
      notices.push(el('p', { className: 'mappa' }, el('strong', null, 'MAPPA: '), patterns.mappaPromptLine));
    }
    if (patterns.ageLine) {
      notices.push(el('p', { className: 'age' }, el('strong', null, 'Age: '), patterns.ageLine));
    }
    return notices;
  }

  function patternRows(alert) {
    const patterns = alert.patterns || {};
    const rows = [];
    if (patterns.abuseType) {
      rows.push(...row('Abuse type', ABUSE_WORDS[patterns.abuseType] || patterns.abuseType));
    }
    if (patterns.subjectRole === 'BOTH') {
      rows.push(...row('Role recorded', 'Both victim and perpetrator (mutual, or a counter-allegation)'));
    } else if (patterns.subjectRole === 'VICTIM') {
      rows.push(...row('Role recorded', 'Victim'));
    }
    return rows;
  }

  function renderAlert(alert, outsideFilter) {
    const id = alert.alertId;
    const titleId = 'alert-' + id + '-title';
    const card = el('article', {
      className: 'alert status-' + String(alert.status).toLowerCase().replace(/_/g, '-'),
      id: 'alert-' + id,
      tabIndex: -1
    });
    card.setAttribute('aria-labelledby', titleId);
    card.dataset.alertId = id;
    card.dataset.status = alert.status;

    card.append(el('p', { className: 'linked-marker', hidden: true }, 'Linked alert'));
    card.append(el('h3', { id: titleId }, kindText(alert)));
    card.append(el('p', { className: 'status' }, 'Status: ', el('strong', null, STATUS_WORDS[alert.status] || alert.status)));
    const notice = amendmentNotice(alert);
    if (notice) {
      card.append(notice);
    }
    card.append(...patternNotices(alert));
    if (outsideFilter) {
      card.append(el('p', { className: 'hint' }, 'Shown because the link points to it; it is not in the list you chose.'));
    }

    const details = el('dl', { className: 'details' });
    if (alert.kind === 'CIRCUMSTANCE_CHANGE' && alert.circumstance) {
      details.append(
        ...circumstanceRows(alert),
        ...row('Whom to call', ...contactParts(alert.contact)),
        ...row('Alert raised', moment(alert.createdAt)),
        ...row('Alert id', el('span', { className: 'reference' }, id))
      );
    } else details.append(
      ...row('Band', alert.band === 'MATCH' ? 'Match' : alert.band === 'POSSIBLE_MATCH' ? 'Possible match' : alert.band),
      ...row('Hearing', ...hearingText(alert)),
      ...row('Referral', ...referralText(alert)),
      ...patternRows(alert),
      ...row('Repeat', alert.repeat ? 'Yes: heard before within the repeat period' : 'No'),
      ...row('Escalation', alert.escalation ? 'Yes: the escalation threshold is met' : 'No'),
      ...row('Risk score', scoreWithDescription(alert)),
      ...row('Whom to call', ...contactParts(alert.contact)),
      ...row('Alert raised', moment(alert.createdAt)),
      ...row('Alert id', el('span', { className: 'reference' }, id))
    );
    if (alert.status === 'ACKNOWLEDGED') {
      details.append(
        ...row('Action taken', actionLabel(alert.actionCode)),
        ...row('Note', alert.actionNote ? el('span', { className: 'note' }, alert.actionNote) : 'No note'),
        ...row('Acknowledged by', el('span', { className: 'officer' }, alert.acknowledgedBy), ' on ',
          moment(alert.acknowledgedAt))
      );
    }
    card.append(details);

    const error = el('p', { className: 'error', hidden: true, tabIndex: -1 });
    error.setAttribute('role', 'alert');
    if (alert.status === 'REVIEW') {
      card.append(reviewSection(alert, error));
    } else if (alert.status === 'OPEN') {
      card.append(acknowledgeForm(alert, error));
    }
    card.append(error);
    return el('li', null, card);
  }

  function reviewSection(alert, error) {
    const same = el('button', { type: 'button', className: 'review-same' }, 'Same person');
    const notSame = el('button', { type: 'button', className: 'review-not-same' }, 'Not the same person');
    const group = el('div', { className: 'review' },
      el('p', null, alert.kind === 'CIRCUMSTANCE_CHANGE'
        ? 'Record your review: is this a person your force should act on? No other force is told either way.'
        : 'Is this the person in your referral? ' + alert.otherForce
          + ' is told of your referral only if you confirm it is the same person.'),
      same, ' ', notSame);
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Review the possible match');
    const decide = (decision) => async () => {
      same.disabled = true;
      notSame.disabled = true;
      error.hidden = true;
      try {
        const updated = await call('POST', '/alerts/' + encodeURIComponent(alert.alertId) + '/review', { decision });
        replaceAlert(updated, decision === 'SAME_PERSON'
          ? 'Confirmed as the same person: ' + updated.otherForce + ' is being told. Record the action taken.'
          : 'Closed: not the same person. No one else is told.');
      } catch (e) {
        same.disabled = false;
        notSame.disabled = false;
        await refused(alert.alertId, e, error);
      }
    };
    same.addEventListener('click', decide('SAME_PERSON'));
    notSame.addEventListener('click', decide('NOT_SAME_PERSON'));
    return group;
  }

  function acknowledgeForm(alert, error) {
    const id = alert.alertId;
    const select = el('select', { id: 'action-' + id, name: 'actionCode', required: true },
      el('option', { value: '' }, 'Choose the action taken'));
    for (const action of ACTIONS) {
      if (!action.kind || action.kind === alert.kind) {
        select.append(el('option', { value: action.code }, action.label));
      }
    }
    const note = el('textarea', { id: 'note-' + id, name: 'note', maxLength: NOTE_MAX, rows: 3 });
    const count = el('p', { id: 'note-' + id + '-count', className: 'hint' }, NOTE_MAX + ' characters left');
    note.setAttribute('aria-describedby', count.id);
    note.addEventListener('input', () => {
      count.textContent = (NOTE_MAX - note.value.length) + ' characters left';
    });
    const submit = el('button', { type: 'submit' }, 'Record action');
    const form = el('form', { className: 'acknowledge', method: 'post', noValidate: true },
      el('fieldset', null,
        el('legend', null, 'Record the action taken'),
        el('p', { className: 'field' }, el('label', { htmlFor: select.id }, 'Action taken'), select),
        el('p', { className: 'field' }, el('label', { htmlFor: note.id }, 'Note (optional, up to 2000 characters)'), note),
        count,
        el('p', null, submit)));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      if (!select.value) {
        failed(new ApiError(0, null, 'Choose the action taken.'), error);
        select.focus();
        return;
      }
      if (note.value.length > NOTE_MAX) {
        failed(new ApiError(0, null, 'The note must be at most 2000 characters.'), error);
        note.focus();
        return;
      }
      submit.disabled = true;
      try {
        const updated = await call('POST', '/alerts/' + encodeURIComponent(id) + '/acknowledgement',
          { actionCode: select.value, note: note.value.trim() === '' ? null : note.value });
        replaceAlert(updated, 'Action recorded: the alert is acknowledged.');
      } catch (e) {
        submit.disabled = false;
        await refused(id, e, error);
      }
    });
    return form;
  }

  /** Shows the alert as the node now has it, with a message saying what just happened (or none). */
  function replaceAlert(alert, message) {
    const old = $('alert-' + alert.alertId);
    const item = renderAlert(alert, false);
    const card = item.firstElementChild;
    if (old && old.parentElement) {
      card.classList.toggle('linked', old.classList.contains('linked'));
      card.querySelector('.linked-marker').hidden = !old.classList.contains('linked');
      old.parentElement.replaceWith(item);
    } else {
      list.prepend(item);
    }
    if (message) {
      card.append(el('p', { className: 'notice' }, message));
      listStatus.textContent = message;
    }
    card.focus();
    return card;
  }

  /**
   * The node refused a review or an acknowledgement. When the alert has changed meanwhile (someone else reviewed or
   * acknowledged it: 409), the card is brought up to date first, so the coordinator sees who did what.
   */
  async function refused(alertId, error, errorElement) {
    let where = errorElement;
    if (error instanceof ApiError && error.status === 409) {
      try {
        const current = await call('GET', '/alerts/' + encodeURIComponent(alertId));
        where = replaceAlert(current, null).querySelector('p.error');
      } catch (e) {
        where = errorElement;
      }
    }
    failed(error, where, 'Not recorded: ');
    if (!where.hidden) {
      where.focus();
    }
  }

  // ---- the list, the deep link, signing in and out ------------------------------------------------------

  async function loadAlerts() {
    const status = filter.value;
    listError.hidden = true;
    listStatus.textContent = 'Loading ' + FILTER_WORDS[status] + '...';
    const alerts = await call('GET', '/alerts' + (status ? '?status=' + encodeURIComponent(status) : ''));
    const newest = alerts.map((alert, index) => ({ alert, index, at: Date.parse(alert.createdAt) || 0 }))
      .sort((a, b) => (b.at - a.at) || (a.index - b.index)).map((entry) => entry.alert);
    list.replaceChildren(...newest.map((alert) => renderAlert(alert, false)));
    const count = newest.length;
    listStatus.textContent = (count === 0 ? 'No ' + FILTER_WORDS[status] + ' to show.'
      : count + ' ' + (count === 1 ? FILTER_WORDS[status].replace(/alerts/, 'alert') : FILTER_WORDS[status]) + ', newest first.')
      + (count >= LIST_LIMIT ? ' Only the newest ' + LIST_LIMIT + ' are shown.' : '')
      + ' Updated ' + TIME.format(new Date()) + '.';
  }

  function linkedId() {
    let id;
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return null;
    }
    return /^[A-Za-z0-9-]{1,64}$/.test(id) ? id : null;
  }

  async function showLinked() {
    for (const card of list.querySelectorAll('.alert.linked')) {
      card.classList.remove('linked');
      card.querySelector('.linked-marker').hidden = true;
    }
    const id = linkedId();
    if (!id || !authorization) {
      return;
    }
    let card = $('alert-' + id);
    if (!card) {
      try {
        const alert = await call('GET', '/alerts/' + encodeURIComponent(id));
        list.prepend(renderAlert(alert, true));
        card = $('alert-' + id);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) {
          failed(new ApiError(404, 'NOT_FOUND', 'The link points to an alert this node does not hold.'), listError);
        } else {
          failed(e, listError);
        }
        return;
      }
    }
    card.classList.add('linked');
    card.querySelector('.linked-marker').hidden = false;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
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
    authorization = 'Basic ' + base64(username + ':' + password);
    passwordInput.value = '';
    signInButton.disabled = true;
    try {
      await loadAlerts();
      signedInUser.textContent = username;
      signedIn.hidden = false;
      signInSection.hidden = true;
      inboxSection.hidden = false;
      inboxHeading.focus();
      await showLinked();
    } catch (e) {
      authorization = null;
      list.replaceChildren();
      if (e instanceof Unauthorized) {
        showSignInError('The username or password was not accepted. Check them and try again.');
      } else {
        showSignInError(e instanceof ApiError ? e.detail + ' (' + e.reason + ')' : 'The inbox could not be opened.');
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
    authorization = null;
    list.replaceChildren();
    listStatus.textContent = '';
    listError.hidden = true;
    signedInUser.textContent = '';
    signedIn.hidden = true;
    inboxSection.hidden = true;
    signInSection.hidden = false;
    passwordInput.value = '';
    if (message) {
      showSignInError(message);
    } else {
      signInError.hidden = true;
      usernameInput.focus();
    }
  }

  async function reload() {
    refreshButton.disabled = true;
    try {
      await loadAlerts();
      await showLinked();
    } catch (e) {
      failed(e, listError);
    } finally {
      refreshButton.disabled = false;
    }
  }

  signInForm.addEventListener('submit', signIn);
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    reload();
  });
  filter.addEventListener('change', reload);
  $('sign-out').addEventListener('click', () => signOut(null));
  window.addEventListener('hashchange', () => {
    showLinked().catch((e) => failed(e, listError));
  });
  usernameInput.focus();
}());
