// "Try against the local mock": a small panel, present only when the docs are served next to the
// mock (scripts/serve.mjs --mock-url). Redoc CE has no try-it console, so this sends the chosen
// operation's documented example request to the mock, signed in the page (Web Crypto HMAC-SHA1)
// with the mock's demo keys, and shows the answer. The mock keeps state: the group id comes from
// the last list answer, and a deleted group leaves the list. The Upload API's operations (make a
// group, read it back) go unsigned, with the public key only, as a browser sends them; a new group
// is made of the files of the last group shown, and joins the ids to pick. Self-contained: it
// talks to nothing but the mock URL it was given.
(() => {
  const config = window.__UCG_TRY_MOCK__;
  if (!config || !Array.isArray(config.operations) || config.operations.length === 0) return;
  const { keys, contentType, emptyBodyMd5 } = config.signing;

  const style = document.createElement('style');
  style.textContent = `
    #ucg-try { position: fixed; right: 16px; bottom: 16px; z-index: 1000; width: min(460px, calc(100vw - 32px));
      font: 13px/1.4 system-ui, sans-serif; color: #1f2937; background: #fff; border: 1px solid #c7d0fe;
      border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, .12); }
    #ucg-try > button { width: 100%; padding: 8px 12px; border: 0; border-radius: 8px; background: #3d5afe;
      color: #fff; font: inherit; font-weight: 600; text-align: left; cursor: pointer; }
    #ucg-try .body { padding: 10px 12px; display: grid; gap: 8px; }
    #ucg-try [hidden] { display: none; }
    #ucg-try label { display: grid; grid-template-columns: max-content 1fr; gap: 6px; align-items: center; }
    #ucg-try select, #ucg-try .send { font: inherit; padding: 4px 6px; min-width: 0; }
    #ucg-try .send { background: #3d5afe; color: #fff; border: 0; border-radius: 4px; cursor: pointer; justify-self: start; }
    #ucg-try pre { margin: 0; padding: 6px 8px; background: #f3f4f6; border-radius: 4px; max-height: 220px;
      overflow: auto; font: 12px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; }
    #ucg-try .note { margin: 0; color: #6b7280; font-size: 12px; }`;
  document.head.appendChild(style);

  const el = (tag, props = {}, children = []) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const child of children) node.append(child);
    return node;
  };

  const operationSelect = el(
    'select',
    { ariaLabel: 'Operation' },
    config.operations.map((op, i) =>
      el('option', { value: String(i), textContent: `${op.summary}${op.deprecated ? ' (deprecated)' : ''}` }),
    ),
  );
  // One select per path parameter (`group_id`): the ids of the last list answer, or, before any,
  // the spec's example, which the mock does not hold.
  /** The group-id parameters of an operation: its path's, or the Upload API's query ones. */
  const groupParameters = (op) => ({ ...op.pathParameters, ...(op.queryParameters ?? {}) });
  const parameterNames = [...new Set(config.operations.flatMap((op) => Object.keys(groupParameters(op))))];
  const parameterFields = new Map(
    parameterNames.map((name) => {
      const select = el('select', { ariaLabel: name });
      return [name, { select, label: el('label', {}, [name, select]) }];
    }),
  );
  /** The group ids of the last list answer, minus the groups deleted since, plus the ones made since. */
  let listedIds = [];
  /** The files of the last group with files shown: what "create" groups (else the spec's example form). */
  let knownFiles = [];

  const request = el('pre', { className: 'request' });
  const send = el('button', { type: 'button', className: 'send', textContent: 'Send to the mock' });
  const response = el('pre', { className: 'response', textContent: 'No request sent yet.' });
  const note = el('p', {
    className: 'note',
    textContent:
      `Signed in this page with the mock's demo keys (${keys.publicKey} / ${keys.secretKey}), which only the ` +
      'local mock accepts: never put a real secret key in a web page. The mock keeps state: list the groups to ' +
      'pick one; a group you delete is gone from the list until the mock is reset. Creating a group (Upload API, ' +
      'public key only) groups the files of the last group you got.',
  });
  const body = el('div', { className: 'body', hidden: true }, [
    operationSelect,
    ...[...parameterFields.values()].map((field) => field.label),
    request,
    send,
    response,
    note,
  ]);
  const toggle = el('button', { type: 'button', textContent: '▸ Try against the local mock' });
  const panel = el('section', { id: 'ucg-try', ariaLabel: 'Try against the local mock' }, [toggle, body]);

  const current = () => config.operations[Number(operationSelect.value)];

  const fillParameters = () => {
    for (const [name, { select }] of parameterFields) {
      const chosen = select.value;
      const examples = [
        ...new Set(config.operations.map((op) => groupParameters(op)[name]).filter((value) => value !== undefined)),
      ];
      const options =
        listedIds.length > 0
          ? listedIds.map((id) => el('option', { value: id, textContent: id }))
          : examples.map((example) =>
              el('option', {
                value: example,
                textContent: `${example} (the spec's example: list the groups to pick one the mock holds)`,
              }),
            );
      select.replaceChildren(...options);
      if (options.some((option) => option.value === chosen)) select.value = chosen;
    }
  };

  /** The chosen value of each path parameter of `op`. */
  const chosenParameters = (op) =>
    Object.fromEntries(Object.keys(groupParameters(op)).map((name) => [name, parameterFields.get(name).select.value]));
  /** The path and query of the operation's example request, with these parameters. */
  const uriOf = (op, parameters) => {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(parameters[name]));
    if (!op.publicKeyField) return path + op.search;
    // The Upload API: the public key, the chosen group id, errors as JSON.
    const query = new URLSearchParams(op.form ? {} : { [op.publicKeyField]: keys.publicKey });
    for (const name of Object.keys(op.queryParameters ?? {})) query.set(name, parameters[name]);
    query.set('jsonerrors', '1');
    return `${path}?${query}`;
  };
  /** The form of a "create": the public key and the files of the last group shown, else the example's. */
  const formOf = (op) => {
    const files =
      knownFiles.length > 0 ? knownFiles : op.form.filter(([name]) => name !== op.publicKeyField).map(([, v]) => v);
    return new URLSearchParams([[op.publicKeyField, keys.publicKey], ...files.map((file, i) => [`files[${i}]`, file])]);
  };
  /** An Upload API request: no signature, no secret, no Authorization. */
  const uploadRequest = (op, parameters) => ({
    url: config.mockUrl + uriOf(op, parameters),
    headers: op.form
      ? { Accept: op.accept, 'Content-Type': 'application/x-www-form-urlencoded' }
      : { Accept: op.accept },
    body: op.form ? formOf(op).toString() : undefined,
  });

  let hmacKey;
  /** Lowercase hex HMAC-SHA1 of `text` with the demo secret key. */
  const hmacSha1 = async (text) => {
    if (!globalThis.crypto?.subtle) {
      throw new Error('this page cannot sign: Web Crypto needs a secure context (https, or http on localhost)');
    }
    const encoder = new TextEncoder();
    hmacKey ??= crypto.subtle.importKey('raw', encoder.encode(keys.secretKey), { name: 'HMAC', hash: 'SHA-1' }, false, [
      'sign',
    ]);
    const signature = await crypto.subtle.sign('HMAC', await hmacKey, encoder.encode(text));
    return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  };

  /** The request as sent: the URI signed is the path and query the browser sends for the URL. */
  const signedRequest = async (op, parameters) => {
    const url = new URL(config.mockUrl + uriOf(op, parameters));
    const date = new Date().toUTCString();
    const signature = await hmacSha1(
      [op.method, emptyBodyMd5, contentType, date, url.pathname + url.search].join('\n'),
    );
    return {
      url: url.href,
      headers: {
        Accept: op.accept,
        'Content-Type': contentType,
        // Browsers forbid scripts to set Date: the service reads this header instead.
        'X-Uploadcare-Date': date,
        Authorization: `Uploadcare ${keys.publicKey}:${signature}`,
      },
    };
  };

  const showRequest = (op, url, headers, body) => {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    request.textContent = [`${op.method} ${url}`, ...lines, ...(body ? ['', body] : [])].join('\n');
  };
  const showPlannedRequest = () => {
    const op = current();
    for (const [name, { label }] of parameterFields) label.hidden = !(name in groupParameters(op));
    if (op.publicKeyField) {
      const planned = uploadRequest(op, chosenParameters(op));
      return showRequest(op, planned.url, planned.headers, planned.body);
    }
    showRequest(op, config.mockUrl + uriOf(op, chosenParameters(op)), {
      Accept: op.accept,
      'Content-Type': contentType,
      'X-Uploadcare-Date': '(the time it is sent)',
      Authorization: `Uploadcare ${keys.publicKey}:(HMAC-SHA1 of the request with the demo secret key)`,
    });
  };
  const followPage = () => {
    const index = config.operations.findIndex((op) => op.address && location.hash.startsWith(op.address));
    if (index >= 0) operationSelect.value = String(index);
    showPlannedRequest();
  };

  /** Keeps the group ids in step with what the mock answered: a list answer's, less a deleted group. */
  const learnFrom = (op, parameters, status, answer) => {
    if (status < 200 || status > 299) return;
    if (Array.isArray(answer?.files)) {
      knownFiles = answer.files.map((file) => file?.uuid).filter((uuid) => typeof uuid === 'string');
    }
    if (op.form && typeof answer?.id === 'string') {
      // A group made just now: pick it next (list the groups to see it listed).
      listedIds = [answer.id, ...listedIds.filter((id) => id !== answer.id)];
    } else if (Array.isArray(answer?.results)) {
      listedIds = answer.results.map((group) => group?.id).filter((id) => typeof id === 'string');
    } else if (op.method === 'DELETE') {
      const deleted = Object.values(parameters);
      listedIds = listedIds.filter((id) => !deleted.includes(id));
    } else {
      return;
    }
    fillParameters();
  };

  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = `${body.hidden ? '▸' : '▾'} Try against the local mock`;
    followPage();
  });
  operationSelect.addEventListener('change', showPlannedRequest);
  for (const { select } of parameterFields.values()) select.addEventListener('change', showPlannedRequest);
  window.addEventListener('hashchange', followPage);
  send.addEventListener('click', async () => {
    const op = current();
    const parameters = chosenParameters(op);
    response.textContent = 'Sending…';
    delete response.dataset.status;
    let sent;
    try {
      sent = op.publicKeyField ? uploadRequest(op, parameters) : await signedRequest(op, parameters);
    } catch (error) {
      response.textContent = `Not sent: ${error instanceof Error ? error.message : error}.`;
      response.dataset.status = 'error';
      return;
    }
    showRequest(op, sent.url, sent.headers, sent.body);
    try {
      const answer = await fetch(sent.url, { method: op.method, headers: sent.headers, body: sent.body });
      const text = await answer.text();
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        // Not JSON (204 has no body): show it as it came.
      }
      const type = answer.headers.get('content-type');
      const shown = json === undefined ? text : JSON.stringify(json, null, 2);
      response.textContent = `${answer.status} ${answer.statusText}${type ? `\nContent-Type: ${type}` : ''}\n\n${shown}`;
      response.dataset.status = String(answer.status);
      learnFrom(op, parameters, answer.status, json);
    } catch (error) {
      response.textContent = `The mock did not answer (${error instanceof Error ? error.message : error}). Is it running at ${config.mockUrl}?`;
      response.dataset.status = 'error';
    }
  });

  fillParameters();
  document.body.appendChild(panel);
  followPage();
})();
