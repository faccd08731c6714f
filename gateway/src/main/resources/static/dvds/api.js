/*
 * Calls to the node's officers' API. The login is kept in this module only (never in localStorage, sessionStorage
 * or a cookie): reloading or closing the page signs out. Every call sends it as an HTTP Basic Authorization header.
 */
const API = '../api';

let authorization = null;

export class Unauthorized extends Error {
}

/** A refusal from the node ({reasonCode, message, field}), or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(status, reasonCode, message, field) {
    super(message);
    this.status = status;
    this.reasonCode = reasonCode;
    this.field = field || null;
  }
}

function base64(text) {
  let binary = '';
  new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary);
}

export function signedIn() {
  return authorization !== null;
}

export function useLogin(username, password) {
  authorization = 'Basic ' + base64(username + ':' + password);
}

export function forgetLogin() {
  authorization = null;
}

function refusal(status, data) {
  if (status === 403) {
    return new ApiError(403, 'FORBIDDEN', 'This login may not use the DVDS workspace: it needs the DVDS officer role.');
  }
  if (status === 404) {
    return new ApiError(404, (data && data.reasonCode) || 'NOT_FOUND', 'This node holds no such record.');
  }
  const reasonCode = data && typeof data.reasonCode === 'string' ? data.reasonCode
    : data && typeof data.reason === 'string' ? data.reason : 'HTTP_' + status;
  const message = data && typeof data.message === 'string' ? data.message
    : data && typeof data.detail === 'string' ? data.detail : 'The node refused the request (HTTP ' + status + ').';
  const field = data && typeof data.field === 'string' ? data.field : null;
  return new ApiError(status, reasonCode, message, field);
}

export async function call(method, path, body) {
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
    throw refusal(response.status, data);
  }
  return data;
}
